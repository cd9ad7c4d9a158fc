import StepwiseArticle

/// One walk over a node's blocks gathers everything the graph needs from them: readable
/// text, links and callouts. Walking once per node keeps the builder linear in article size,
/// and the text goes straight into one byte buffer (building it is most of the builder's cost).
///
/// A builder keeps one collector and `reset`s it between nodes, so the text buffer's storage
/// is reused instead of grown anew for each node.
struct ContentCollector {
    /// What a walk is for decides what it keeps.
    enum Purpose {
        /// A node or an introduction: text, callouts, and the links outside callouts.
        case node
        /// A task's references: callouts, and every link in document order. Text is not
        /// copied outside links: link and callout texts do not depend on what surrounds them.
        case references
        /// A callout's body: text, and every link in document order.
        case callout
    }

    let resolver: LinkResolver
    private var buffer: TextBuffer
    private var purpose: Purpose
    private var linkDepth = 0
    /// Links outside callouts for `.node`; every link, callouts' included, otherwise.
    private(set) var links: [FlowLink] = []
    private(set) var callouts: [FlowCallout] = []

    init(resolver: LinkResolver, purpose: Purpose = .node, capacity: Int = 0) {
        self.resolver = resolver
        self.purpose = purpose
        buffer = TextBuffer(capacity: capacity)
    }

    mutating func reset(for purpose: Purpose = .node) {
        buffer.reset()
        self.purpose = purpose
        links = []
        callouts = []
    }

    /// One line per paragraph, heading, code block or table row, whitespace collapsed.
    var text: String { buffer.string }

    mutating func add(_ blocks: [Block]) {
        add(blocks[...])
    }

    /// Switching on each element in place, rather than on a copy handed to a function, copies
    /// only the payload a case binds: a whole `Block` copy retains every reference it holds.
    mutating func add(_ blocks: ArraySlice<Block>) {
        for index in blocks.indices {
            switch blocks[index] {
            case .heading(let h): addLine(h.inlines)
            case .paragraph(let p): addLine(p.inlines)
            case .list(let l): for item in l.items { add(item.children) }
            case .blockQuote(let q): add(q.children)
            case .include(let i): add(i.children)
            case .codeBlock(let c):
                buffer.newLine()
                if wantsText { buffer.append(c.code) }
            case .table(let t):
                addRow(t.header)
                for row in t.rows { addRow(row) }
            case .callout(let c): addCallout(c)
            case .html, .thematicBreak, .video: break
            }
        }
    }

    private mutating func addCallout(_ c: Callout) {
        // Nested callouts are folded into the outer one: a walkthrough shows one box.
        var inner = ContentCollector(resolver: resolver, purpose: .callout)
        inner.add(c.children)
        for nested in inner.callouts where !nested.text.isEmpty {
            inner.buffer.newLine()
            inner.buffer.append(nested.text)
        }
        callouts.append(FlowCallout(kind: c.kind, text: inner.text, links: inner.links))
        if purpose != .node { links += inner.links }
    }

    private var wantsText: Bool { purpose != .references || linkDepth > 0 }

    private mutating func addLine(_ inlines: [Inline]) {
        buffer.newLine()
        appendInlines(inlines)
    }

    private mutating func addRow(_ cells: [TableCell]) {
        guard !cells.isEmpty else { return }
        buffer.newLine()
        for (i, cell) in cells.enumerated() {
            if i > 0 && wantsText { buffer.append(" | ") }
            appendInlines(cell.inlines)
        }
    }

    /// Plain text as `Sequence<Inline>.plainText` gives it, collecting links on the way.
    private mutating func appendInlines(_ inlines: [Inline]) {
        for index in inlines.indices {
            switch inlines[index] {
            case .text(let t): if wantsText { buffer.append(t.string) }
            case .code(let c): if wantsText { buffer.append(c.code) }
            case .softBreak, .lineBreak: buffer.appendSpace()
            case .html: break
            case .uiPath(let p):
                for (i, segment) in p.segments.enumerated() {
                    if i > 0 && wantsText { buffer.append(" > ") }
                    appendInlines(segment.inlines)
                }
            case .link(let l):
                let mark = buffer.mark()
                linkDepth += 1
                appendInlines(l.children)
                linkDepth -= 1
                links.append(resolver.link(href: l.destination, text: buffer.string(since: mark)))
            case .emphasis(let e): appendInlines(e.children)
            case .strong(let s): appendInlines(s.children)
            case .image(let i): appendInlines(i.children)
            }
        }
    }
}
