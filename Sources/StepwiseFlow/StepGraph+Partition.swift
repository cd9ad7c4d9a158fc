import StepwiseArticle

extension StepGraph {
    /// Every source range the graph shows, by place, in walk order: the overview, each task's
    /// heading and introduction, each node's share, then the references sections.
    public var places: [(place: String, covers: [SourceRange])] {
        var out: [(place: String, covers: [SourceRange])] = []
        if !article.overviewBlocks.isEmpty { out.append(("overview", article.overviewBlocks.map(\.range))) }
        var group: SourceRange?
        for task in tasks {
            var heading = [SourceRange]()
            // A group heading is shown with each of its tasks, but is one place: its first task's.
            if let g = task.groupRange, g != group { heading.append(g) }
            group = task.groupRange
            if let r = task.range { heading.append(r) }
            out.append((task.id + ".intro", heading + task.introBlocks.filter(ArticleSections.isVisible).map(\.range)))
            for id in task.steps { if let node = node(id) { out.append((id, node.covers)) } }
        }
        for (i, section) in references.enumerated() {
            out.append(("references.\(i + 1)", [section.range] + section.blocks.map(\.range)))
        }
        return out
    }

    /// `validate()`, and whether the graph is a partition of `article`: every visible top-level
    /// block (includes spliced in; raw HTML and rules aside) is shown by exactly one place, a
    /// numbered list possibly item by item, and each place keeps document order. The title
    /// heading, shown as every screen's title, needs no place.
    public func validate(against article: Article) -> [GraphIssue] {
        var issues = validate()
        // Each visible block (and each item of a list) gets its reading position.
        var order: [SourceRange: [Int]] = [:]
        var expected: [(range: SourceRange, items: [SourceRange], position: Int)] = []
        var position = 0
        func visit(_ blocks: [Block], top: Bool) {
            for (i, block) in blocks.enumerated() {
                if case .include(let inc) = block { visit(inc.children, top: false); continue }
                guard ArticleSections.isVisible(block) else { continue }
                if top, i == 0, ArticleSections.isTitleHeading(block, title: self.article.title) { continue }
                var items: [SourceRange] = []
                order[block.range, default: []].append(position); position += 1
                if case .list(let l) = block {
                    for item in l.items { items.append(item.range); order[item.range, default: []].append(position); position += 1 }
                }
                expected.append((block.range, items, position))
            }
        }
        visit(article.blocks, top: true)

        var seen: [SourceRange: Int] = [:]
        for place in places {
            var last = -1
            for range in place.covers {
                seen[range, default: 0] += 1
                if seen[range] == 2 { issues.append(GraphIssue(.repeatedBlock, node: place.place, arguments: Self.at(range))) }
                let here = order[range]?.first(where: { $0 > last }) ?? order[range]?.first ?? last
                if here < last { issues.append(GraphIssue(.outOfOrder, node: place.place, arguments: Self.at(range))) }
                last = max(last, here)
            }
        }
        for block in expected where seen[block.range] == nil {
            if !block.items.isEmpty, block.items.allSatisfy({ seen[$0] != nil }) { continue }
            issues.append(GraphIssue(.unplacedBlock, arguments: Self.at(block.range)))
        }
        return issues
    }

    private static func at(_ range: SourceRange) -> [String: String] {
        ["line": String(range.start.line), "column": String(range.start.column)]
    }
}
