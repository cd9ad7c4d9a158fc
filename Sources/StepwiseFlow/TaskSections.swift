import StepwiseArticle

/// A task heading and the top-level blocks up to the next task heading.
struct TaskSection {
    var title: String
    var group: String?
    var range: SourceRange?
    var blocks: [Block]
}

/// An article cut at its task headings: what comes before the first one, and the tasks.
struct ArticleSections {
    var intro: [Block] = []
    var tasks: [TaskSection] = []

    /// Task headings are `##`/`###` headings and paragraphs that are one bold run (how
    /// machine-translated help articles write them). `#` headings are the title and dropped.
    /// Top-level includes are spliced in, so a procedure kept in an include still yields steps
    /// (their blocks' ranges then point into the include's file).
    init(_ blocks: [Block]) {
        var headings: [(title: String, level: Int, range: SourceRange)] = []
        var bodies: [[Block]] = []
        var intro: [Block] = []

        func visit(_ blocks: [Block]) {
            for block in blocks {
                if case .include(let inc) = block { visit(inc.children); continue }
                if case .heading(let h) = block, h.level == 1 { continue }
                if let heading = Self.taskHeading(block) {
                    headings.append(heading)
                    bodies.append([])
                } else if bodies.isEmpty {
                    intro.append(block)
                } else {
                    bodies[bodies.count - 1].append(block)
                }
            }
        }
        visit(blocks)
        self.intro = intro

        // An empty section is no task. An empty `##` groups the tasks under it until the next `##`.
        var group: String?
        for (heading, body) in zip(headings, bodies) {
            let empty = !body.contains(where: Self.isVisible)
            if heading.level == 2 { group = empty ? heading.title : nil }
            if empty { continue }
            tasks.append(TaskSection(title: heading.title, group: heading.level == 2 ? nil : group,
                                     range: heading.range, blocks: body))
        }
    }

    /// Title, level (a bold paragraph counts as level 4: below any heading) and range of a task heading.
    static func taskHeading(_ block: Block) -> (title: String, level: Int, range: SourceRange)? {
        switch block {
        case .heading(let h) where h.level == 2 || h.level == 3:
            return (normalizedSpace(h.inlines.plainText), h.level, h.range)
        case .paragraph(let p):
            var strong: Strong?
            for inline in p.inlines {
                switch inline {
                case .strong(let s):
                    if strong != nil { return nil }
                    strong = s
                case .text(let t) where t.string.allSatisfy(\.isWhitespace): continue
                case .softBreak, .lineBreak: continue
                default: return nil
                }
            }
            guard let s = strong else { return nil }
            let title = normalizedSpace(s.children.plainText)
            return title.isEmpty ? nil : (title, 4, p.range)
        default:
            return nil
        }
    }

    /// Raw HTML (mostly comments and `<br>`) and rules show nothing a walkthrough could present.
    static func isVisible(_ block: Block) -> Bool {
        switch block {
        case .html, .thematicBreak: false
        default: true
        }
    }
}
