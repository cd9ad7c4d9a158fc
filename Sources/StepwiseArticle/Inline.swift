/// Inline content of a paragraph, heading, cell or label, as cmark parsed it,
/// plus the interpreted UI path.
public enum Inline: Sendable, Hashable {
    case text(Text)
    case emphasis(Emphasis)
    case strong(Strong)
    case code(InlineCode)
    case link(Link)
    case image(Image)
    case softBreak(SourceRange)
    case lineBreak(SourceRange)
    /// Raw inline HTML. Kept only so checks can see it; renderers never emit it as markup.
    case html(InlineHTML)
    case uiPath(UIPath)

    public var range: SourceRange {
        switch self {
        case .text(let n): n.range
        case .emphasis(let n): n.range
        case .strong(let n): n.range
        case .code(let n): n.range
        case .link(let n): n.range
        case .image(let n): n.range
        case .softBreak(let r), .lineBreak(let r): r
        case .html(let n): n.range
        case .uiPath(let n): n.range
        }
    }

    /// Direct children, for the nodes that have them.
    public var children: [Inline] {
        switch self {
        case .emphasis(let n): n.children
        case .strong(let n): n.children
        case .link(let n): n.children
        case .image(let n): n.children
        case .uiPath(let n): n.segments.flatMap(\.inlines)
        default: []
        }
    }
}

public struct Text: Sendable, Hashable {
    /// Usually a slice of the article's own text: one string per article instead of one
    /// per run, which is most of what building the model would otherwise cost.
    public var string: Substring
    public var range: SourceRange
    public init(_ string: Substring, range: SourceRange) { self.string = string; self.range = range }
    public init(_ string: String, range: SourceRange) { self.string = Substring(string); self.range = range }
}

public struct Emphasis: Sendable, Hashable {
    public var children: [Inline]
    public var range: SourceRange
    public init(children: [Inline], range: SourceRange) { self.children = children; self.range = range }
}

public struct Strong: Sendable, Hashable {
    public var children: [Inline]
    public var range: SourceRange
    public init(children: [Inline], range: SourceRange) { self.children = children; self.range = range }
}

public struct InlineCode: Sendable, Hashable {
    public var code: String
    public var range: SourceRange
    public init(code: String, range: SourceRange) { self.code = code; self.range = range }
}

public struct Link: Sendable, Hashable {
    public var destination: String
    public var title: String
    public var children: [Inline]
    public var range: SourceRange
    public init(destination: String, title: String, children: [Inline], range: SourceRange) {
        self.destination = destination; self.title = title; self.children = children; self.range = range
    }
}

public struct Image: Sendable, Hashable {
    public var source: String
    public var title: String
    /// The alt text, as inlines.
    public var children: [Inline]
    public var range: SourceRange
    public init(source: String, title: String, children: [Inline], range: SourceRange) {
        self.source = source; self.title = title; self.children = children; self.range = range
    }
}

public struct InlineHTML: Sendable, Hashable {
    public var raw: String
    public var range: SourceRange
    public init(raw: String, range: SourceRange) { self.raw = raw; self.range = range }
}

/// A path through an app's UI such as `**Billing** > **Your products**`.
/// Machine translation often loses a label and leaves `uz   >  **Konts**`; such a
/// segment is kept with `isEmpty` so checks can point at it.
public struct UIPath: Sendable, Hashable {
    public var segments: [UIPathSegment]
    public var range: SourceRange
    public init(segments: [UIPathSegment], range: SourceRange) { self.segments = segments; self.range = range }

    public var hasEmptySegment: Bool { segments.contains(where: \.isEmpty) }
}

public struct UIPathSegment: Sendable, Hashable {
    /// The label's inlines: usually one strong run, a link, or plain words. Empty when MT dropped it.
    public var inlines: [Inline]
    public var range: SourceRange
    public init(inlines: [Inline], range: SourceRange) { self.inlines = inlines; self.range = range }

    public var isEmpty: Bool { inlines.plainText.allSatisfy(\.isWhitespace) }
}

extension Sequence where Element == Inline {
    /// The readable text of these inlines: no markup, breaks as spaces, UI paths joined with " > ".
    public var plainText: String {
        var out = ""
        for inline in self { inline.appendPlainText(to: &out) }
        return out
    }
}

extension Inline {
    func appendPlainText(to out: inout String) {
        switch self {
        case .text(let n): out += n.string
        case .code(let n): out += n.code
        case .softBreak, .lineBreak: out += " "
        case .html: break
        case .uiPath(let p):
            for (i, s) in p.segments.enumerated() {
                if i > 0 { out += " > " }
                out += s.inlines.plainText
            }
        case .emphasis, .strong, .link, .image:
            for c in children { c.appendPlainText(to: &out) }
        }
    }
}
