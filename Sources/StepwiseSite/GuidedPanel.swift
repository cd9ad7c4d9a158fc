import StepwiseArticle
import StepwiseFlow

/// The step-by-step mode of an article page: one hidden section per graph node (shown one at a
/// time by `assets/stepwise.js`), and the graph as a JSON data island the script walks.
/// Everything the reader sees is rendered here, localized; the script only shows, hides and
/// follows edges, so it needs no strings and no plural rules of its own.
struct GuidedPanel {
    let graph: StepGraph
    let strings: SiteStrings
    /// Looked up once: a long reference article has thousands of nodes, and scanning every
    /// edge or task for each of them made pages quadratic in their length.
    private let tasks: [String: StepTask]
    private let waysOut: [String: [StepEdge]]
    private let counters: [String: String]

    /// `graph` is bound: a node with an action is a step `stepwise run` can do with the reader
    /// (`Content/<slug>.actions.yml`).
    init(graph: StepGraph, strings: SiteStrings) {
        self.graph = graph; self.strings = strings
        tasks = Dictionary(graph.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        waysOut = Dictionary(grouping: graph.edges.filter { $0.kind != .next }, by: \.from)
        var counters: [String: String] = [:]
        for node in graph.nodes where node.kind == .step {
            if let number = node.stepNumber, let count = node.stepCount {
                counters[node.id] = strings.plural("flow.step-counter", count: count, ["number": String(number)])
            }
        }
        self.counters = counters
    }

    func sections(using renderer: inout ArticleHTML) -> HTMLBuffer {
        var out = HTMLBuffer(capacity: 8 << 10)
        for node in graph.nodes {
            out.tag("<section class=\"node node-"); out.text(node.kind.rawValue)
            out.tag("\" data-node=\""); out.text(node.id); out.tag("\" hidden>\n")
            switch node.kind {
            case .choice:
                heading(graph.article.title, to: &out)
                overview(using: &renderer, to: &out)
                out.tag("<p"); out.lang(strings.uiLang); out.tag(">"); out.text(strings.string("flow.choose-task")); out.tag("</p>\n")
            case .step, .info, .closing:
                let task = node.task.flatMap { tasks[$0] }
                // The group a task sits under is part of its title, as on the terminal.
                let title = task?.title.isEmpty == false ? task!.title : graph.article.title
                heading((task?.group.map { $0 + " › " } ?? "") + title, to: &out)
                if let counter = counter(node) {
                    out.tag("<p class=\"node-counter\""); out.lang(strings.uiLang); out.tag(">"); out.text(counter); out.tag("</p>\n")
                }
                if let task, node.id == task.steps.first {
                    // A single task's first node stands in for the picker, so it shows the overview.
                    if graph.tasks.count == 1 { overview(using: &renderer, to: &out) }
                    if node.kind == .step {
                        renderer.blocks(task.introBlocks)
                        out.escaped(renderer.takeBuffer())
                    }
                }
                out.tag("<div class=\"node-body\">\n")
                renderer.blocks(node.blocks)
                out.escaped(renderer.takeBuffer())
                out.tag("</div>\n")
                if node.action != nil {
                    let command = "<code>" + HTMLText.escape("stepwise run " + graph.article.slug) + "</code>"
                    out.tag("<p class=\"node-action\""); out.lang(strings.uiLang); out.tag(">")
                    out.escaped(strings.html("site.guided.bound-step", placeholder: "command", markup: command))
                    out.tag("</p>\n")
                }
            case .end:
                heading(strings.string("flow.end"), lang: strings.uiLang, to: &out)
                out.tag("<p"); out.lang(strings.uiLang); out.tag(">"); out.text(strings.string("site.guided.end")); out.tag("</p>\n")
                for section in graph.references {
                    out.tag("<h3 class=\"node-references\">"); out.text(section.title); out.tag("</h3>\n")
                    renderer.blocks(section.blocks)
                    out.escaped(renderer.takeBuffer())
                }
            case .external:
                heading(node.text.isEmpty ? strings.string("site.guided.external") : node.text, to: &out)
                if let link = node.links.first {
                    out.tag("<p>")
                    externalLink(link, renderer: &renderer, to: &out)
                    out.tag("</p>\n")
                }
            }
            ways(from: node, to: &out)
            out.tag("</section>\n")
        }
        return out
    }

    /// The article's overview (what precedes its first task when that holds no procedure).
    private func overview(using renderer: inout ArticleHTML, to out: inout HTMLBuffer) {
        guard !graph.article.overviewBlocks.isEmpty else { return }
        out.tag("<div class=\"node-overview\">\n")
        renderer.blocks(graph.article.overviewBlocks)
        out.escaped(renderer.takeBuffer())
        out.tag("</div>\n")
    }

    private func heading(_ text: String, lang: String? = nil, to out: inout HTMLBuffer) {
        out.tag("<h2 class=\"node-heading\" tabindex=\"-1\""); out.lang(lang); out.tag(">"); out.text(text); out.tag("</h2>\n")
    }

    /// Choices, ways out and jumps as buttons that name the node they go to.
    private func ways(from node: StepNode, to out: inout HTMLBuffer) {
        let edges = waysOut[node.id] ?? []
        let restart = node.kind == .end && graph.start != node.id
        guard !edges.isEmpty || restart else { return }
        out.tag("<ul class=\"node-ways\">\n")
        for edge in edges {
            let label: String
            switch edge.kind {
            case .choice: label = edge.label ?? edge.to
            case .escape: label = strings.string("flow.escape-label")
            case .jump: label = strings.string("site.guided.jump", ["label": edge.label ?? edge.to])
            case .next: continue
            }
            out.tag("<li><button type=\"button\" class=\"way way-"); out.text(edge.kind.rawValue)
            out.tag("\" data-go=\""); out.text(edge.to); out.tag("\"")
            if edge.kind != .choice { out.lang(strings.uiLang) }
            out.tag(">"); out.text(label); out.tag("</button></li>\n")
        }
        if restart {
            out.tag("<li><button type=\"button\" class=\"way way-restart\" data-go=\""); out.text(graph.start)
            out.tag("\""); out.lang(strings.uiLang); out.tag(">"); out.text(strings.string("site.guided.restart")); out.tag("</button></li>\n")
        }
        out.tag("</ul>\n")
    }

    private func externalLink(_ link: FlowLink, renderer: inout ArticleHTML, to out: inout HTMLBuffer) {
        let label = strings.string("site.guided.open-link")
        var href: String?
        if let target = link.target { href = renderer.links.pagePath(slug: target, preferring: strings.locale) }
        if href == nil {
            switch renderer.links.resolve(link.href) {
            case .unsafe, .schemeNotAllowed, .inPage(""): href = nil
            case .inPage(let h), .page(let h), .external(let h): href = h
            }
        }
        guard let href else { out.text(link.text); return }
        out.tag("<a href=\""); out.text(href); out.tag("\" rel=\"noopener\">"); out.text(label); out.tag("</a>")
    }

    /// "Step 3 of 5" in the catalog's plural form for the count.
    func counter(_ node: StepNode) -> String? { counters[node.id] }

    /// What the live region says on arriving at a node.
    func announcement(_ node: StepNode) -> String {
        let task = node.task.flatMap { tasks[$0] }?.title ?? graph.article.title
        switch node.kind {
        case .step: return strings.string("site.guided.announce", ["counter": counter(node) ?? "", "task": task])
        case .info, .closing: return task
        case .choice: return strings.string("flow.choose-task")
        case .end: return strings.string("flow.end")
        case .external: return node.text
        }
    }

    /// The data island: start node, nodes in graph order with what the script shows, edges.
    func json() -> String {
        JSONValue.object([
            ("slug", .string(graph.article.slug)),
            ("start", .string(graph.start)),
            ("nodes", .array(graph.nodes.map { node in
                .object([
                    ("id", .string(node.id)),
                    ("kind", .string(node.kind.rawValue)),
                    ("task", .optional(node.task)),
                    ("announce", .string(announcement(node))),
                    ("bound", .bool(node.action != nil)),
                ])
            })),
            ("edges", .array(graph.edges.map { edge in
                .object([("from", .string(edge.from)), ("to", .string(edge.to)), ("kind", .string(edge.kind.rawValue))])
            })),
        ]).script
    }
}
