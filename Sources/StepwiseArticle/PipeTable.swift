
/// Pipe tables are not CommonMark: cmark leaves them as paragraphs. A paragraph whose
/// line k is a delimiter row (`|---|:--:|`) and whose line k-1 has as many cells is a
/// table from line k-1 on, as GitHub's table extension reads it. Cells are parsed with
/// cmark on their own so their inline Markdown keeps its meaning.
enum PipeTable {
    private struct Cell { var start: Int; var end: Int }

    static func split(_ p: Paragraph, in converter: CmarkConverter) throws(ArticleError) -> [Block]? {
        let offset = converter.map.lineOffset
        let lines = (p.range.start.line...p.range.end.line).map { converter.map.lineBytes($0 - offset) }
        let contentStart: [Int] = lines.map(skipContainerPrefix)
        guard lines.count >= 2 else { return nil }
        var delimiter: (index: Int, alignments: [Table.Alignment])?
        for k in 1..<lines.count {
            let cells = splitRow(lines[k], from: contentStart[k])
            guard let aligns = alignments(lines[k], cells),
                  hasPipe(lines[k], from: contentStart[k]) || hasPipe(lines[k - 1], from: contentStart[k - 1]),
                  splitRow(lines[k - 1], from: contentStart[k - 1]).count == cells.count else { continue }
            delimiter = (k, aligns)
            break
        }
        guard let (d, aligns) = delimiter else { return nil }
        let headerLine = p.range.start.line + d - 1
        var out: [Block] = []
        let before = p.inlines.filter { $0.range.start.line < headerLine && $0.range.start.line > 0 }
        var trimmed = before
        while let last = trimmed.last, case .softBreak = last { trimmed.removeLast() }
        if !trimmed.isEmpty {
            out.append(.paragraph(Paragraph(inlines: trimmed, range: SourceRange(start: p.range.start, end: trimmed.last!.range.end))))
        }
        func row(_ k: Int) throws(ArticleError) -> [TableCell] {
            var cells: [TableCell] = []
            for c in splitRow(lines[k], from: contentStart[k]).prefix(aligns.count) {
                cells.append(try cell(lines[k], c, fileLine: p.range.start.line + k, converter: converter))
            }
            while cells.count < aligns.count {
                let p = SourcePosition(line: p.range.start.line + k, column: lines[k].count + 1)
                cells.append(TableCell(inlines: [], range: SourceRange(start: p, end: p)))
            }
            return cells
        }
        let header = try row(d - 1)
        var rows: [[TableCell]] = []
        for k in (d + 1)..<max(d + 1, lines.count) { rows.append(try row(k)) }
        let start = SourcePosition(line: headerLine, column: header.first?.range.start.column ?? 1)
        out.append(.table(Table(alignments: aligns, header: header, rows: rows, range: SourceRange(start: start, end: p.range.end))))
        return out
    }

    /// Container prefixes (indentation, `>` of quotes) before the row's own text.
    private static func skipContainerPrefix(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i < line.count, line[i] == 0x20 || line[i] == 0x09 || line[i] == UInt8(ascii: ">") { i += 1 }
        return i
    }

    private static func hasPipe(_ line: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        line[from...].contains(UInt8(ascii: "|"))
    }

    /// Cell byte ranges, trimmed; escaped pipes and pipes inside code spans don't split.
    private static func splitRow(_ line: UnsafeBufferPointer<UInt8>, from: Int) -> [Cell] {
        var cells: [Cell] = []
        var i = from
        if i < line.count, line[i] == UInt8(ascii: "|") { i += 1 }
        var start = i
        var codeRun = 0
        while i < line.count {
            let b = line[i]
            if b == UInt8(ascii: "\\") { i += 2; continue }
            if b == UInt8(ascii: "`") {
                var n = 0
                while i < line.count, line[i] == UInt8(ascii: "`") { n += 1; i += 1 }
                codeRun = codeRun == 0 ? n : (codeRun == n ? 0 : codeRun)
                continue
            }
            if b == UInt8(ascii: "|"), codeRun == 0 {
                cells.append(trim(line, start, i))
                start = i + 1
            }
            i += 1
        }
        let last = trim(line, start, min(i, line.count))
        if last.start < last.end || cells.isEmpty { cells.append(last) }
        return cells
    }

    private static func trim(_ line: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Cell {
        var s = s, e = e
        while s < e, line[s] == 0x20 || line[s] == 0x09 { s += 1 }
        while e > s, line[e - 1] == 0x20 || line[e - 1] == 0x09 { e -= 1 }
        return Cell(start: s, end: e)
    }

    private static func alignments(_ line: UnsafeBufferPointer<UInt8>, _ cells: [Cell]) -> [Table.Alignment]? {
        guard !cells.isEmpty else { return nil }
        var out: [Table.Alignment] = []
        for c in cells {
            guard c.end > c.start else { return nil }
            let left = line[c.start] == UInt8(ascii: ":")
            let right = line[c.end - 1] == UInt8(ascii: ":")
            // A lone ":" is both ends at once: no dashes between, so no delimiter cell.
            let low = c.start + (left ? 1 : 0), high = c.end - (right ? 1 : 0)
            guard low < high, line[low..<high].allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            out.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return out
    }

    private static func cell(_ line: UnsafeBufferPointer<UInt8>, _ c: Cell, fileLine: Int, converter: CmarkConverter) throws(ArticleError) -> TableCell {
        var column = 1
        for b in line[..<c.start] where b & 0xC0 != 0x80 { column += 1 }
        let start = SourcePosition(line: fileLine, column: column)
        var endColumn = column
        for b in line[c.start..<c.end] where b & 0xC0 != 0x80 { endColumn += 1 }
        let range = SourceRange(start: start, end: SourcePosition(line: fileLine, column: max(column, endColumn - 1)))
        guard c.end > c.start else { return TableCell(inlines: [], range: range) }
        var text: [UInt8] = []
        text.reserveCapacity(c.end - c.start)
        var i = c.start
        while i < c.end {
            // `\|` only keeps the pipe out of the row split; the cell itself shows `|`.
            if line[i] == UInt8(ascii: "\\"), i + 1 < c.end, line[i + 1] == UInt8(ascii: "|") { i += 1 }
            text.append(line[i])
            i += 1
        }
        let inlines: [Inline] = try text.withUnsafeBufferPointer { (buf: UnsafeBufferPointer<UInt8>) throws(ArticleError) -> [Inline] in
            var sub = CmarkConverter(map: SourceMap(bytes: buf, lineOffset: fileLine - 1), file: converter.file,
                                     labels: CalloutLabels(), maxDepth: converter.maxDepth)
            sub.columnShift = column - 1
            // A cell such as `- x` or `# x` reads as a block on its own; in a row it is text.
            return try sub.paragraphInlines(buf) ?? [.text(Text(String(decoding: buf, as: UTF8.self), range: range))]
        }
        return TableCell(inlines: inlines, range: range)
    }
}
