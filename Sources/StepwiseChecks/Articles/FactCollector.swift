import StepwiseArticle
import StepwiseFlow

/// One walk over blocks and inlines that files everything the checks look at.
///
/// Included files are walked where they stand: the reader meets their links, code and
/// callouts as part of the article, so a translation that lost one there must be told. What
/// is found inside one keeps its place in that file (which is not checked on its own), so the
/// finding points where the translator has to edit.
struct FactCollector: ArticleWalker {
    let includePolicy = IncludePolicy.descend
    var codeBlocks: [Item<String>] = []
    var tables: [ArticleFacts.TableFact] = []
    private var current = UnitFacts(id: "", task: 0, range: .unknown)
    private let text: [UInt8]?
    /// Split into lines only once a literal is found: most articles have none.
    private var lines: SourceLines?
    /// The included file being walked; nil in the article itself.
    private var file: String?

    init(text: [UInt8]?) {
        self.text = text
    }

    /// `covers` says which of the blocks an include at the top of the article spliced in (the
    /// graph shows them as the article's own steps): those are placed in their file.
    mutating func unit(_ id: String, task: Int, range: SourceRange, blocks: [Block], covers: [SourceSpan]) -> UnitFacts {
        let included = covers.filter { $0.file != nil }
        // A node's range runs from its first block to its last: where it starts says the file.
        current = UnitFacts(id: id, task: task, range: range, file: Self.file(of: SourceRange(start: range.start, end: range.start), in: included))
        for block in blocks {
            file = Self.file(of: block.range, in: included)
            walk(block)
        }
        file = nil
        return current
    }

    /// The included file whose covered part holds `range`; nil for the article's own (always,
    /// in an article without includes at its top).
    private static func file(of range: SourceRange, in included: [SourceSpan]) -> String? {
        guard !included.isEmpty else { return nil }
        return included.first { $0.range.start <= range.start && range.end <= $0.range.end }?.file
    }

    mutating func visitInclude(_ include: Include) {
        let outer = file
        file = include.path
        walk(include.children)
        file = outer
    }

    mutating func visitCodeBlock(_ code: CodeBlock) {
        codeBlocks.append(Item(key: Self.layoutFree(code.code), range: code.range, file: file))
    }

    mutating func visitCallout(_ callout: Callout) {
        current.callouts.append(Item(key: callout.kind, range: callout.range, file: file))
        walk(callout.children)
    }

    mutating func visitTable(_ table: Table) {
        tables.append(.init(rows: table.rows.count, columns: table.header.count, range: table.range, file: file))
        descend(into: table)
    }

    mutating func visitInlines(_ inlines: [Inline]) {
        scanLiterals(inlines)
        for inline in inlines { walk(inline) }
    }

    mutating func visitStrong(_ strong: Strong) {
        current.strong.append(StrongFact(strong, file: file))
        visitInlines(strong.children)
    }

    mutating func visitEmphasis(_ emphasis: Emphasis) {
        current.emphasisCount += 1
        visitInlines(emphasis.children)
    }

    mutating func visitInlineCode(_ code: InlineCode) {
        current.inlineCode.append(Item(key: code.code, range: code.range, file: file))
    }

    mutating func visitLink(_ link: Link) {
        current.links.append(Item(key: link.destination, range: link.range, file: file))
        visitInlines(link.children)
    }

    mutating func visitUIPath(_ path: UIPath) {
        current.uiPaths.append(Item(key: path, range: path.range, file: file))
        for segment in path.segments { visitInlines(segment.inlines) }
    }

    /// Images hold alt text only: its words are compared as the page's, not its markup.
    mutating func visitImage(_ image: Image) {}

    /// Code compared without its layout: a tab that became four spaces changes no code.
    static func layoutFree(_ code: String) -> String {
        code.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" }).joined(separator: " ")
    }

    /// Whether `text` holds `*`, `]` or `[`, read as one run of bytes: walking the string's
    /// UTF-8 view byte by byte was most of the time the checks spend outside parsing.
    private static func mayHoldLiteral(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { $0 == 0x2A || $0 == 0x5D || $0 == 0x5B } }
    }

    /// Markup that machine translation broke stays as literal text: `**` that no longer pairs,
    /// `] (` of a link split by a space, `[!` of an alert that is no longer alone on its line.
    /// cmark splits text at brackets, so neighbouring text runs are read as one.
    private mutating func scanLiterals(_ inlines: [Inline]) {
        var run: [Text] = []
        func flush() {
            if !run.isEmpty {
                if let file {
                    // The lines at hand are the article's, not the included file's.
                    current.literals += MarkupLiterals.find(in: run, lines: nil).map { Item(key: $0.key, range: $0.range, file: file) }
                } else {
                    if lines == nil, let text { lines = SourceLines(text) }
                    current.literals += MarkupLiterals.find(in: run, lines: lines)
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        for inline in inlines {
            if case .text(let t) = inline {
                // Only runs holding `*`, `]` or `[` can hold a literal; the rest are never gathered.
                if !run.isEmpty || Self.mayHoldLiteral(t.string) { run.append(t) }
            } else {
                flush()
            }
        }
        flush()
    }
}
