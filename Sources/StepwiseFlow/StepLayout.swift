import StepwiseArticle

/// How one task's blocks divide into introduction, steps and closing. Every block lands in
/// exactly one of them, in document order: the walk shows all of a section.
///
/// Introduction and closing are slices of the task's blocks, and a step's blocks are its list
/// item's own array: nothing is copied unless blocks are attached to a step.
struct StepLayout {
    struct Step {
        var blocks: [Block]
        /// The list item's range: attached blocks are content of the step, not where it is.
        var range: SourceRange
        /// Every part of the source the step shows: blocks attached before, the item, blocks after.
        var covers: [SourceSpan]
    }

    var intro: ArraySlice<Block> = []
    /// Empty when the task has no procedure: then it is one info node.
    var steps: [Step] = []
    /// What follows the last step and is not shown on its screen: a closing node of its own.
    var closing: ArraySlice<Block> = []
    /// What follows the steps past the callouts that go with the last one, whether shown on the
    /// last step's screen or as the closing node: its links are the task's references.
    var trailing: ArraySlice<Block> = []

    /// Whether the blocks hold a numbered procedure (what makes an article's opening a task).
    static func hasNumberedProcedure(_ blocks: ArraySlice<Block>) -> Bool {
        !procedureLists(blocks).isEmpty
    }

    /// Where the block at a reading-order index is (`ArticleSections.span`).
    private let span: (Int, SourceRange) -> SourceSpan

    init(_ blocks: ArraySlice<Block>, span: @escaping (Int, SourceRange) -> SourceSpan) {
        self.span = span
        var runs = Self.procedureLists(blocks)
        if runs.isEmpty, let bullets = blocks.firstIndex(where: { block in
            if case .list(let l) = block { SectionShape.isBulletProcedure(l) } else { false }
        }) {
            runs = [(bullets, continues: false)]
        }
        guard let first = runs.first else { return }
        intro = blocks[..<first.index]

        // Machine translation breaks numbered lists at mis-indented content; cmark then starts a
        // new list at `3.`. A list numbered on from the previous one continues the sequence, and
        // what stood between belongs to the step before it. A list numbered afresh is the next
        // run of steps (the count goes on), and what stood between introduces it: it is shown on
        // that run's first step.
        var previousEnd = first.index
        for (k, run) in runs.enumerated() {
            guard case .list(let list) = blocks[run.index] else { continue }
            var prefix: ArraySlice<Block> = []
            if k > 0 {
                let between = blocks[(previousEnd + 1)..<run.index]
                if run.continues { attach(between) } else { prefix = between }
            }
            for (j, item) in list.items.enumerated() {
                var step = Step(blocks: item.children, range: item.range, covers: [span(run.index, item.range)])
                if j == 0, !prefix.isEmpty {
                    step.blocks = Array(prefix) + step.blocks
                    step.covers = Self.covers(prefix, span) + step.covers
                }
                steps.append(step)
            }
            previousEnd = run.index
        }

        // A callout right after the last item is almost always an alert that lost its indent
        // (alerts sit in list items with four spaces in these articles), or a remark on the
        // steps just done: either way it is read with the last step, and a link in it is that
        // step's way out. A closing of one paragraph ("To learn more, see …") or one heading is read there too,
        // rather than on a screen of its own; anything longer is the task's closing node.
        var k = previousEnd + 1
        while k < blocks.endIndex, case .callout = blocks[k] { k += 1 }
        attach(blocks[(previousEnd + 1)..<k])
        let rest = blocks[k...]
        trailing = rest
        let visible = rest.filter(ArticleSections.isVisible)
        if visible.isEmpty || (visible.count == 1 && Self.isShortClosing(visible[0])) {
            attach(rest)
        } else {
            closing = rest
        }
    }

    /// One paragraph, or a heading left without a section of its own, reads well below the step.
    private static func isShortClosing(_ block: Block) -> Bool {
        switch block {
        case .paragraph, .heading: true
        default: false
        }
    }

    /// Appends blocks to the last step; appending none leaves its array shared with the article.
    private mutating func attach(_ blocks: ArraySlice<Block>) {
        guard !blocks.isEmpty else { return }
        steps[steps.count - 1].blocks += blocks
        steps[steps.count - 1].covers += Self.covers(blocks, span)
    }

    /// Where the visible blocks are: a place's share of the partition.
    static func covers(_ blocks: ArraySlice<Block>, _ span: (Int, SourceRange) -> SourceSpan) -> [SourceSpan] {
        blocks.indices.compactMap { ArticleSections.isVisible(blocks[$0]) ? span($0, blocks[$0].range) : nil }
    }

    /// The numbered lists that are steps, in order, each with whether it continues the
    /// numbering of the run before it.
    ///
    /// A list numbered on from a run (`3.` after `1.`–`2.`) continues it, and every list between
    /// them is content of the step before (a mis-indented sub-list) — unless that list is what
    /// the later one numbers on from. Any other list starts a new run, but a one-item list
    /// numbered above 1 that continues nothing is prose cmark read as a list (`2018. gada …`,
    /// `21. aprīlī …`): it stays a block, shown with its number as written.
    static func procedureLists(_ blocks: ArraySlice<Block>) -> [(index: Int, continues: Bool)] {
        var lists: [(index: Int, start: Int, count: Int)] = []
        for i in blocks.indices {
            if case .list(let l) = blocks[i], case .ordered(let start) = l.kind, !l.items.isEmpty {
                lists.append((i, start, l.items.count))
            }
        }
        var runs: [(index: Int, continues: Bool)] = []
        var k = 0
        while k < lists.count {
            let first = lists[k]
            k += 1
            guard first.count >= 2 || first.start <= 1 else { continue }
            runs.append((first.index, false))
            var expected = first.start + first.count
            while let j = lists[k...].firstIndex(where: { $0.start == expected }),
                  !lists[k..<j].contains(where: { $0.start + $0.count == expected }) {
                runs.append((lists[j].index, true))
                expected = lists[j].start + lists[j].count
                k = j + 1
            }
        }
        return runs
    }
}
