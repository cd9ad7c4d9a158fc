import StepwiseArticle

/// A walkthrough of one article: tasks, the nodes a wizard visits and the edges between them.
///
/// Node ids come from structure only (`choice`, `t2.s3`, `t1.info`, `end`, `x.<slug>`), so
/// parallel translations of one article share them and front ends can key state on them.
public struct StepGraph: Sendable, Hashable {
    public var article: ArticleSummary
    public var start: String
    public var tasks: [StepTask]
    /// Sections of links only, which are no task: listed under their titles at the end.
    public var references: [ReferenceSection]
    public var nodes: [StepNode] { didSet { nodeIndex = Self.index(nodes) } }
    public var edges: [StepEdge]
    /// Where each id first occurs in `nodes`: front ends look nodes up on every screen, and a
    /// long reference article has thousands of them.
    private var nodeIndex: [String: Int]

    public init(article: ArticleSummary, start: String, tasks: [StepTask], nodes: [StepNode], edges: [StepEdge],
                references: [ReferenceSection] = []) {
        self.article = article; self.start = start; self.tasks = tasks; self.nodes = nodes; self.edges = edges
        self.references = references
        nodeIndex = Self.index(nodes)
    }

    public func node(_ id: String) -> StepNode? { nodeIndex[id].map { nodes[$0] } }

    /// How many of the task's nodes are steps (its closing or info node aside).
    public func stepCount(_ task: StepTask) -> Int {
        task.steps.count { node($0)?.kind == .step }
    }

    private static func index(_ nodes: [StepNode]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(nodes.count)
        for (i, node) in nodes.enumerated() where index[node.id] == nil { index[node.id] = i }
        return index
    }

    public func edges(from id: String) -> [StepEdge] { edges.filter { $0.from == id } }

    /// Every link the graph holds (nodes, callouts, closings, reference sections), in order:
    /// which of them name a known article shapes the graph's jumps and external nodes.
    package var allLinks: [FlowLink] {
        var links: [FlowLink] = []
        for task in tasks { links += task.references; for c in task.callouts { links += c.links } }
        for section in references { links += section.links }
        for node in nodes { links += node.links; for c in node.callouts { links += c.links } }
        return links
    }
}

/// What the graph says about its article, for headers and file names.
public struct ArticleSummary: Sendable, Hashable {
    public var slug: String
    public var locale: String?
    public var title: String
    public var assetID: String?
    /// The overview's plain text: what comes before the first task heading when it holds no
    /// numbered procedure (the title heading left out). Empty when there is none.
    public var intro: String
    /// The overview's blocks: shown on the task picker, or above a single task's first screen.
    public var overviewBlocks: [Block]
    /// Where the overview's blocks are.
    public var overviewCovers: [SourceSpan] = []

    public init(slug: String, locale: String?, title: String, assetID: String?, intro: String = "", overviewBlocks: [Block] = []) {
        self.slug = slug; self.locale = locale; self.title = title; self.assetID = assetID; self.intro = intro
        self.overviewBlocks = overviewBlocks
    }
}

public struct StepTask: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The title of the `##` heading this task sits under when that heading only groups `###` tasks.
    public var group: String?
    /// The task's nodes in walk order: its steps and, when the steps are followed by more than
    /// a paragraph, its closing node (`t2.close`); or its single info node.
    public var steps: [String]
    public var intro: String
    /// Top-level callouts of the task's introduction.
    public var callouts: [FlowCallout]
    /// The links of the task's closing, which the end screen lists again.
    public var references: [FlowLink]
    public var introBlocks: [Block]
    /// The closing's blocks (what its closing node shows); empty without one.
    public var referenceBlocks: [Block]
    /// Where the introduction's visible blocks are.
    public var introCovers: [SourceSpan] = []
    /// The task heading's range; nil for the implicit task of an article without task headings.
    public var range: SourceRange?
    /// Where the group heading (first task of the group only) and the task heading are.
    public var headingCovers: [SourceSpan] = []

    public init(id: String, title: String, group: String? = nil, steps: [String], intro: String = "",
                callouts: [FlowCallout] = [], references: [FlowLink] = [],
                introBlocks: [Block] = [], referenceBlocks: [Block] = [], range: SourceRange? = nil) {
        self.id = id; self.title = title; self.group = group; self.steps = steps; self.intro = intro
        self.callouts = callouts; self.references = references
        self.introBlocks = introBlocks; self.referenceBlocks = referenceBlocks; self.range = range
    }
}

