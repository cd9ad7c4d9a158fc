/// Inline content flattened for wrapping. A `.glyph` space is glue: it never breaks.
enum Piece: Sendable {
    case glyph(Glyph)
    /// A place the line may break; printed as one space when it does not.
    case space(TextStyle)
    case hardBreak
}

enum Wrapper {
    enum Token {
        case word([Glyph], width: Int)
        case space(TextStyle)
        case hardBreak
    }

    /// Words are runs between breakable spaces. Wide (CJK) characters are words of their
    /// own as well, since those scripts break between any two characters.
    static func tokens(_ pieces: [Piece]) -> [Token] {
        var out: [Token] = []
        var word: [Glyph] = []
        var wordWidth = 0
        func flush() {
            if !word.isEmpty { out.append(.word(word, width: wordWidth)); word = []; wordWidth = 0 }
        }
        for piece in pieces {
            switch piece {
            case .glyph(let g):
                if g.width == 2 || (word.last?.width == 2 && g.width > 0) { flush() }
                word.append(g); wordWidth += g.width
            case .space(let s): flush(); out.append(.space(s))
            case .hardBreak: flush(); out.append(.hardBreak)
            }
        }
        flush()
        return out
    }

    /// Greedy wrap by display width. Runs of spaces collapse to one and vanish at line
    /// ends; a word wider than the line is cut between grapheme clusters.
    static func wrap(_ pieces: [Piece], width: Int) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var line: Line = []
        var lineWidth = 0
        var pendingSpace: TextStyle?

        func newLine() { lines.append(line); line = []; lineWidth = 0 }
        func place(_ glyphs: [Glyph], _ w: Int) {
            if lineWidth + w <= width { line += glyphs; lineWidth += w; return }
            for g in glyphs {
                if lineWidth + g.width > width, !line.isEmpty { newLine() }
                line.append(g); lineWidth += g.width
            }
        }

        for token in tokens(pieces) {
            switch token {
            case .hardBreak:
                newLine(); pendingSpace = nil
            case .space(let s):
                if !line.isEmpty, pendingSpace == nil { pendingSpace = s }
            case .word(let glyphs, let w):
                if line.isEmpty {
                    place(glyphs, w)
                } else {
                    let sp = pendingSpace == nil ? 0 : 1
                    if lineWidth + sp + w <= width {
                        if let s = pendingSpace { line.append(Glyph(" ", style: s)); lineWidth += 1 }
                        line += glyphs; lineWidth += w
                    } else {
                        newLine(); place(glyphs, w)
                    }
                }
                pendingSpace = nil
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The widest single line the pieces make when nothing forces a wrap.
    static func naturalWidth(_ pieces: [Piece]) -> Int {
        wrap(pieces, width: Int.max / 4).map(\.width).max() ?? 0
    }

    /// The widest word: below this a column starts cutting words.
    static func longestWord(_ pieces: [Piece]) -> Int {
        var best = 0
        for case .word(_, let w) in tokens(pieces) { best = max(best, w) }
        return best
    }
}
