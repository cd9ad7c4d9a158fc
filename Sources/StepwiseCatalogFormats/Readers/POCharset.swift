import Foundation

/// The charset a PO header declares (`Content-Type: text/plain; charset=ISO-8859-8`), for the
/// files that are not UTF-8: the header itself is ASCII, so it reads before the charset is known.
enum POCharset {
    static func declared(in data: Data) -> String? {
        let head = String(decoding: data.prefix(8192).filter { $0 < 0x80 }, as: UTF8.self)
        guard let r = head.range(of: "charset=", options: .caseInsensitive) else { return nil }
        let name = head[r.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// The 8-bit charsets Foundation decodes on every platform; others are reported by name.
    static func encoding(_ charset: String) -> String.Encoding? {
        switch charset.uppercased().replacingOccurrences(of: "_", with: "-") {
        case "ISO-8859-1", "LATIN1": .isoLatin1
        case "ISO-8859-2", "LATIN2": .isoLatin2
        case "CP1250", "WINDOWS-1250": .windowsCP1250
        case "CP1251", "WINDOWS-1251": .windowsCP1251
        case "CP1252", "WINDOWS-1252": .windowsCP1252
        case "CP1253", "WINDOWS-1253": .windowsCP1253
        case "CP1254", "WINDOWS-1254": .windowsCP1254
        case "ASCII", "US-ASCII": .ascii
        default: nil
        }
    }
}
