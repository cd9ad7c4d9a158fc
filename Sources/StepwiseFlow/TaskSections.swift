import StepwiseArticle

/// A task heading and the top-level blocks up to the next task heading.
struct TaskSection {
    var title: String
    var group: String?
    /// The group heading's range, when there is a group.
    var groupRange: SourceRange? = nil
    var range: SourceRange?
    var blocks: ArraySlice<Block>
    /// Reading-order indices of the heading and of the group heading (for `ArticleSections.span`).
    var headingIndex: Int? = nil
    var groupIndex: Int? = nil
    /// A section of links only: the article's references, not a task (`SectionShape.isReferences`).
    var isReferences = false
}

/// An article cut at its task headings: what comes before the first one, and the tasks.
///
/// Sections are slices of one block array, usually the article's own, so cutting copies no blocks.
package struct ArticleSections {
    var intro: ArraySlice<Block>
    var tasks: [TaskSection] = []
    /// The file each block of the reading order comes from, by index; nil without includes
    /// (every block is the article's own).
    private var files: [String?]?

    /// Where the block at reading-order `index` is: in an included file, or the article (nil).
    func span(_ index: Int, _ range: SourceRange) -> SourceSpan {
        SourceSpan(file: files?[index] ?? nil, range: range)
    }

    /// Task headings are `##`/`###` headings and paragraphs that are one bold run (how
    /// machine-translated help articles write them). A `#` heading opening the article is its
    /// title and shown as such when it says what `title` says; any other stays a block, so its
    /// words are walked. Top-level includes are spliced in, so a procedure kept in an include
    /// still yields steps (their blocks' ranges then point into the include's file).
    init(_ blocks: [Block], title: String) {
        let (flat, files) = Self.readingOrder(blocks, title: title)
        self.files = files
        var headings: [(title: String, level: Int, range: SourceRange, index: Int)] = []
        for i in flat.indices {
            if let h = Self.taskHeading(flat[i]) { headings.append((h.title, h.level, h.range, i)) }
        }
        intro = flat[flat.startIndex..<(headings.first?.index ?? flat.endIndex)]
        guard !headings.isEmpty else { return }
        tasks.reserveCapacity(headings.count)

        // An empty section is no task. An empty `##` over `###` or bold-paragraph tasks names
        // their group until the next `##`. Any other empty heading, and a group heading none of
        // whose tasks is walked as a task, is still shown: it ends the place before it (the last
        // section, or the opening), which keeps document order.
        // `shown`: the group heading already has its place (as its first task's heading, or as
        // a block of the place before it), so no later task shows it again.
        var group: (title: String, range: SourceRange, index: Int, place: Int, shown: Bool)?
        /// Extends section `place` (-1: the opening) to the heading at `index`, which follows
        /// it: sections stay slices of the reading order, in document order.
        func show(_ index: Int, in place: Int) {
            if place < 0 {
                intro = flat[intro.startIndex...max(index, intro.endIndex - 1)]
            } else {
                tasks[place].blocks = flat[tasks[place].blocks.startIndex...max(index, tasks[place].blocks.endIndex - 1)]
                tasks[place].isReferences = SectionShape.isReferences(tasks[place].blocks)
            }
            // Extending the place the pending group heading follows takes that heading in too.
            if let g = group, !g.shown, g.place == place, g.index < index { group?.shown = true }
        }
        func closeGroup() {
            if let g = group, !g.shown { show(g.index, in: g.place) }
            group = nil
        }
        for (k, heading) in headings.enumerated() {
            let end = k + 1 < headings.count ? headings[k + 1].index : flat.endIndex
            let body = flat[(heading.index + 1)..<end]
            if heading.level == 2 { closeGroup() }
            if !body.contains(where: Self.isVisible) {
                if heading.level == 2, k + 1 < headings.count, headings[k + 1].level > 2 {
                    group = (heading.title, heading.range, heading.index, tasks.count - 1, false)
                } else {
                    show(heading.index, in: tasks.count - 1)
                }
                continue
            }
            let isReferences = SectionShape.isReferences(body)
            // A references section is listed under its own title only, so it names no group.
            let grouped = heading.level == 2 || isReferences ? nil : group
            tasks.append(TaskSection(title: heading.title, group: grouped?.title, groupRange: grouped?.range,
                                     range: heading.range, blocks: body, headingIndex: heading.index,
                                     groupIndex: grouped.flatMap { $0.shown ? nil : $0.index }, isReferences: isReferences))
            if grouped != nil { group?.shown = true }
        }
        closeGroup()
    }

    /// The top-level blocks with includes spliced in and the title heading dropped; task
    /// headings stay, as the boundaries between sections. Without includes (the common case)
    /// that is a slice of `blocks` itself.
    static func readingOrder(_ blocks: [Block], title: String) -> (blocks: ArraySlice<Block>, files: [String?]?) {
        var start = blocks.startIndex
        if let first = blocks.first, isTitleHeading(first, title: title) { start += 1 }
        let rest = blocks[start...]
        guard rest.contains(where: isInclude) else { return (rest, nil) }
        var flat: [Block] = [], files: [String?] = []
        flat.reserveCapacity(blocks.count)
        func visit(_ blocks: ArraySlice<Block>, file: String?) {
            for block in blocks {
                if case .include(let inc) = block { visit(inc.children[...], file: inc.path); continue }
                flat.append(block)
                files.append(file)
            }
        }
        visit(rest, file: nil)
        return (flat[...], files)
    }

    /// A `#` heading that says what the screens' title says (whitespace aside).
    package static func isTitleHeading(_ block: Block, title: String) -> Bool {
        guard case .heading(let h) = block, h.level == 1 else { return false }
        return normalizedPlainText(h.inlines) == title
    }

    private static func isInclude(_ block: Block) -> Bool {
        if case .include = block { true } else { false }
    }

    /// Title, level (a bold paragraph counts as level 4: below any heading) and range of a task heading.
    /// Inlined so callers switch on array elements in place instead of copying whole blocks.
    @inline(__always)
    static func taskHeading(_ block: Block) -> (title: String, level: Int, range: SourceRange)? {
        switch block {
        case .heading(let h) where h.level == 2 || h.level == 3:
            return (normalizedPlainText(h.inlines), h.level, h.range)
        case .paragraph(let p):
            guard let s = soleStrong(p.inlines) else { return nil }
            let title = normalizedPlainText(s.children)
            return title.isEmpty ? nil : (title, 4, p.range)
        default:
            return nil
        }
    }

    /// The one bold run of inlines that hold nothing else but whitespace.
    private static func soleStrong(_ inlines: [Inline]) -> Strong? {
        var strong: Strong?
        for index in inlines.indices {
            switch inlines[index] {
            case .strong(let s):
                if strong != nil { return nil }
                strong = s
            case .text(let t) where isBlank(t.string): continue
            case .softBreak, .lineBreak: continue
            default: return nil
            }
        }
        return strong
    }

    /// `allSatisfy(\.isWhitespace)`, settled by the bytes while they are ASCII: a `Character` is
    /// whitespace by its first scalar, and among ASCII bytes each starts a `Character` (but LF
    /// after CR, which is whitespace either way). Past the first non-ASCII byte, ask `Character`.
    static func isBlank(_ s: Substring) -> Bool {
        for u in s.utf8 {
            if u >= 0x80 { return s.allSatisfy(\.isWhitespace) }
            if u != 0x20 && !(0x09...0x0D).contains(u) { return false }
        }
        return true
    }

    /// Raw HTML (mostly comments and `<br>`) and rules show nothing a walkthrough could present.
    static func isVisible(_ block: Block) -> Bool {
        switch block {
        case .html, .thematicBreak: false
        default: true
        }
    }
}
