import StepwiseArticle

/// How one task's blocks divide into introduction, steps and references.
///
/// Introduction and references are slices of the task's blocks, and a step's blocks are its
/// list item's own array: nothing is copied unless blocks are attached to a step.
struct StepLayout {
    struct Step {
        var blocks: [Block]
        /// The list item's range: attached blocks are content of the step, not where it is.
        var range: SourceRange
    }

    var intro: ArraySlice<Block> = []
    /// Empty when the task has no list: then it is one info node.
    var steps: [Step] = []
    var after: ArraySlice<Block> = []

    init(_ blocks: ArraySlice<Block>) {
        guard let first = blocks.firstIndex(where: { Self.list($0, ordered: true) != nil })
                ?? blocks.firstIndex(where: { Self.list($0, ordered: false) != nil }),
              let list = Self.list(blocks[first], ordered: nil)
        else { return }

        intro = blocks[..<first]
        steps = list.items.map { Step(blocks: $0.children, range: $0.range) }

        // Machine translation breaks numbered lists at mis-indented content; cmark then starts a
        // new list at `3.`. A list numbered on from the previous one continues the sequence, and
        // what stood between belongs to the step before it. Numbers follow the source (a list
        // starting at 3 continues at 3 + count), so a fresh `1.` list never continues.
        var expected: Int? = if case .ordered(let start) = list.kind { start + list.items.count } else { nil }
        var pending = first + 1
        for i in (first + 1)..<blocks.endIndex {
            guard let next = expected, let more = Self.list(blocks[i], ordered: true),
                  case .ordered(let start) = more.kind, start == next
            else { continue }
            attach(blocks[pending..<i])
            pending = i + 1
            steps += more.items.map { Step(blocks: $0.children, range: $0.range) }
            expected = start + more.items.count
        }

        // A callout right after the last item is almost always an alert that lost its indent
        // (alerts sit in list items with four spaces in these articles), or a remark on the
        // steps just done: either way it is read with the last step, and a link in it is that
        // step's way out. Callouts further on, past other content, stay with the references.
        var k = pending
        while k < blocks.endIndex, case .callout = blocks[k] { k += 1 }
        attach(blocks[pending..<k])
        after = blocks[k...]
    }

    /// Appends blocks to the last step; appending none leaves its array shared with the article.
    private mutating func attach(_ blocks: ArraySlice<Block>) {
        if !blocks.isEmpty { steps[steps.count - 1].blocks += blocks }
    }

    /// The block as a non-empty list of the wanted kind (`nil`: either kind).
    static func list(_ block: Block, ordered: Bool?) -> ListBlock? {
        guard case .list(let l) = block, !l.items.isEmpty else { return nil }
        if let ordered, l.isOrdered != ordered { return nil }
        return l
    }
}
