import StepwiseArticle

/// The graph while it is being built.
///
/// Each node is finished where it is made: its text, its `next` edge and its link edges come
/// from the parts in hand, then the node is appended and never read back.
struct GraphAssembly {
    let articleSlug: String
    var tasks: [StepTask] = []
    var nodes: [StepNode] = []
    var edges: [StepEdge] = []
    var externalNodes: [StepNode] = []
    private var externalIDs: [String: String] = [:]
    private var usedExternalIDs: Set<String> = []
    /// Shared by all nodes, so the text buffer is allocated once per graph.
    private var content: ContentCollector

    init(articleSlug: String, resolver: LinkResolver) {
        self.articleSlug = articleSlug
        // Large enough for most nodes' text, small enough to come from malloc's per-thread cache.
        content = ContentCollector(resolver: resolver, capacity: 480)
    }

    mutating func reserveCapacity(nodes nodeCount: Int, edges edgeCount: Int) {
        nodes.reserveCapacity(nodeCount)
        edges.reserveCapacity(edgeCount)
    }

    /// `t2.s1`, or `t2.info` for a task without steps.
    static func firstNodeID(task number: Int, hasSteps: Bool) -> String {
        let taskID = NodeID.task(number)
        return hasSteps ? NodeID.step(task: taskID, step: 1) : NodeID.info(task: taskID)
    }

    /// The readable text of blocks that are no node's (the article's introduction).
    mutating func text(of blocks: ArraySlice<Block>) -> String {
        content.reset()
        content.add(blocks)
        return content.text
    }

    /// A references section: its links in document order.
    mutating func referenceSection(_ section: TaskSection, span: (Int, SourceRange) -> SourceSpan) -> ReferenceSection {
        content.reset(for: .references)
        content.add(section.blocks)
        var out = ReferenceSection(title: section.title, range: section.range ?? .unknown, links: content.links,
                                   blocks: section.blocks.filter(ArticleSections.isVisible))
        out.covers = (section.headingIndex.map { [span($0, section.range ?? .unknown)] } ?? []) + StepLayout.covers(section.blocks, span)
        return out
    }

    mutating func addTask(_ section: TaskSection, layout: StepLayout, number: Int, span: (Int, SourceRange) -> SourceSpan) {
        let taskID = NodeID.task(number)
        var task = StepTask(id: taskID, title: section.title, group: section.group, steps: [], range: section.range)
        if let g = section.groupIndex, let r = section.groupRange { task.headingCovers.append(span(g, r)) }
        if let h = section.headingIndex, let r = section.range { task.headingCovers.append(span(h, r)) }

        if layout.steps.isEmpty {
            content.reset()
            content.add(section.blocks)
            var range: SourceRange? = section.range
            if let first = section.blocks.first, let last = section.blocks.last {
                range = SourceRange(start: first.range.start, end: last.range.end)
            }
            let id = NodeID.info(task: taskID)
            task.steps = [id]
            addContentNode(id: id, kind: .info, task: taskID, next: "end", blocks: Array(section.blocks), range: range,
                           covers: StepLayout.covers(section.blocks, span))
        } else {
            content.reset()
            content.add(layout.intro)
            task.intro = content.text
            task.callouts = content.callouts
            task.introBlocks = Array(layout.intro)
            task.introCovers = StepLayout.covers(layout.intro, span)
            let closingID = layout.closing.isEmpty ? nil : NodeID.closing(task: taskID)
            if !layout.trailing.isEmpty {
                content.reset(for: .references)
                content.add(layout.trailing)
                task.references = content.links
            }
            task.referenceBlocks = Array(layout.closing)

            let count = layout.steps.count
            task.steps.reserveCapacity(count + 1)
            var id = NodeID.step(task: taskID, step: 1)
            for (j, step) in layout.steps.enumerated() {
                let next = j + 1 < count ? NodeID.step(task: taskID, step: j + 2) : closingID ?? "end"
                content.reset()
                content.add(step.blocks)
                task.steps.append(id)
                addContentNode(id: id, kind: .step, task: taskID, stepNumber: j + 1, stepCount: count, next: next,
                               blocks: step.blocks, range: step.range, covers: step.covers)
                id = next
            }
            if let closingID, let first = layout.closing.first, let last = layout.closing.last {
                content.reset()
                content.add(layout.closing)
                task.steps.append(closingID)
                addContentNode(id: closingID, kind: .closing, task: taskID, next: "end", blocks: task.referenceBlocks,
                               range: SourceRange(start: first.range.start, end: last.range.end), covers: StepLayout.covers(layout.closing, span))
            }
        }
        tasks.append(task)
    }

    /// A task's node from what `content` collected, after its outgoing edges: `next` first,
    /// then its link edges.
    private mutating func addContentNode(id: String, kind: StepNode.Kind, task: String, stepNumber: Int? = nil,
                                         stepCount: Int? = nil, next: String, blocks: [Block], range: SourceRange?,
                                         covers: [SourceSpan]) {
        let callouts = content.callouts, links = content.links, text = content.text
        edges.append(StepEdge(from: id, to: next, kind: .next))
        if !callouts.isEmpty || !links.isEmpty { addLinkEdges(from: id, callouts: callouts, links: links) }
        nodes.append(StepNode(id: id, kind: kind, task: task, stepNumber: stepNumber, stepCount: stepCount,
                              text: text, callouts: callouts, links: links, blocks: blocks, range: range, covers: covers))
    }

    /// A link in a callout is the way out when the step does not work as written (`escape`);
    /// a link in the step itself to another known article is a detour the wizard can take (`jump`).
    private mutating func addLinkEdges(from id: String, callouts: [FlowCallout], links: [FlowLink]) {
        let firstEdge = edges.count
        func add(_ link: FlowLink, _ kind: StepEdge.Kind) {
            guard !link.isInPage, link.target != articleSlug else { return }
            let to = externalID(for: link)
            // One edge per kind and destination: this node's link edges so far are the ones to check.
            if !edges[firstEdge...].contains(where: { $0.kind == kind && $0.to == to }) {
                edges.append(StepEdge(from: id, to: to, kind: kind, label: link.text))
            }
        }
        for callout in callouts { for link in callout.links { add(link, .escape) } }
        for link in links where link.target != nil { add(link, .jump) }
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
