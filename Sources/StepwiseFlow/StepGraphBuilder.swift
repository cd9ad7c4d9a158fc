import StepwiseArticle

/// Builds the walkthrough graph of an article. Pure and cheap: one pass over the top-level
/// blocks to find tasks, one walk over each node's blocks for its content.
///
/// Choices made where the article format leaves room, so that any article gives a sound graph:
/// - Task headings: `##`/`###` and paragraphs that are a single bold run. `#` is the title.
///   Sections with nothing visible (only raw HTML or rules) are no tasks; an empty `##` names the
///   `group` of the tasks under it. When no section is left, the whole article is one task.
/// - Steps: the first top-level numbered list, else the first bullet list. A later numbered
///   list continues it when it starts at the next source number (`start + count`); whatever
///   stood between, other lists included, belongs to the step before.
/// - Top-level callouts: right after the sequence they go with the last step (see `StepLayout`);
///   before it, or after it past other content, they are the task's `callouts`, and the links of
///   the latter also count among its `references`.
/// - Edges: escape edges come from callout links of steps and info nodes alike; in-page links
///   (`#x`) and links to the article itself give none; one edge per kind and destination per node.
/// - Text: ASCII whitespace collapsed, one line per paragraph, heading, code block or table row.
public struct StepGraphBuilder: Sendable {
    public let options: StepGraphOptions
    private let resolver: LinkResolver

    public init(options: StepGraphOptions = .init()) {
        self.options = options
        self.resolver = LinkResolver(options: options)
    }

    public func build(_ article: Article) -> StepGraph {
        let slug = Self.slug(of: article.path)
        let summaryTitle = article.title.map(normalizedSpace) ?? ""
        let title = summaryTitle.isEmpty ? slug : summaryTitle
        let sections = ArticleSections(article.blocks)

        var introText = ""
        var taskSections = sections.tasks
        if taskSections.isEmpty {
            // No task headings (or only empty ones): the whole article is one task.
            taskSections = [TaskSection(title: title, group: nil, range: nil, blocks: sections.intro)]
        } else {
            var intro = ContentCollector(resolver: resolver)
            intro.add(sections.intro)
            introText = intro.text
        }

        // Nodes go into the graph's arrays in their final order, so none is copied or moved later.
        let layouts = taskSections.map { StepLayout($0.blocks) }
        var state = GraphAssembly(articleSlug: slug, resolver: resolver)
        let start: String
        if taskSections.count > 1 {
            start = "choice"
            state.nodes.append(StepNode(id: "choice", kind: .choice, text: title))
            for (index, section) in taskSections.enumerated() {
                let first = "t\(index + 1)" + (layouts[index].steps.isEmpty ? ".info" : ".s1")
                state.edges.append(StepEdge(from: "choice", to: first, kind: .choice, label: section.title))
            }
        } else {
            start = layouts[0].steps.isEmpty ? "t1.info" : "t1.s1"
        }
        for index in taskSections.indices {
            state.addTask(taskSections[index], layout: layouts[index], id: "t\(index + 1)")
        }
        state.nodes.append(StepNode(id: "end", kind: .end))
        state.nodes += state.externalNodes

        let summary = ArticleSummary(slug: slug, locale: Self.locale(of: article), title: title,
                                     assetID: article.frontMatter.assetID, intro: introText)
        return StepGraph(article: summary, start: start, tasks: state.tasks, nodes: state.nodes, edges: state.edges)
    }

    /// `Article.slug`, computed on UTF-8 bytes: `Article.slug` splits the path into Characters,
    /// about 3 µs a call, a tenth of a typical article's whole graph.
    static func slug(of path: String) -> String {
        var bytes = path.utf8[...]
        while bytes.last == UInt8(ascii: "/") { bytes = bytes.dropLast() }
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { bytes = bytes[bytes.index(after: slash)...] }
        if bytes.count >= 3, bytes.suffix(3).elementsEqual(".md".utf8) { bytes = bytes.dropLast(3) }
        return String(Substring(bytes))
    }

