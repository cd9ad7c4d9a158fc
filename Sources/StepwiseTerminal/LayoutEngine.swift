import StepwiseArticle

/// One render pass. It owns the numbering of links, so a pass is one article or one
/// wizard step: the same URL gets the same footnote number within it.
struct LayoutEngine {
    let strings: RenderStrings
    let color: Bool
    /// OSC 8 links are escapes too, so they need colour on as well as being asked for.
    let hyperlinksEnabled: Bool

    private(set) var hyperlinkTargets: [String] = []
    private var hyperlinkIDs: [String: Int] = [:]
    private(set) var footnotes: [String] = []
    private var footnoteIDs: [String: Int] = [:]
    var listDepth = 0

    init(strings: RenderStrings, color: Bool, hyperlinks: Bool) {
        self.strings = strings
        self.color = color
        self.hyperlinksEnabled = color && hyperlinks
    }

    var writer: ANSIWriter { ANSIWriter(color: color, hyperlinks: hyperlinkTargets) }

    mutating func hyperlinkID(_ target: String) -> Int {
        if let id = hyperlinkIDs[target] { return id }
        hyperlinkTargets.append(target)
        hyperlinkIDs[target] = hyperlinkTargets.count - 1
        return hyperlinkTargets.count - 1
    }

    /// The 1-based footnote number for a URL (already sanitized).
    mutating func footnoteNumber(_ url: String) -> Int {
        if let n = footnoteIDs[url] { return n }
        footnotes.append(url)
        footnoteIDs[url] = footnotes.count
        return footnotes.count
    }

    // MARK: Blocks

    /// Blocks one after another, a blank line between them unless `tight` (the children
    /// of a tight list item).
    mutating func layout(_ blocks: [Block], width: Int, tight: Bool = false) -> [Line] {
        var out: [Line] = []
        for block in blocks {
            let lines: [Line]
            if case .include(let inc) = block {
                lines = layout(inc.children, width: width, tight: tight)
            } else {
                lines = layout(block, width: width)
            }
            if lines.isEmpty { continue }
            if !out.isEmpty, !tight { out.append([]) }
            out += lines
        }
        return out
    }

    mutating func layout(_ block: Block, width: Int) -> [Line] {
        switch block {
        case .heading(let h): return heading(h.inlines, level: h.level, width: width)
        case .paragraph(let p): return Wrapper.wrap(pieces(p.inlines), width: width)
        case .list(let l): return list(l, width: width)
        case .blockQuote(let q): return quote(q.children, width: width)
        case .codeBlock(let c): return codeBlock(c)
        case .html: return []
        case .thematicBreak: return [Glyph.repeated("─", count: max(1, width), style: Theme.rule)]
        case .callout(let c): return callout(c, width: width)
        case .table(let t): return table(t, width: width)
        case .video(let v): return video(v, width: width)
        case .include(let i): return layout(i.children, width: width)
        }
    }

    /// Styled with colour; without it, ruled underneath so it still stands out.
    mutating func heading(_ inlines: [Inline], level: Int, width: Int) -> [Line] {
        var lines = Wrapper.wrap(pieces(inlines, style: Theme.heading(level: level)), width: width)
        if lines.isEmpty { return [] }
        if !color {
            let w = min(width, lines.map(\.width).max() ?? 0)
            lines.append(Glyph.repeated(level == 1 ? "═" : "─", count: max(1, w)))
        }
        return lines
    }

    static let bullets: [Character] = ["•", "◦", "▪"]

    /// Markers hang: continuation lines start under the item's text, and numbers are
    /// right-aligned so `9.` and `10.` items line up.
    mutating func list(_ l: ListBlock, width: Int) -> [Line] {
        let markers: [String]
        switch l.kind {
        case .bullet:
            let bullet = Self.bullets[listDepth % Self.bullets.count]
            markers = Array(repeating: String(bullet), count: l.items.count)
        case .ordered(let start):
            markers = l.items.indices.map { "\(start &+ $0)." }
        }
        let markerWidth = markers.map { DisplayWidth.of($0) }.max() ?? 1
        let hang = markerWidth + 1
        listDepth += 1
        defer { listDepth -= 1 }

        var out: [Line] = []
        for (item, marker) in zip(l.items, markers) {
            let body = layout(item.children, width: width - hang, tight: l.isTight)
            let m = Glyph.run(marker, style: Theme.listMarker)
            let first = Glyph.repeated(" ", count: markerWidth - m.width) + m + [Glyph(" ")]
            if !out.isEmpty, !l.isTight { out.append([]) }
            out += prefixed(body.isEmpty ? [[]] : body, first: first, rest: Glyph.repeated(" ", count: hang))
        }
        return out
    }

    mutating func quote(_ children: [Block], width: Int) -> [Line] {
        let body = layout(children, width: width - 2)
        let gutter = [Glyph("│", style: Theme.gutter), Glyph(" ")]
        return prefixed(body, first: gutter, rest: gutter)
    }

    /// Kept exactly as written: never wrapped, since a wrapped command is a wrong command.
    /// Tabs become spaces to 4-column stops so the measured width is the printed one.
    func codeBlock(_ c: CodeBlock) -> [Line] {
        var code = Substring(c.code)
        if code.hasSuffix("\n") { code = code.dropLast() }
        let indent = Glyph.repeated(" ", count: 4)
        return code.split(separator: "\n", omittingEmptySubsequences: false).map { raw in
            var line: Line = []
            var column = 0
            for ch in DisplaySafeText.clean(String(raw), keepTabs: true) {
                if ch == "\t" {
                    let n = 4 - column % 4
                    line += Glyph.repeated(" ", count: n, style: Theme.codeBlock)
                    column += n
                } else {
                    let g = Glyph(ch, style: Theme.codeBlock)
                    line.append(g)
                    column += g.width
                }
            }
            return indent + line
        }
    }

    mutating func video(_ v: Video, width: Int) -> [Line] {
        var style = Theme.media
        if hyperlinksEnabled, let target = Hyperlink.target(v.url) {
            style.hyperlink = hyperlinkID(target)
        }
        let url = textPieces(v.url, style: style)
        return Wrapper.wrap(format(strings.videoFormat, style: Theme.media, values: ["url": url]), width: width)
    }

    /// The numbered URL list closing an article or step rendered with footnotes.
    /// URLs are sanitized when numbered.
    func footnoteSection(width: Int) -> [Line] {
        guard !footnotes.isEmpty else { return [] }
        var out: [Line] = [[]]
        out += Wrapper.wrap(textPieces(strings.linksHeading, style: Theme.linksHeading), width: width)
        if !color, let w = out.last?.width, w > 0 { out.append(Glyph.repeated("─", count: min(w, width))) }
        let markerWidth = DisplayWidth.of("[\(footnotes.count)]")
        for (i, url) in footnotes.enumerated() {
            let m = Glyph.run("[\(i + 1)]", style: Theme.footnoteMarker)
            let first = Glyph.repeated(" ", count: markerWidth - m.width) + m + [Glyph(" ")]
            // Whole, even past the width: a URL cut across lines no longer works when
            // copied or clicked, and this list is what a pipe or file gets instead of links.
            out.append(first + Glyph.run(url))
        }
        return out
    }

    func prefixed(_ lines: [Line], first: [Glyph], rest: [Glyph]) -> [Line] {
        lines.enumerated().map { i, line in (i == 0 ? first : rest) + line }
    }
}
