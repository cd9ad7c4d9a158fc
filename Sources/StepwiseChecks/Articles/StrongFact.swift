import StepwiseArticle

/// A bold run; its text is only put together for a message.
struct StrongFact: Sendable {
    var children: [Inline]
    var range: SourceRange
    /// The included file the range is in; nil for the article itself.
    var file: String?
    /// Whether it ends in `.`, `,`, `:` or `;`: a run that took in the sentence's punctuation.
    var endsInPunctuation: Bool

    init(_ strong: Strong, file: String?) {
        children = strong.children
        range = strong.range
        self.file = file
        endsInPunctuation = Self.lastCharacter(strong.children).map { $0 == "." || $0 == "," || $0 == ":" || $0 == ";" } ?? false
    }

    private static func lastCharacter(_ inlines: [Inline]) -> Character? {
        for inline in inlines.reversed() {
            switch inline {
            case .text(let t):
                if let c = t.string.last(where: { !$0.isWhitespace }) { return c }
            case .code(let c):
                if let last = c.code.last { return last }
            case .emphasis, .strong, .link, .uiPath:
                if let c = lastCharacter(inline.children) { return c }
            default:
                continue
            }
        }
        return nil
    }
}
