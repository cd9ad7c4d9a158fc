import StepwiseArticle

extension LayoutEngine {
    mutating func pieces(_ inlines: [Inline], style: TextStyle = .plain) -> [Piece] {
        var out: [Piece] = []
        for inline in inlines { append(inline, style: style, to: &out) }
        return out
    }

    mutating func append(_ inline: Inline, style: TextStyle, to out: inout [Piece]) {
        switch inline {
        case .text(let t):
            out += textPieces(String(t.string), style: style)
        case .emphasis(let e):
            for c in e.children { append(c, style: style.adding(Theme.emphasis), to: &out) }
        case .strong(let s):
            for c in s.children { append(c, style: style.adding(Theme.strong), to: &out) }
        case .code(let c):
            var codeStyle = style
            codeStyle.foreground = Theme.code.foreground
            out += textPieces(c.code, style: codeStyle)
        case .link(let l):
            link(l, style: style, to: &out)
        case .image(let i):
            let alt = textPieces(i.children.plainText, style: style.merging(Theme.media))
            let url = textPieces(i.source, style: style.merging(Theme.media))
            out += format(strings.imageFormat, style: style.merging(Theme.media), values: ["alt": alt, "url": url])
        case .softBreak:
            out.append(.space(style))
        case .lineBreak:
            out.append(.hardBreak)
        case .html(let h):
            // Never emitted; a `<br>` (common in tables) still means a line break.
            if Self.isLineBreakTag(h.raw) { out.append(.hardBreak) }
        case .uiPath(let p):
            uiPath(p, style: style, to: &out)
        }
    }

    /// `Billing › Your products`: the separator stays on the line of the segment before it,
    /// so a wrapped path never starts a line with `›`.
    mutating func uiPath(_ p: UIPath, style: TextStyle, to out: inout [Piece]) {
        let separator = Array(DisplaySafeText.clean(strings.uiPathSeparator))
        let lead = separator.prefix(while: \.isWhitespace).count
        let trail = separator.reversed().prefix(while: \.isWhitespace).count
        let core = lead == separator.count ? [] : separator[lead..<(separator.count - trail)]
        for (i, segment) in p.segments.enumerated() {
            if i > 0 {
                if lead > 0 { out.append(.glyph(Glyph(" ", style: style))) }
                for c in core { out.append(.glyph(Glyph(c, style: style.merging(Theme.uiPathSeparator)))) }
                if trail > 0 || core.isEmpty { out.append(.space(style)) }
            }
            if segment.isEmpty {
                out += textPieces(strings.emptyUIPathSegment, style: style.merging(Theme.emptyUIPathSegment), breakable: false)
            } else {
                var seg = pieces(segment.inlines, style: style.merging(Theme.uiPathSegment))
                while case .space = seg.first { seg.removeFirst() }
                while case .space = seg.last { seg.removeLast() }
                out += seg
            }
        }
    }

    /// OSC 8 when the terminal takes it and the target is safe; otherwise the text with a
    /// footnote number (a relative or odd URL is still worth showing, sanitized).
    mutating func link(_ l: Link, style: TextStyle, to out: inout [Piece]) {
        var linkStyle = style.merging(Theme.link)
        let label = DisplaySafeText.clean(l.children.plainText)
        let hasLabel = !label.allSatisfy(\.isWhitespace)
        let url = DisplaySafeText.clean(l.destination)

        if hyperlinksEnabled, let target = Hyperlink.target(l.destination) {
            linkStyle.hyperlink = hyperlinkID(target)
            out += hasLabel ? pieces(l.children, style: linkStyle) : textPieces(url, style: linkStyle)
            return
        }
        guard hasLabel else {
            out += textPieces(url, style: linkStyle)
            return
        }
        var text = pieces(l.children, style: linkStyle)
        while case .space = text.last { text.removeLast() }
        out += text
        // An autolink already shows its address.
        if url.allSatisfy(\.isWhitespace) || label == url || "mailto:" + label == url { return }
        let n = footnoteNumber(url)
        out.append(.glyph(Glyph(" ", style: style)))
        for g in Glyph.run("[\(n)]", style: style.merging(Theme.footnoteMarker)) { out.append(.glyph(g)) }
    }

    /// Content text as pieces: sanitized, with its spaces as break opportunities unless
    /// `breakable` is false. No-break spaces stay glue.
    func textPieces(_ text: String, style: TextStyle, breakable: Bool = true) -> [Piece] {
        var out: [Piece] = []
        for c in DisplaySafeText.clean(text) {
            if breakable, c == " " || (c.isWhitespace && !Self.noBreakSpaces.contains(c)) {
                out.append(.space(style))
            } else {
                out.append(.glyph(Glyph(c, style: style)))
            }
        }
        return out
    }

    static let noBreakSpaces: Set<Character> = ["\u{00A0}", "\u{2007}", "\u{202F}", "\u{2060}"]

    /// A catalog format such as `Attēls: {alt}`, with `{name}` replaced by `values`.
    /// Unknown placeholders stay as written.
    func format(_ template: String, style: TextStyle, values: [String: [Piece]]) -> [Piece] {
        var out: [Piece] = []
        var literal = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += textPieces(literal, style: style); literal = ""
                out += value
                rest = after[after.index(after: close)...]
            } else {
                literal.append("{")
                rest = after
            }
        }
        literal += rest
        out += textPieces(literal, style: style)
        return out
    }

    static func isLineBreakTag(_ raw: String) -> Bool {
        let tag = raw.lowercased().filter { !$0.isWhitespace }
        return tag == "<br>" || tag == "<br/>"
    }
}

extension TextStyle {
    /// `self` with a theme role on top: attributes add up, the role's colour wins.
    func merging(_ role: TextStyle) -> TextStyle {
        adding(role.attributes, foreground: role.foreground)
    }
}
