import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// A locale's alphabetical order for the titles of its index, as one sort key per title made
/// once. Comparing through `NSString.compare(_:options: .caseInsensitive, locale:)` made a
/// CFLocale and copied both titles to UTF-16 on every comparison, a tenth of an export; its rule
/// underneath is ICU's collation for the locale at secondary strength (letters and accents
/// count, case does not) with normalization, which the keys are made by. A test holds the two
/// orders equal over every corpus title for the shipped locales. ICU is the copy the toolchain's
/// Foundation is built on; where it cannot be imported, or will not open, the caller compares.
enum TitleCollation {
    /// The titles' sort keys in `locale`, or nil.
    static func keys(_ titles: [String], locale: String) -> [[UInt8]]? {
        #if canImport(_FoundationICU)
        var status = U_ZERO_ERROR
        guard let collator = swift_ucol_open(locale.replacingOccurrences(of: "-", with: "_"), &status), status.rawValue <= 0 else { return nil }
        defer { swift_ucol_close(collator) }
        swift_ucol_setAttribute(collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status)
        swift_ucol_setAttribute(collator, UCOL_STRENGTH, UCOL_SECONDARY, &status)
        guard status.rawValue <= 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 512)
        return titles.map { title in
            let text = Array(title.utf16)
            var length = Int(swift_ucol_getSortKey(collator, text, Int32(text.count), &buffer, Int32(buffer.count)))
            if length > buffer.count {
                buffer = [UInt8](repeating: 0, count: length)
                length = Int(swift_ucol_getSortKey(collator, text, Int32(text.count), &buffer, Int32(buffer.count)))
            }
            // The length counts the closing zero byte, which no key needs to be compared.
            return Array(buffer[0..<max(0, length - 1)])
        }
        #else
        return nil
        #endif
    }
}
