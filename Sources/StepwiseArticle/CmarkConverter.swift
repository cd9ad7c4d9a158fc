import Ccmark
#if canImport(Glibc)
import Glibc
#endif

/// Walks a cmark tree once and builds the value tree, interpreting DocFX constructs on
/// the way so no second pass over the article is needed.
struct CmarkConverter {
    var map: SourceMap
    let file: String
    let labels: CalloutLabels
    let maxDepth: Int
    /// Shifts columns of cells parsed on their own (their text starts mid-line).
    var columnShift = 0
    /// Set when a text run holds `|`, so only such paragraphs are tried as tables.
    var sawPipe = false
    /// Counts labels found standing alone, so only their containers look for a body.
    var loneLabels = 0
    var resolveInclude: ((_ target: String, _ title: String, _ range: SourceRange) throws(ArticleError) -> Include)?

    init(map: SourceMap, file: String, labels: CalloutLabels, maxDepth: Int) {
        self.map = map
        self.file = file
        self.labels = labels
        self.maxDepth = maxDepth
    }

    // MARK: Parsing (the only calls into cmark's parser; the C tree never outlives them)

    /// The document in `body` parsed by cmark and converted; the C tree is freed here.
    mutating func document(_ body: UnsafeBufferPointer<UInt8>) throws(ArticleError) -> [Block] {
        guard let root = Self.parse(body) else { throw ArticleError(.cmarkFailed, file: file) }
        defer { cmark_node_free(root) }
        return try blocks(childrenOf: root, depth: 1)
    }

    /// Text parsed on its own (a table cell's): its inlines when cmark reads one paragraph,
    /// none for no text, nil when it reads as a block of another kind (`- x`, `# x`).
    mutating func paragraphInlines(_ text: UnsafeBufferPointer<UInt8>) throws(ArticleError) -> [Inline]? {
        guard let root = Self.parse(text) else { return [] }
        defer { cmark_node_free(root) }
        guard let first = cmark_node_first_child(root) else { return [] }
        guard cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH else { return nil }
        return try inlines(childrenOf: first, depth: 1)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> OpaquePointer? {
        guard let base = bytes.baseAddress else { return cmark_parse_document("", 0, 0) }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parse_document($0, bytes.count, 0) }
    }

    mutating func range(of node: OpaquePointer) -> SourceRange {
        var start = map.position(line: cmark_node_get_start_line(node), byteColumn: cmark_node_get_start_column(node))
        var end = map.position(line: cmark_node_get_end_line(node), byteColumn: cmark_node_get_end_column(node))
        if columnShift != 0 {
            start.column += columnShift
            end.column += columnShift
        }
        return SourceRange(start: start, end: end)
    }

    private mutating func checkDepth(_ depth: Int, _ node: OpaquePointer) throws(ArticleError) {
        if depth > maxDepth {
            throw ArticleError(.tooDeep, file: file, position: range(of: node).start, arguments: ["limit": String(maxDepth)])
        }
    }

    // MARK: Blocks

