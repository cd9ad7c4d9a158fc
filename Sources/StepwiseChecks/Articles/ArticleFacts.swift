import StepwiseArticle
import StepwiseFlow

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
        var file: String?
    }

    /// What loading it left out (binding entries that do not fit, an unreadable bindings file).
    let problems: [ArticleError]

    /// Its bytes are the file as read: literals are placed by the file's columns.
    init(_ loaded: LoadedArticle) {
        self.init(article: loaded.article, graph: loaded.graph, text: loaded.bytes, problems: loaded.problems)
    }

    init(article: Article, graph: StepGraph, text: [UInt8]? = nil, problems: [ArticleError] = []) {
        self.problems = problems
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
        // The head: the title heading and the overview, which no task holds.
        var head = graph.article.overviewBlocks
        // The title heading only when it is the screens' title: one that says something else
        // is already in the overview or a task's introduction.
        if let first = article.blocks.first, ArticleSections.isTitleHeading(first, title: graph.article.title) { head.insert(first, at: 0) }
        if !head.isEmpty {
            units.append(collector.unit("head", task: 0, range: head[0].range, blocks: head, covers: graph.article.overviewCovers))
        }
        for (index, task) in graph.tasks.enumerated() {
            let number = index + 1
            let anchor = task.range ?? task.steps.first.flatMap { nodeIndex[$0].flatMap { nodes[$0].range } } ?? .unknown
            units.append(collector.unit(task.id + ".intro", task: number, range: task.introBlocks.first?.range ?? anchor, blocks: task.introBlocks,
                                        covers: task.introCovers))
            // Steps, an info node, and the closing node: every place of the task's partition.
            for id in task.steps {
                guard let i = nodeIndex[id] else { continue }
                let node = nodes[i]
                units.append(collector.unit(id, task: number, range: node.range ?? anchor, blocks: node.blocks, covers: node.covers))
            }
        }
        // References sections are places of the article, as the head is.
        for (index, section) in graph.references.enumerated() {
            units.append(collector.unit("references.\(index + 1)", task: 0, range: section.range, blocks: section.blocks, covers: section.covers))
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
