import StepwiseArticle

extension StepGraph {
    /// Every part of the source the graph shows, by place, in walk order: the overview, each
    /// task's headings and introduction, each node's share, then the references sections.
    public var places: [(place: String, covers: [SourceSpan])] {
        var out: [(place: String, covers: [SourceSpan])] = []
        if !article.overviewCovers.isEmpty { out.append(("overview", article.overviewCovers)) }
        for task in tasks {
            // A group heading is shown with each of its tasks, but is one place: its first task's
            // (`headingCovers` holds it there only).
            out.append((task.id + ".intro", task.headingCovers + task.introCovers))
            for id in task.steps { if let node = node(id) { out.append((id, node.covers)) } }
        }
        for (i, section) in references.enumerated() { out.append(("references.\(i + 1)", section.covers)) }
        return out
    }

    /// `validate()`, and whether the graph is a partition of `article`: every visible top-level
    /// block (includes spliced in; raw HTML and rules aside) is shown by exactly one place, a
    /// numbered list possibly item by item, and each place keeps document order. The title
    /// heading, shown as every screen's title, needs no place. Blocks are told apart by file
    /// and range, so an included file's line 7 is not the article's.
    public func validate(against article: Article) -> [GraphIssue] {
        var issues = validate()
        // Each visible block (and each item of a list) gets its reading position.
        var order: [SourceSpan: [Int]] = [:]
        var expected: [(span: SourceSpan, items: [SourceSpan])] = []
        var position = 0
        func visit(_ blocks: [Block], top: Bool, file: String?) {
            for (i, block) in blocks.enumerated() {
                if case .include(let inc) = block { visit(inc.children, top: false, file: inc.path); continue }
                guard ArticleSections.isVisible(block) else { continue }
                if top, i == 0, ArticleSections.isTitleHeading(block, title: self.article.title) { continue }
                let span = SourceSpan(file: file, range: block.range)
                var items: [SourceSpan] = []
                order[span, default: []].append(position); position += 1
                if case .list(let l) = block {
                    for item in l.items {
                        let itemSpan = SourceSpan(file: file, range: item.range)
                        items.append(itemSpan)
                        order[itemSpan, default: []].append(position); position += 1
                    }
                }
                expected.append((span, items))
            }
        }
        visit(article.blocks, top: true, file: nil)

        var seen: [SourceSpan: Int] = [:]
        var shownBy: [SourceSpan: String] = [:]
        for place in places {
            var last = -1
            for span in place.covers {
                seen[span, default: 0] += 1
                shownBy[span] = place.place
                let here = order[span]?.first(where: { $0 > last }) ?? order[span]?.first ?? last
                if here < last { issues.append(GraphIssue(.outOfOrder, node: place.place, arguments: Self.at(span))) }
                last = max(last, here)
            }
        }
        // Each occurrence in the reading order takes one showing.
        var unused = seen
        func take(_ span: SourceSpan) -> Bool {
            guard let n = unused[span], n > 0 else { return false }
            unused[span] = n - 1
            return true
        }
        for block in expected {
            if take(block.span) { continue }
            if !block.items.isEmpty {
                // Item by item; the items that are shown are placed even when one is lost.
                let all = block.items.map(take).allSatisfy { $0 }
                if all { continue }
            }
            issues.append(GraphIssue(.unplacedBlock, arguments: Self.at(block.span)))
        }
        // What is left was shown more often than the reading order holds it (the same include
        // twice holds its blocks twice; a one-item list and its item share one range).
        for (span, count) in unused.sorted(by: { ($0.key.range.start, $0.key.file ?? "") < ($1.key.range.start, $1.key.file ?? "") })
        where count > 0 {
            issues.append(GraphIssue(.repeatedBlock, node: shownBy[span], arguments: Self.at(span)))
        }
        return issues
    }

    /// The block's place for a message; an included file is named.
    private static func at(_ span: SourceSpan) -> [String: String] {
        var args = ["line": String(span.range.start.line), "column": String(span.range.start.column)]
        if let file = span.file { args["file"] = file }
        return args
    }
}
