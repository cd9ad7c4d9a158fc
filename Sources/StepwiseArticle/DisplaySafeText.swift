/// The one rule for showing untrusted text (articles, catalogs, file names) on a terminal or
/// in a report: content can carry bytes a terminal obeys (colour changes, OSC 8 links, title
/// changes, cursor moves) or bidi controls that make text read differently from what it is.
public enum DisplaySafeText {
    /// The replacement for a control character: visible, so tampering shows.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// What becomes of one scalar.
    public enum Action: Sendable {
        case keep
        /// Tabs and line breaks (including U+2028/2029): a space, so one line stays one line.
        case space
        /// C0 controls, DEL, C1 controls and ESC: U+FFFD.
        case replace
        /// Bidi embeddings, overrides, isolates and marks, and soft hyphens: removed.
        case drop
    }

    public static func action(for u: Unicode.Scalar) -> Action {
        switch u.value {
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: return .space
        case 0x00...0x1F, 0x7F...0x9F: return .replace
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return .drop
        case 0x00AD: return .drop  // terminals disagree on its width; it only hints hyphenation
        default: return .keep
        }
    }

    /// `string` made inert; with `keepTabs`, tabs stay for a caller that expands them itself.
    public static func clean(_ string: String, keepTabs: Bool = false) -> String {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return string }
        var out = String.UnicodeScalarView()
        for u in string.unicodeScalars {
            switch action(for: u) {
            case .keep: out.append(u)
            case .space: out.append(keepTabs && u == "\t" ? u : " ")
            case .replace: out.append(replacement)
            case .drop: break
            }
        }
        return String(out)
    }

    /// `clean` line by line, for a message of several lines (usage help, a list of errors):
    /// the line feeds stay, everything else follows the one rule.
    public static func cleanLines(_ string: String) -> String {
        string.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0), keepTabs: true) }.joined(separator: "\n")
    }

    /// True when `string` holds nothing `clean` would change.
    public static func isClean(_ string: String) -> Bool {
        string.unicodeScalars.allSatisfy { action(for: $0) == .keep }
    }
}
