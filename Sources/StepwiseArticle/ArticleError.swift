/// A content problem, located in its file. The message is data, not prose: front ends
/// turn `code` and `arguments` into text through the locale catalogs (`error.<code>`).
public struct ArticleError: Error, Sendable, Hashable {
    public enum Code: String, Sendable, Hashable, Codable {
        case unreadable = "unreadable"
        case invalidUTF8 = "invalid-utf8"
        case frontMatterSyntax = "front-matter-syntax"
        case frontMatterUnclosed = "front-matter-unclosed"
        case frontMatterNotMap = "front-matter-not-map"
        case tooLarge = "too-large"
        case tooDeep = "too-deep"
        case includeMissing = "include-missing"
        case includeOutsideRoot = "include-outside-root"
        case includeCycle = "include-cycle"
        case includeTooDeep = "include-too-deep"
        case cmarkFailed = "cmark-failed"
        // An article's action bindings file (`<slug>.actions.yml`).
        case bindingsSyntax = "bindings-syntax"
        case bindingsShape = "bindings-shape"
        case bindingDuplicate = "binding-duplicate"
        case bindingUnknownNode = "binding-unknown-node"
        case bindingNotStep = "binding-not-step"
        case bindingUnknownAction = "binding-unknown-action"
        case bindingUnknownPick = "binding-unknown-pick"
        // A project's `stepwise.yml`, or its absence.
        case projectNotFound = "project-not-found"
        case projectSyntax = "project-syntax"
        case projectShape = "project-shape"
        case projectUnknownKey = "project-unknown-key"
    }

    public var code: Code
    public var file: String
    public var position: SourcePosition
    /// Named values the message refers to, such as `detail` or `target`.
    public var arguments: [String: String]

    public init(_ code: Code, file: String, position: SourcePosition = .init(line: 1, column: 1), arguments: [String: String] = [:]) {
        self.code = code; self.file = file; self.position = position; self.arguments = arguments
    }
}

extension ArticleError: CustomStringConvertible {
    /// An English fallback for logs and test failures; user-facing text comes from the catalogs.
    public var description: String {
        let args = arguments.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return "\(file):\(position): \(code.rawValue)" + (args.isEmpty ? "" : " (\(args))")
    }
}
