import StepwiseArticle

extension LayoutEngine {
    static let columnGap = 3  // " │ "
    static let readableColumn = 10

    /// ```
    /// Name    │ Price
    /// ────────┼──────
    /// Basic   │  6,00
    /// ```
    /// Columns get their natural width; when the table is too wide, the widest columns
    /// give way first, down to their longest word, and only then below it (cutting words).
    /// When that would leave columns too narrow to read, rows are printed as
    /// `header: value` lines instead.
    mutating func table(_ t: Table, width: Int) -> [Line] {
        let columns = max(t.header.count, t.alignments.count, t.rows.map(\.count).max() ?? 0)
        let hasText = (t.header + t.rows.flatMap { $0 }).contains { !$0.inlines.plainText.allSatisfy(\.isWhitespace) }
        guard columns > 0, hasText else {
            return Wrapper.wrap(textPieces(strings.emptyTable, style: Theme.media), width: width)
        }
        func cells(_ row: [TableCell]) -> [[Inline]] {
            (0..<columns).map { $0 < row.count ? row[$0].inlines : [] }
        }
        let header = cells(t.header)
        let rows = t.rows.map(cells)
        let alignments = (0..<columns).map { $0 < t.alignments.count ? t.alignments[$0] : .none }

        // Footnote numbers are handed out here, once, in reading order.
        let headerPieces = header.map { pieces($0, style: Theme.tableHeader) }
        let rowPieces = rows.map { $0.map { pieces($0) } }

        let available = width - Self.columnGap * (columns - 1)
        if available < columns { return records(header: headerPieces, rows: rowPieces, width: width) }
        var natural = headerPieces.map(Wrapper.naturalWidth)
        var floor = headerPieces.map(Wrapper.longestWord)
        for row in rowPieces {
            for (i, p) in row.enumerated() {
                natural[i] = max(natural[i], Wrapper.naturalWidth(p))
                floor[i] = max(floor[i], Wrapper.longestWord(p))
            }
        }
        // Columns cut words into slivers are unreadable: unless each column gets its
        // longest word or at least `readableColumn`, records read better.
        if columns > 1, floor.reduce(0, { $0 + min($1, Self.readableColumn) }) > available {
            return records(header: headerPieces, rows: rowPieces, width: width)
        }
        let widths = Self.fit(natural.map { max(1, $0) }, floor: floor, into: available)

        let gap = [Glyph(" "), Glyph("│", style: Theme.tableRule), Glyph(" ")]
        func render(_ row: [[Piece]]) -> [Line] {
            let wrapped = row.enumerated().map { Wrapper.wrap($1, width: widths[$0]) }
            let height = max(1, wrapped.map(\.count).max() ?? 1)
            return (0..<height).map { r in
                var line: Line = []
                for c in 0..<columns {
                    if c > 0 { line += gap }
                    line += Self.align(r < wrapped[c].count ? wrapped[c][r] : [], width: widths[c], alignments[c])
                }
                return line
            }
        }
        func rule() -> Line {
            var line: Line = []
            for (c, w) in widths.enumerated() {
                if c > 0 { line += Glyph.run("─┼─", style: Theme.tableRule) }
                line += Glyph.repeated("─", count: w, style: Theme.tableRule)
            }
            return line
        }

        var out = render(headerPieces)
        out.append(rule())
        let body = rowPieces.map(render)
        // Once a row takes several lines, rules keep one row from reading into the next.
        let ruled = body.contains { $0.count > 1 }
        for (i, lines) in body.enumerated() {
            if ruled, i > 0 { out.append(rule()) }
            out += lines
        }
        return out
    }

    static func fit(_ natural: [Int], floor: [Int], into available: Int) -> [Int] {
        var widths = natural
        var excess = widths.reduce(0, +) - available
        // First squeeze columns wider than their longest word, widest first; then all.
        for phase in 0..<2 {
            while excess > 0 {
                var pick: Int?
                for i in widths.indices {
                    let limit = phase == 0 ? max(1, floor[i]) : 1
                    if widths[i] > limit, pick.map({ widths[i] > widths[$0] }) ?? true { pick = i }
                }
                guard let i = pick else { break }
                let limit = phase == 0 ? max(1, floor[i]) : 1
                var second = 0
                for j in widths.indices where j != i { second = max(second, widths[j]) }
                // Take down to the runner-up in one step rather than one column at a time.
                let step = max(1, min(excess, widths[i] - max(limit, second)))
                widths[i] -= step
                excess -= step
            }
        }
        return widths
    }

    static func align(_ line: Line, width: Int, _ alignment: Table.Alignment) -> Line {
        let pad = max(0, width - line.width)
        switch alignment {
        case .none, .left: return line + Glyph.repeated(" ", count: pad)
        case .right: return Glyph.repeated(" ", count: pad) + line
        case .center: return Glyph.repeated(" ", count: pad / 2) + line + Glyph.repeated(" ", count: pad - pad / 2)
        }
    }

    /// The fallback for narrow widths: each row as `header: value` lines.
    func records(header: [[Piece]], rows: [[[Piece]]], width: Int) -> [Line] {
        var out: [Line] = []
        for row in rows {
            if !out.isEmpty { out.append([]) }
            for (h, cell) in zip(header, row) {
                var p = h
                if !p.isEmpty { p += [.glyph(Glyph(":", style: Theme.tableHeader)), .space(.plain)] }
                out += Wrapper.wrap(p + cell, width: width)
            }
        }
        return out
    }
}
