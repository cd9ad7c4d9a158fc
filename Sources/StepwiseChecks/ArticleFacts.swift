import StepwiseArticle
import StepwiseFlow

/// Something found in an article, keyed by what must match its counterpart in the source.
struct Item<Key: Hashable & Sendable>: Sendable, Hashable {
    var key: Key
    var range: SourceRange
}

/// What the checks compare of one article, gathered in one walk per unit.
///
/// A unit is a part of the step graph that a translation shares with its source by id: a
/// task's introduction, each step (or its info node), its references, and the article's head
/// before the first task. Comparing unit by unit puts a finding in the step it concerns.
struct ArticleFacts: Sendable {
    let article: Article
    let graph: StepGraph
    let units: [UnitFacts]
    let headings: [Item<String>]
    let codeBlocks: [Item<String>]
    let tables: [TableFact]
    /// Ids a `#fragment` may name: heading anchors, generated ids and `<a name>`/`id=` in raw
    /// HTML, the included files' too.
    let anchors: Set<String>
    /// Canonical paths of the files this article includes, at any depth.
    let includedFiles: Set<String>

    struct TableFact: Sendable, Hashable {
        var rows: Int
        var columns: Int
        var range: SourceRange
    }

    /// `text` is the file as read: with it, literals are placed by the file's columns.
    init(article: Article, graph: StepGraph, text: [UInt8]? = nil) {
        self.article = article
        self.graph = graph
        let scan = AnchorScan(article.blocks)
        var collector = FactCollector(text: text)
        var units: [UnitFacts] = []
        // Indices, not nodes: copying every node into a dictionary costs more than the walk.
        var nodeIndex: [String: Int] = [:]
        nodeIndex.reserveCapacity(graph.nodes.count)
        for (i, node) in graph.nodes.enumerated() where nodeIndex[node.id] == nil { nodeIndex[node.id] = i }
        let nodes = graph.nodes
        if let first = graph.tasks.first?.range {
            let head = article.blocks.filter { $0.range.start < first.start }
            units.append(collector.unit("head", task: 0, range: head.first?.range ?? first, blocks: head))
        }
        for (index, task) in graph.tasks.enumerated() {
            let number = index + 1
            let anchor = task.range ?? task.steps.first.flatMap { nodeIndex[$0].flatMap { nodes[$0].range } } ?? .unknown
            units.append(collector.unit(task.id + ".intro", task: number, range: task.introBlocks.first?.range ?? anchor, blocks: task.introBlocks))
            for id in task.steps {
                guard let i = nodeIndex[id] else { continue }
                let node = nodes[i]
                units.append(collector.unit(id, task: number, range: node.range ?? anchor, blocks: node.blocks))
            }
            units.append(collector.unit(task.id + ".references", task: number, range: task.referenceBlocks.first?.range ?? anchor,
                                        blocks: task.referenceBlocks))
        }
        self.units = units
        headings = scan.headings
        anchors = scan.anchors
        includedFiles = scan.includedFiles
        codeBlocks = collector.codeBlocks
        tables = collector.tables
    }

    /// Every unit of task `number` merged into one, for when the steps do not line up.
    func task(_ number: Int) -> UnitFacts {
        UnitFacts.merged(units.filter { $0.task == number }, id: "t\(number)", range: graph.tasks[number - 1].range)
    }

    /// The unit a place lies in: the last one (in document order) that starts at or before it.
    func unit(containing position: SourcePosition) -> UnitFacts? {
        var best: UnitFacts?
        for unit in units where unit.range.start.line > 0 && unit.range.start <= position {
            if best.map({ $0.range.start <= unit.range.start }) ?? true { best = unit }
        }
        return best
    }

    /// Where task `number` starts, if the article has it.
    func start(ofTask number: Int) -> SourceRange? {
        units.first { $0.task == number && $0.range.start.line > 0 }?.range
    }

    /// The first block, for a finding about the whole body.
    var firstBlock: SourceRange {
        article.blocks.first?.range ?? SourceRange(line: 1, column: 1, endLine: 1, endColumn: 1)
    }

    /// The whole article as one unit, for when the tasks do not line up.
    var whole: UnitFacts {
        UnitFacts.merged(units, id: "article", range: nil)
    }
}

struct UnitFacts: Sendable {
    var id: String
    var task: Int
    /// Where a finding about something missing from this unit points.
    var range: SourceRange
    var callouts: [Item<CalloutKind>] = []
    var links: [Item<String>] = []
    var inlineCode: [Item<String>] = []
    var strong: [StrongFact] = []
    var emphasisCount = 0
    var uiPaths: [UIPath] = []
    /// Markup left as literal text (`**`, `] (`, `[!`).
    var literals: [Item<String>] = []

