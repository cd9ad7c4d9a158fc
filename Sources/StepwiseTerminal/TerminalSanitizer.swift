import StepwiseArticle

/// Content is untrusted: everything content supplies passes through here before it becomes a
/// glyph; only the renderer's own newlines and escape sequences reach the terminal. The rule
/// itself is `DisplaySafeText`, shared with the check reports.
public enum TerminalSanitizer {
    /// The replacement for a control character: visible, so tampering shows.
    public static let replacement: Unicode.Scalar = DisplaySafeText.replacement

    /// `string` made inert for a terminal: C0 controls, DEL, C1 controls and ESC become
    /// U+FFFD; tabs and line breaks become spaces; bidi embeddings, overrides, isolates
    /// and marks and soft hyphens are removed.
    public static func clean(_ string: String) -> String {
        DisplaySafeText.clean(string)
    }

    static func clean(_ string: String, keepTabs: Bool) -> String {
        DisplaySafeText.clean(string, keepTabs: keepTabs)
    }

    /// True when `string` holds nothing `clean` would change.
    public static func isClean(_ string: String) -> Bool {
        DisplaySafeText.isClean(string)
    }

    typealias Action = DisplaySafeText.Action

    static func action(for u: Unicode.Scalar) -> Action {
        DisplaySafeText.action(for: u)
    }
}
