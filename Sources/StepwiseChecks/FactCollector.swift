import StepwiseArticle

/// One walk over blocks and inlines that files everything the checks look at.
struct FactCollector {
    var codeBlocks: [Item<String>] = []
    var tables: [ArticleFacts.TableFact] = []
    private var current = UnitFacts(id: "", task: 0, range: .unknown)
    private let text: [UInt8]?
    /// Split into lines only once a literal is found: most articles have none.
    private var lines: SourceLines?

    init(text: [UInt8]?) {
        self.text = text
    }

    mutating func unit(_ id: String, task: Int, range: SourceRange, blocks: [Block]) -> UnitFacts {
        current = UnitFacts(id: id, task: task, range: range)
        walk(blocks)
        return current
    }

    private mutating func walk(_ blocks: [Block]) {
        for block in blocks { walk(block) }
    }

    private mutating func walk(_ block: Block) {
        switch block {
        case .heading(let h): walk(h.inlines)
        case .paragraph(let p): walk(p.inlines)
        case .list(let l): for item in l.items { walk(item.children) }
        case .blockQuote(let q): walk(q.children)
        case .codeBlock(let c): codeBlocks.append(Item(key: Self.layoutFree(c.code), range: c.range))
        case .callout(let c):
            current.callouts.append(Item(key: c.kind, range: c.range))
            walk(c.children)
        case .table(let t):
            tables.append(.init(rows: t.rows.count, columns: t.header.count, range: t.range))
            for cell in t.header { walk(cell.inlines) }
            for row in t.rows { for cell in row { walk(cell.inlines) } }
        // Included blocks carry positions in another file; that file is checked on its own.
        case .html, .thematicBreak, .video, .include: break
        }
    }

    private mutating func walk(_ inlines: [Inline]) {
        scanLiterals(inlines)
        for inline in inlines {
            switch inline {
            case .strong(let s):
                current.strong.append(StrongFact(s))
                walk(s.children)
            case .emphasis(let e):
                current.emphasisCount += 1
                walk(e.children)
            case .code(let c): current.inlineCode.append(Item(key: c.code, range: c.range))
            case .link(let l):
                current.links.append(Item(key: l.destination, range: l.range))
                walk(l.children)
            case .uiPath(let p):
                current.uiPaths.append(p)
                for segment in p.segments { walk(segment.inlines) }
            case .text, .image, .softBreak, .lineBreak, .html: break
            }
        }
    }

    /// Code compared without its layout: a tab that became four spaces changes no code.
    static func layoutFree(_ code: String) -> String {
        code.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" }).joined(separator: " ")
    }

    /// Markup that machine translation broke stays as literal text: `**` that no longer pairs,
    /// `] (` of a link split by a space, `[!` of an alert that is no longer alone on its line.
    /// cmark splits text at brackets, so neighbouring text runs are read as one.
    private mutating func scanLiterals(_ inlines: [Inline]) {
        var run: [Text] = []
        func flush() {
            if !run.isEmpty {
                if lines == nil, let text { lines = SourceLines(text) }
                current.literals += MarkupLiterals.find(in: run, lines: lines)
            }
            run.removeAll(keepingCapacity: true)
        }
        for inline in inlines {
            if case .text(let t) = inline {
                // Only runs holding `*`, `]` or `[` can hold a literal; the rest are never gathered.
                if !run.isEmpty || t.string.utf8.contains(where: { $0 == 0x2A || $0 == 0x5D || $0 == 0x5B }) { run.append(t) }
            } else {
                flush()
            }
        }
        flush()
    }
}