    static func merged(_ units: [UnitFacts], id: String, range: SourceRange?) -> UnitFacts {
        var out = UnitFacts(id: id, task: units.first?.task ?? 0, range: range ?? units.first?.range ?? .unknown)
        for u in units {
            out.callouts += u.callouts; out.links += u.links; out.inlineCode += u.inlineCode
            out.strong += u.strong; out.emphasisCount += u.emphasisCount; out.uiPaths += u.uiPaths
            out.literals += u.literals
        }
        return out
    }
}

/// A bold run; its text is only put together for a message.
struct StrongFact: Sendable {
    var children: [Inline]
    var range: SourceRange
    /// Whether it ends in `.`, `,`, `:` or `;`: a run that took in the sentence's punctuation.
    var endsInPunctuation: Bool

    init(_ strong: Strong) {
        children = strong.children
        range = strong.range
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

/// One walk over blocks and inlines that files everything the checks look at.
private struct FactCollector {
    var codeBlocks: [Item<String>] = []
    var tables: [ArticleFacts.TableFact] = []
    private var current = UnitFacts(id: "", task: 0, range: .unknown)
    private let text: [UInt8]?
    /// Split into lines only once a literal is found: most articles have none.
    private var lines: SourceLines?

    init(text: [UInt8]?) {
        self.text = text
    }

    mutating func unit(_ id: String, task: Int, range: SourceRange, blocks: [Block]) -> UnitFacts {
        current = UnitFacts(id: id, task: task, range: range)
        walk(blocks)
        return current
    }

    private mutating func walk(_ blocks: [Block]) {
        for block in blocks { walk(block) }
    }

    private mutating func walk(_ block: Block) {
        switch block {
        case .heading(let h): walk(h.inlines)
        case .paragraph(let p): walk(p.inlines)
        case .list(let l): for item in l.items { walk(item.children) }
        case .blockQuote(let q): walk(q.children)
        case .codeBlock(let c): codeBlocks.append(Item(key: Self.layoutFree(c.code), range: c.range))
        case .callout(let c):
            current.callouts.append(Item(key: c.kind, range: c.range))
            walk(c.children)
        case .table(let t):
            tables.append(.init(rows: t.rows.count, columns: t.header.count, range: t.range))
            for cell in t.header { walk(cell.inlines) }
            for row in t.rows { for cell in row { walk(cell.inlines) } }
        // Included blocks carry positions in another file; that file is checked on its own.
        case .html, .thematicBreak, .video, .include: break
        }
    }

    private mutating func walk(_ inlines: [Inline]) {
        scanLiterals(inlines)
        for inline in inlines {
            switch inline {
            case .strong(let s):
                current.strong.append(StrongFact(s))
                walk(s.children)
            case .emphasis(let e):
                current.emphasisCount += 1
                walk(e.children)
            case .code(let c): current.inlineCode.append(Item(key: c.code, range: c.range))
            case .link(let l):
                current.links.append(Item(key: l.destination, range: l.range))
                walk(l.children)
            case .uiPath(let p):
                current.uiPaths.append(p)
                for segment in p.segments { walk(segment.inlines) }
            case .text, .image, .softBreak, .lineBreak, .html: break
            }
        }
    }

    /// Code compared without its layout: a tab that became four spaces changes no code.
    static func layoutFree(_ code: String) -> String {
        code.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" }).joined(separator: " ")
    }

    /// Markup that machine translation broke stays as literal text: `**` that no longer pairs,
    /// `] (` of a link split by a space, `[!` of an alert that is no longer alone on its line.
    /// cmark splits text at brackets, so neighbouring text runs are read as one.
    private mutating func scanLiterals(_ inlines: [Inline]) {
        var run: [Text] = []
        func flush() {
            if !run.isEmpty {
                if lines == nil, let text { lines = SourceLines(text) }
                current.literals += MarkupLiterals.find(in: run, lines: lines)
            }
            run.removeAll(keepingCapacity: true)
        }
        for inline in inlines {
            if case .text(let t) = inline {
                // Only runs holding `*`, `]` or `[` can hold a literal; the rest are never gathered.
                if !run.isEmpty || t.string.utf8.contains(where: { $0 == 0x2A || $0 == 0x5D || $0 == 0x5B }) { run.append(t) }
            } else {
                flush()
            }
        }
        flush()
    }
}
