/// Turns laid-out lines into text. Escapes are written here and nowhere else: with
/// colour off there are none, and with colour on every line closes what it opened,
/// so no style or link can carry over into a wrapped line, a gutter or the next prompt.
struct ANSIWriter {
    let color: Bool
    /// Targets already checked by `Hyperlink.target`, indexed by `TextStyle.hyperlink`.
    let hyperlinks: [String]

    static let esc = "\u{1B}"
    static let reset = "\u{1B}[0m"
    static let st = "\u{1B}\\"

    func write(_ lines: [Line]) -> String {
        var out = ""
        for line in lines {
            out += write(line)
            out += "\n"
        }
        return out
    }

    func write(_ line: Line) -> String {
        let glyphs = line.trimmingTrailingSpaces()
        var out = ""
        guard color else {
            for g in glyphs { out.append(g.character) }
            return out
        }
        var current = TextStyle.plain
        for g in glyphs {
            if g.style != current {
                out += transition(from: current, to: g.style)
                current = g.style
            }
            out.append(g.character)
        }
        out += transition(from: current, to: .plain)
        return out
    }

    private func transition(from a: TextStyle, to b: TextStyle) -> String {
        var out = ""
        if a.hyperlink != b.hyperlink {
            if a.hyperlink != nil { out += Self.esc + "]8;;" + Self.st }
            if let i = b.hyperlink, hyperlinks.indices.contains(i) {
                out += Self.esc + "]8;;" + hyperlinks[i] + Self.st
            }
        }
        if a.attributes != b.attributes || a.foreground != b.foreground {
            out += b.hasSGR ? sgr(b) : Self.reset
        }
        return out
    }

    private func sgr(_ s: TextStyle) -> String {
        var codes = ["0"]
        if s.attributes.contains(.bold) { codes.append("1") }
        if s.attributes.contains(.dim) { codes.append("2") }
        if s.attributes.contains(.italic) { codes.append("3") }
        if s.attributes.contains(.underline) { codes.append("4") }
        if s.attributes.contains(.reverse) { codes.append("7") }
        if let fg = s.foreground { codes.append(String(fg)) }
        return Self.esc + "[" + codes.joined(separator: ";") + "m"
    }
}
