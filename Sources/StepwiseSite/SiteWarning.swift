import StepwiseArticle

/// Something the export left out of a page, with where it stands in the source.
public struct SiteWarning: Sendable, Hashable {
    public enum Code: String, Sendable, Hashable {
        /// A `javascript:`, `vbscript:` or `data:` link or image, dropped.
        case unsafeLink = "unsafe-link"
    }

    public var code: Code
    public var file: String
    public var position: SourcePosition
    /// Catalog placeholders (`url`).
    public var arguments: [String: String]

    public init(code: Code, file: String, position: SourcePosition, arguments: [String: String]) {
        self.code = code; self.file = file; self.position = position; self.arguments = arguments
    }
}