    mutating func blocks(childrenOf parent: OpaquePointer, depth: Int) throws(ArticleError) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(Self.childCount(parent))
        var child = cmark_node_first_child(parent)
        let labelsBefore = loneLabels
        while let node = child {
            try appendBlock(node, depth: depth, to: &out)
            child = cmark_node_next(node)
        }
        return loneLabels != labelsBefore ? attachLabelBodies(out) : out
    }

    /// Sizing arrays up front saves the regrowth copies that dominate building small nodes.
    static func childCount(_ parent: OpaquePointer) -> Int {
        var n = 0
        var child = cmark_node_first_child(parent)
        while let c = child { n += 1; child = cmark_node_next(c) }
        return n
    }

    private mutating func appendBlock(_ node: OpaquePointer, depth: Int, to out: inout [Block]) throws(ArticleError) {
        try checkDepth(depth, node)
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_PARAGRAPH:
            let r = range(of: node)
            sawPipe = false
            let inlines = try inlines(childrenOf: node, depth: depth + 1)
            try appendParagraph(Paragraph(inlines: inlines, range: r), to: &out)
        case CMARK_NODE_HEADING:
            let r = range(of: node)
            var inlines = try inlines(childrenOf: node, depth: depth + 1)
            let anchor = HeadingAnchor.extract(from: &inlines)
            out.append(.heading(Heading(level: Int(cmark_node_get_heading_level(node)), anchor: anchor, inlines: inlines, range: r)))
        case CMARK_NODE_BLOCK_QUOTE:
            let r = range(of: node)
            let children = try blocks(childrenOf: node, depth: depth + 1)
            out.append(interpretQuote(BlockQuote(children: children, range: r)))
        case CMARK_NODE_LIST:
            out.append(.list(try list(node, depth: depth)))
        case CMARK_NODE_CODE_BLOCK:
            let r = range(of: node)
            out.append(.codeBlock(CodeBlock(info: string(cmark_node_get_fence_info(node)), code: string(cmark_node_get_literal(node)),
                                            isFenced: isFence(line: Int(cmark_node_get_start_line(node))), range: r)))
        case CMARK_NODE_HTML_BLOCK:
            out.append(.html(HTMLBlock(raw: string(cmark_node_get_literal(node)), range: range(of: node))))
        case CMARK_NODE_THEMATIC_BREAK:
            out.append(.thematicBreak(range(of: node)))
        default:
            // Custom blocks never come from Markdown text; keep whatever they hold.
            out.append(contentsOf: try blocks(childrenOf: node, depth: depth + 1))
        }
    }

    private mutating func list(_ node: OpaquePointer, depth: Int) throws(ArticleError) -> ListBlock {
        let r = range(of: node)
        let kind: ListBlock.Kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
        var items: [ListItem] = []
        items.reserveCapacity(Self.childCount(node))
        var child = cmark_node_first_child(node)
        while let item = child {
            try checkDepth(depth + 1, item)
            let ir = range(of: item)
            items.append(ListItem(children: try blocks(childrenOf: item, depth: depth + 2), range: ir))
            child = cmark_node_next(item)
        }
        return ListBlock(kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: items, range: r)
    }

    /// cmark does not say whether a code block was fenced; its first line does.
    private func isFence(line: Int) -> Bool {
        for b in map.lineBytes(line) where b != 0x20 && b != 0x09 && b != UInt8(ascii: ">") {
            return b == UInt8(ascii: "`") || b == UInt8(ascii: "~")
        }
        return false
    }

    // MARK: Inlines

    mutating func inlines(childrenOf parent: OpaquePointer, depth: Int) throws(ArticleError) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(Self.childCount(parent))
        var sawGreaterThan = false
        var child = cmark_node_first_child(parent)
        while let node = child {
            try checkDepth(depth, node)
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_TEXT:
                let r = range(of: node)
                guard let literal = cmark_node_get_literal(node) else { break }
                if !sawGreaterThan, strchr(literal, 0x3E) != nil { sawGreaterThan = true }
                if !sawPipe, strchr(literal, 0x7C) != nil { sawPipe = true }
                let s = map.slice(line: cmark_node_get_start_line(node), byteColumn: cmark_node_get_start_column(node),
                                  literal: literal, length: strlen(literal)) ?? Substring(String(cString: literal))
                // cmark may leave a run split at `[` or `!`; one node per run keeps matching simple.
                if case .text(var prev) = out.last, prev.range.end.line == r.start.line {
                    prev.string = Substring(String(prev.string) + s)
                    prev.range.end = r.end
                    out[out.count - 1] = .text(prev)
                } else {
                    out.append(.text(Text(s, range: r)))
                }
            case CMARK_NODE_SOFTBREAK:
                out.append(.softBreak(breakRange(after: out.last)))
            case CMARK_NODE_LINEBREAK:
                out.append(.lineBreak(breakRange(after: out.last)))
            case CMARK_NODE_CODE:
                out.append(.code(InlineCode(code: string(cmark_node_get_literal(node)), range: range(of: node))))
            case CMARK_NODE_HTML_INLINE:
                out.append(.html(InlineHTML(raw: string(cmark_node_get_literal(node)), range: range(of: node))))
            case CMARK_NODE_EMPH:
                let r = range(of: node)
                out.append(.emphasis(Emphasis(children: try inlines(childrenOf: node, depth: depth + 1), range: r)))
            case CMARK_NODE_STRONG:
                let r = range(of: node)
                out.append(.strong(Strong(children: try inlines(childrenOf: node, depth: depth + 1), range: r)))
            case CMARK_NODE_LINK:
                let r = range(of: node)
                out.append(.link(Link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                                      children: try inlines(childrenOf: node, depth: depth + 1), range: r)))
            case CMARK_NODE_IMAGE:
                let r = range(of: node)
                out.append(.image(Image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                                        children: try inlines(childrenOf: node, depth: depth + 1), range: r)))
            default:
                out.append(contentsOf: try inlines(childrenOf: node, depth: depth + 1))
            }
            child = cmark_node_next(node)
        }
        guard sawGreaterThan else { return out }
        let parentType = cmark_node_get_type(parent)
        let inLabel = parentType == CMARK_NODE_STRONG || parentType == CMARK_NODE_EMPH || parentType == CMARK_NODE_LINK
        return UIPathScanner.scan(out, inLabel: inLabel)
    }

    /// cmark gives breaks no position; they sit right after what precedes them.
    private func breakRange(after previous: Inline?) -> SourceRange {
        guard let end = previous?.range.end else { return .unknown }
        let p = SourcePosition(line: end.line, column: end.column + 1)
        return SourceRange(start: p, end: p)
    }
}

@inline(__always)
func string(_ p: UnsafePointer<CChar>?) -> String {
    guard let p else { return "" }
    return String(cString: p)
}
