import StepwiseArticle

/// One walk over a node's blocks gathers everything the graph needs from them: readable
/// text, links and callouts. Walking once per node keeps the builder linear in article size,
/// and the text goes straight into one byte buffer (building it is most of the builder's cost).
struct ContentCollector {
    let resolver: LinkResolver
    private var buffer = TextBuffer()
    /// Links outside callouts.
    private(set) var links: [FlowLink] = []
    private(set) var callouts: [FlowCallout] = []
    /// Every link in document order, callouts included (task references want them all).
    private(set) var allLinks: [FlowLink] = []

    init(resolver: LinkResolver) { self.resolver = resolver }

    /// One line per paragraph, heading, code block or table row, whitespace collapsed.
    var text: String { buffer.string }

    mutating func add(_ blocks: [Block]) {
        for b in blocks { add(b) }
    }

    mutating func add(_ block: Block) {
        switch block {
        case .heading(let h): addLine(h.inlines)
        case .paragraph(let p): addLine(p.inlines)
        case .list(let l): for item in l.items { add(item.children) }
        case .blockQuote(let q): add(q.children)
        case .include(let i): add(i.children)
        case .codeBlock(let c):
            buffer.newLine()
            buffer.append(c.code)
        case .table(let t):
            addRow(t.header)
            for row in t.rows { addRow(row) }
        case .callout(let c):
            // Nested callouts are folded into the outer one: a walkthrough shows one box.
            var inner = ContentCollector(resolver: resolver)
            inner.add(c.children)
            for nested in inner.callouts where !nested.text.isEmpty {
                inner.buffer.newLine()
                inner.buffer.append(nested.text)
            }
            callouts.append(FlowCallout(kind: c.kind, text: inner.text, links: inner.allLinks))
            allLinks += inner.allLinks
        case .html, .thematicBreak, .video: break
        }
    }

    private mutating func addLine(_ inlines: [Inline]) {
        buffer.newLine()
        appendInlines(inlines)
    }

    private mutating func addRow(_ cells: [TableCell]) {
        guard !cells.isEmpty else { return }
        buffer.newLine()
        for (i, cell) in cells.enumerated() {
            if i > 0 { buffer.append(" | ") }
            appendInlines(cell.inlines)
        }
    }

    /// Plain text as `Sequence<Inline>.plainText` gives it, collecting links on the way.
    private mutating func appendInlines(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let t): buffer.append(t.string)
            case .code(let c): buffer.append(c.code)
            case .softBreak, .lineBreak: buffer.appendSpace()
            case .html: break
            case .uiPath(let p):
                var first = true
                for segment in p.segments {
                    if !first { buffer.append(" > ") }
                    first = false
                    appendInlines(segment.inlines)
                }
            case .link(let l):
                let mark = buffer.mark()
                appendInlines(l.children)
                let link = resolver.link(href: l.destination, text: buffer.string(since: mark))
                links.append(link)
                allLinks.append(link)
            case .emphasis(let e): appendInlines(e.children)
            case .strong(let s): appendInlines(s.children)
            case .image(let i): appendInlines(i.children)
            }
        }
    }
}

/// Text gathered byte by byte: ASCII whitespace runs become one space, lines are trimmed and
/// joined with `\n`, empty lines vanish. No-break spaces stay: they are content.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    /// What goes before the next content byte: 0 (nothing), a space or a newline.
    private var separator: UInt8 = 0
    private var atLineStart = true

    mutating func newLine() {
        if !bytes.isEmpty { separator = 0x0A }
        atLineStart = true
    }

    mutating func appendSpace() {
        if !atLineStart && separator == 0 { separator = 0x20 }
    }

    mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    mutating func append(_ s: Substring) {
        var s = s
        s.withUTF8 { append($0) }
    }

    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = utf8.count
        while i < n {
            if Self.isSpace(utf8[i]) {
                appendSpace()
                i += 1
                continue
            }
            var j = i + 1
            while j < n && !Self.isSpace(utf8[j]) { j += 1 }
            if separator != 0 { bytes.append(separator); separator = 0 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<j]))
            atLineStart = false
            i = j
        }
    }

    @inline(__always)
    private static func isSpace(_ u: UInt8) -> Bool { u <= 0x20 && (u == 0x20 || u == 0x0A || u == 0x09 || u == 0x0D) }

    /// Where text appended from now on starts, for `string(since:)`.
    func mark() -> Int { bytes.count }

    /// The text appended since `mark`, without the separator that joined it to what came before.
    func string(since mark: Int) -> String {
        var start = mark
        if start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
        return start < bytes.count ? String(decoding: bytes[start...], as: UTF8.self) : ""
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Trims and collapses ASCII whitespace runs to one space.
func normalizedSpace(_ s: String) -> String {
    var buffer = TextBuffer()
    buffer.append(s)
    return buffer.string
}
