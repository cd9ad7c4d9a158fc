/// Block content of an article: every CommonMark block cmark produces, and the
/// DocFX constructs interpreted from them (callouts, tables, videos, includes).
public enum Block: Sendable, Hashable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(ListBlock)
    case blockQuote(BlockQuote)
    case codeBlock(CodeBlock)
    /// Raw HTML block: kept as inert text, never emitted as markup.
    case html(HTMLBlock)
    case thematicBreak(SourceRange)
    case callout(Callout)
    case table(Table)
    case video(Video)
    case include(Include)

    public var range: SourceRange {
        switch self {
        case .heading(let n): n.range
        case .paragraph(let n): n.range
        case .list(let n): n.range
        case .blockQuote(let n): n.range
        case .codeBlock(let n): n.range
        case .html(let n): n.range
        case .thematicBreak(let r): r
        case .callout(let n): n.range
        case .table(let n): n.range
        case .video(let n): n.range
        case .include(let n): n.range
        }
    }

    /// Child blocks, for containers. A list's items are flattened into their blocks.
    public var children: [Block] {
        switch self {
        case .list(let l): l.items.flatMap(\.children)
        case .blockQuote(let q): q.children
        case .callout(let c): c.children
        case .include(let i): i.children
        default: []
        }
    }

    /// The inlines this block holds directly (headings, paragraphs, table cells).
    public var inlines: [Inline] {
        switch self {
        case .heading(let h): h.inlines
        case .paragraph(let p): p.inlines
        case .table(let t): (t.header + t.rows.flatMap { $0 }).flatMap(\.inlines)
        default: []
        }
    }
}

public struct Heading: Sendable, Hashable {
    public var level: Int
    /// The anchor from `<a name="…"></a>` or `id="…"` at the start of the heading, if any.
    public var anchor: String?
    public var inlines: [Inline]
    public var range: SourceRange
    public init(level: Int, anchor: String?, inlines: [Inline], range: SourceRange) {
        self.level = level; self.anchor = anchor; self.inlines = inlines; self.range = range
    }
}

public struct Paragraph: Sendable, Hashable {
    public var inlines: [Inline]
    public var range: SourceRange
    public init(inlines: [Inline], range: SourceRange) { self.inlines = inlines; self.range = range }
}

public struct ListBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case bullet
        case ordered(start: Int)
    }
    public var kind: Kind
    public var isTight: Bool
    public var items: [ListItem]
    public var range: SourceRange
    public init(kind: Kind, isTight: Bool, items: [ListItem], range: SourceRange) {
        self.kind = kind; self.isTight = isTight; self.items = items; self.range = range
    }

    public var isOrdered: Bool { if case .ordered = kind { true } else { false } }
}

public struct ListItem: Sendable, Hashable {
    public var children: [Block]
    public var range: SourceRange
    public init(children: [Block], range: SourceRange) { self.children = children; self.range = range }
}

public struct BlockQuote: Sendable, Hashable {
    public var children: [Block]
    public var range: SourceRange
    public init(children: [Block], range: SourceRange) { self.children = children; self.range = range }
}

public struct CodeBlock: Sendable, Hashable {
    public var info: String
    public var code: String
    public var isFenced: Bool
    public var range: SourceRange
    public init(info: String, code: String, isFenced: Bool, range: SourceRange) {
        self.info = info; self.code = code; self.isFenced = isFenced; self.range = range
    }
}

public struct HTMLBlock: Sendable, Hashable {
    public var raw: String
    public var range: SourceRange
    public init(raw: String, range: SourceRange) { self.raw = raw; self.range = range }
}

/// A DocFX alert (`> [!IMPORTANT]`) or a localized label (`**Svarīgi!**`) with its body.
public struct Callout: Sendable, Hashable {
    public var kind: CalloutKind
    public var style: CalloutStyle
    /// The label as written, for bold and plain labels (`Svarīgi!`); nil for alerts.
    public var label: String?
    public var children: [Block]
    public var range: SourceRange
    public init(kind: CalloutKind, style: CalloutStyle, label: String?, children: [Block], range: SourceRange) {
        self.kind = kind; self.style = style; self.label = label; self.children = children; self.range = range
    }
}

/// A pipe table. cmark has none, so these are recognized in paragraph text.
public struct Table: Sendable, Hashable {
    public enum Alignment: String, Sendable, Hashable, Codable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [TableCell]
    public var rows: [[TableCell]]
    public var range: SourceRange
    public init(alignments: [Alignment], header: [TableCell], rows: [[TableCell]], range: SourceRange) {
        self.alignments = alignments; self.header = header; self.rows = rows; self.range = range
    }
}

public struct TableCell: Sendable, Hashable {
    public var inlines: [Inline]
    public var range: SourceRange
    public init(inlines: [Inline], range: SourceRange) { self.inlines = inlines; self.range = range }
}

/// `[!VIDEO url]`
public struct Video: Sendable, Hashable {
    public var url: String
    public var range: SourceRange
    public init(url: String, range: SourceRange) { self.url = url; self.range = range }
}

/// `[!INCLUDE [title](path)]`, resolved. Its children's ranges are positions in `path`.
public struct Include: Sendable, Hashable {
    public var title: String
    /// The target as written in the article.
    public var target: String
    /// The resolved file the children come from.
    public var path: String
    /// The file as the including file names it, before symbolic links are resolved: what a
    /// later read must resolve again to see the same file (a link may be pointed elsewhere).
    public var requestedPath: String
    public var children: [Block]
    public var range: SourceRange
    public init(title: String, target: String, path: String, requestedPath: String? = nil, children: [Block], range: SourceRange) {
        self.title = title; self.target = target; self.path = path; self.requestedPath = requestedPath ?? path
        self.children = children; self.range = range
    }
}
