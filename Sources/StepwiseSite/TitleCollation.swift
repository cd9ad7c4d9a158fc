import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// A locale's alphabetical order for the titles of its index, as one sort key per title made
/// once: ICU's collation for the locale at secondary strength (letters and accents count, case
/// does not) with normalization. Comparing through `NSString.compare(_:options:
/// .caseInsensitive, locale:)` made a CFLocale and copied both titles to UTF-16 on every
/// comparison, a tenth of an export. That comparison is close to the keys but not the same: CF
/// first skips the prefix two titles share under its own case folding (ß = ss, Turkish i by
/// locale) and collates only the rest. A test holds the two orders equal over every corpus
/// title and heading in en-US and lv-LV; elsewhere they can differ (46 of 1,503 titles in
/// Turkish), and the index follows the collation. ICU is the copy the toolchain's Foundation is
/// built on; where it cannot be imported, will not open or fails on a title, the caller compares.
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
        var failed = false
        let keys = titles.map { title in
            let text = Array(title.utf16)
            var length = Int(swift_ucol_getSortKey(collator, text, Int32(text.count), &buffer, Int32(buffer.count)))
            if length > buffer.count {
                buffer = [UInt8](repeating: 0, count: length)
                length = Int(swift_ucol_getSortKey(collator, text, Int32(text.count), &buffer, Int32(buffer.count)))
            }
            // The length counts the closing zero byte, which no key needs to be compared; 0 is
            // ICU failing, which must not pass for the empty title's key.
            if length <= 0 { failed = true }
            return Array(buffer[0..<max(0, length - 1)])
        }
        return failed ? nil : keys
        #else
        return nil
        #endif
    }
}