public struct StepNode: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// `closing`: what follows a task's steps, shown whole after the last one.
        case choice, step, info, closing, end, external
    }

    public var id: String
    public var kind: Kind
    public var task: String?
    /// 1-based position in the task's sequence (not the number written in the source); steps only.
    public var stepNumber: Int?
    public var stepCount: Int?
    /// The node's own readable text, callouts left out. Choice: the article title; external: the link text.
    public var text: String
    public var callouts: [FlowCallout]
    /// Links outside callouts. An external node holds the one link it stands for.
    public var links: [FlowLink]
    /// Source blocks for front ends: a step's list item children (plus blocks attached to it), an info node's task blocks.
    public var blocks: [Block]
    /// Nil for nodes that have no source (choice, end, external).
    public var range: SourceRange?
    /// Every part of the source the node shows, in document order (its share of the article's
    /// partition); empty for nodes without source.
    public var covers: [SourceSpan]
    /// What the step can do with the reader, from the article's bindings file (`applying(_:)`).
    public var action: ActionBinding.Kind?

    public init(id: String, kind: Kind, task: String? = nil, stepNumber: Int? = nil, stepCount: Int? = nil,
                text: String = "", callouts: [FlowCallout] = [], links: [FlowLink] = [],
                blocks: [Block] = [], range: SourceRange? = nil, covers: [SourceSpan] = []) {
        self.id = id; self.kind = kind; self.task = task; self.stepNumber = stepNumber; self.stepCount = stepCount
        self.text = text; self.callouts = callouts; self.links = links; self.blocks = blocks; self.range = range
        self.covers = covers
    }

    /// Whether a walk may stop here without an outgoing edge.
    public var isTerminal: Bool { kind == .end || kind == .external }
}

public struct StepEdge: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case next, choice, escape, jump
    }

    public var from: String
    public var to: String
    public var kind: Kind
    /// Task title for `choice`, link text for `escape`/`jump`, nil for `next`.
    public var label: String?

    public init(from: String, to: String, kind: Kind, label: String? = nil) {
        self.from = from; self.to = to; self.kind = kind; self.label = label
    }
}

public struct FlowLink: Sendable, Hashable {
    public var text: String
    /// The destination as written in the article.
    public var href: String
    /// Absolute URL: relative links resolved against the docs base URL.
    public var url: String
    /// Slug of a known article this link opens; nil for anything else.
    public var target: String?

    public init(text: String, href: String, url: String, target: String? = nil) {
        self.text = text; self.href = href; self.url = url; self.target = target
    }

    /// `#anchor` (and empty) links stay on the page, so they never leave the walk.
    public var isInPage: Bool { href.isEmpty || href.first == "#" }
}

public struct FlowCallout: Sendable, Hashable {
    public var kind: CalloutKind
    public var text: String
    public var links: [FlowLink]

    public init(kind: CalloutKind, text: String, links: [FlowLink] = []) {
        self.kind = kind; self.text = text; self.links = links
    }
}

/// A section whose body is only links ("See also" in any language): no task, but the article's
/// references, listed under the section's own title where the walk ends.
public struct ReferenceSection: Sendable, Hashable {
    public var title: String
    /// The section heading's range.
    public var range: SourceRange
    public var links: [FlowLink]
    public var blocks: [Block]
    /// Where the heading and the blocks are.
    public var covers: [SourceSpan] = []

    public init(title: String, range: SourceRange, links: [FlowLink], blocks: [Block]) {
        self.title = title; self.range = range; self.links = links; self.blocks = blocks
    }
}

/// A part of the source: a range in the article, or in a file it includes.
public struct SourceSpan: Sendable, Hashable {
    /// The included file the range is in; nil for the article itself.
    public var file: String?
    public var range: SourceRange

    public init(file: String? = nil, range: SourceRange) { self.file = file; self.range = range }
}