    /// `ms.contentlocale`, else the folder the file sits in when it is named like a locale (`Content/lv-LV/x.md`).
    static func locale(of article: Article) -> String? {
        if let l = article.frontMatter.contentLocale, !l.isEmpty { return l }
        let path = article.path.utf8
        guard let fileSlash = path.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let folderStart = path[..<fileSlash].lastIndex(of: UInt8(ascii: "/")).map(path.index(after:)) ?? path.startIndex
        let folder = article.path[folderStart..<fileSlash]
        return isLocaleCode(folder) ? String(folder) : nil
    }
}

/// The graph while it is being built.
private struct GraphAssembly {
    let articleSlug: String
    let resolver: LinkResolver
    var tasks: [StepTask] = []
    var nodes: [StepNode] = []
    var edges: [StepEdge] = []
    var externalNodes: [StepNode] = []
    private var externalIDs: [String: String] = [:]
    private var usedExternalIDs: Set<String> = []

    init(articleSlug: String, resolver: LinkResolver) { self.articleSlug = articleSlug; self.resolver = resolver }

    mutating func addTask(_ section: TaskSection, layout: StepLayout, id taskID: String) {
        var task = StepTask(id: taskID, title: section.title, group: section.group, steps: [], range: section.range)
        let firstNode = nodes.count

        if layout.steps.isEmpty {
            var content = ContentCollector(resolver: resolver)
            content.add(section.blocks)
            var range: SourceRange? = section.range
            if let first = section.blocks.first, let last = section.blocks.last {
                range = SourceRange(start: first.range.start, end: last.range.end)
            }
            nodes.append(StepNode(id: taskID + ".info", kind: .info, task: taskID, text: content.text,
                                  callouts: content.callouts, links: content.links,
                                  blocks: section.blocks, range: range))
        } else {
            var intro = ContentCollector(resolver: resolver)
            intro.add(layout.intro)
            var after = ContentCollector(resolver: resolver)
            after.add(layout.after)
            task.intro = intro.text
            task.callouts = intro.callouts + after.callouts
            task.references = after.allLinks
            task.introBlocks = layout.intro
            task.referenceBlocks = layout.after

            let count = layout.steps.count
            for (j, step) in layout.steps.enumerated() {
                var content = ContentCollector(resolver: resolver)
                content.add(step.blocks)
                nodes.append(StepNode(id: "\(taskID).s\(j + 1)", kind: .step, task: taskID,
                                      stepNumber: j + 1, stepCount: count, text: content.text,
                                      callouts: content.callouts, links: content.links,
                                      blocks: step.blocks, range: step.range))
            }
        }

        for i in firstNode..<nodes.count {
            let next = i + 1 < nodes.count ? nodes[i + 1].id : "end"
            edges.append(StepEdge(from: nodes[i].id, to: next, kind: .next))
            addLinkEdges(from: i)
            task.steps.append(nodes[i].id)
        }
        tasks.append(task)
    }

    /// A link in a callout is the way out when the step does not work as written (`escape`);
    /// a link in the step itself to another known article is a detour the wizard can take (`jump`).
    private mutating func addLinkEdges(from index: Int) {
        let id = nodes[index].id
        var seen: Set<String> = []
        func add(_ link: FlowLink, _ kind: StepEdge.Kind) {
            guard !link.isInPage, link.target != articleSlug else { return }
            let to = externalID(for: link)
            if seen.insert(kind.rawValue + " " + to).inserted {
                edges.append(StepEdge(from: id, to: to, kind: kind, label: link.text))
            }
        }
        for callout in nodes[index].callouts { for link in callout.links { add(link, .escape) } }
        for link in nodes[index].links where link.target != nil { add(link, .jump) }
    }

    /// One node per destination, in first-seen order; ids from the target slug or the URL, with
    /// `-2`, `-3` for different destinations that would otherwise share a name.
    private mutating func externalID(for link: FlowLink) -> String {
        let (key, name) = LinkResolver.destination(of: link)
        if let id = externalIDs[key] { return id }
        var id = "x." + name
        var n = 2
        while usedExternalIDs.contains(id) { id = "x.\(name)-\(n)"; n += 1 }
        usedExternalIDs.insert(id)
        externalIDs[key] = id
        externalNodes.append(StepNode(id: id, kind: .external, text: link.text, links: [link]))
        return id
    }
}
