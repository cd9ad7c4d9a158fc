import StepwiseArticle

/// Which link destinations may go into an OSC 8 sequence, and in what form.
enum Hyperlink {
    /// VTE, the strictest common terminal, ignores targets longer than this.
    static let maxLength = 2083
    static let schemes: Set<String> = ["http", "https", "mailto"]

    /// `destination` as a URI safe inside `ESC ] 8 ; ; URI ESC \`, or nil when it is not a
    /// web or mail address or holds anything a terminal could take as the end of the
    /// sequence or as another control. Non-ASCII is percent-encoded, so the target is
    /// printable ASCII only.
    static func target(_ destination: String) -> String? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = destination[..<colon].lowercased()
        guard schemes.contains(scheme) else { return nil }
        var out = ""
        for u in destination.unicodeScalars {
            if DisplaySafeText.action(for: u) != .keep { return nil }
            switch u.value {
            case 0x21...0x7E where u != "\\":
                out.unicodeScalars.append(u)
            default:
                // Spaces, backslashes (half of ST) and non-ASCII, as UTF-8 escapes.
                for byte in String(u).utf8 { out += "%" + hex(byte) }
            }
        }
        return out.utf8.count <= maxLength ? out : nil
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }
}
