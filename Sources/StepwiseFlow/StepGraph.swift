import StepwiseArticle

/// A walkthrough of one article: tasks, the nodes a wizard visits and the edges between them.
///
/// Node ids come from structure only (`choice`, `t2.s3`, `t1.info`, `end`, `x.<slug>`), so
/// parallel translations of one article share them and front ends can key state on them.
public struct StepGraph: Sendable, Hashable {
    public var article: ArticleSummary
    public var start: String
    public var tasks: [StepTask]
    public var nodes: [StepNode]
    public var edges: [StepEdge]

    public init(article: ArticleSummary, start: String, tasks: [StepTask], nodes: [StepNode], edges: [StepEdge]) {
        self.article = article; self.start = start; self.tasks = tasks; self.nodes = nodes; self.edges = edges
    }

    public func node(_ id: String) -> StepNode? { nodes.first(where: { $0.id == id }) }

    public func edges(from id: String) -> [StepEdge] { edges.filter { $0.from == id } }
}

/// What the graph says about its article, for headers and file names.
public struct ArticleSummary: Sendable, Hashable {
    public var slug: String
    public var locale: String?
    public var title: String
    public var assetID: String?
    /// Plain text before the first task heading (the title heading left out); empty for single-task articles.
    public var intro: String

    public init(slug: String, locale: String?, title: String, assetID: String?, intro: String = "") {
        self.slug = slug; self.locale = locale; self.title = title; self.assetID = assetID; self.intro = intro
    }
}

public struct StepTask: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The title of the `##` heading this task sits under when that heading only groups `###` tasks.
    public var group: String?
    /// The task's nodes in walk order: its steps, or its single info node.
    public var steps: [String]
    public var intro: String
    /// Top-level callouts of the task not attached to a step (before the steps, or after them past other content).
    public var callouts: [FlowCallout]
    public var references: [FlowLink]
    public var introBlocks: [Block]
    public var referenceBlocks: [Block]
    /// The task heading's range; nil for the implicit task of an article without task headings.
    public var range: SourceRange?

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
        case choice, step, info, end, external
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
    /// What the step can do with the reader, from the article's bindings file (`applying(_:)`).
    public var action: ActionBinding.Kind?

    public init(id: String, kind: Kind, task: String? = nil, stepNumber: Int? = nil, stepCount: Int? = nil,
                text: String = "", callouts: [FlowCallout] = [], links: [FlowLink] = [],
                blocks: [Block] = [], range: SourceRange? = nil) {
        self.id = id; self.kind = kind; self.task = task; self.stepNumber = stepNumber; self.stepCount = stepCount
        self.text = text; self.callouts = callouts; self.links = links; self.blocks = blocks; self.range = range
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
