import StepwiseArticle

/// Markup left as literal text in a run of adjacent text nodes.
enum MarkupLiterals {
    static let patterns: [[UInt8]] = [Array("**".utf8), Array("] (".utf8), Array("[!".utf8)]

    /// Each occurrence with its position; the key is the literal as written. Looked for in
    /// bytes, across node boundaries, and only a match costs anything more. With the file's
    /// lines the column is where the literal is in the file, not in the decoded text.
    static func find(in run: [Text], lines: SourceLines?) -> [Item<String>] {
        // (piece, byte offset) of the last two bytes seen, for matches that started in an earlier node.
        var recent: [(piece: Int, offset: Int, byte: UInt8)] = []
        var found: [Item<String>] = []
        // Matches so far per pattern that started in each piece: the n-th in the decoded piece is
        // the n-th in the file from where the piece starts.
        var earlier: [[UInt8]: [Int: Int]] = [:]
        for (p, t) in run.enumerated() {
            var offset = 0
            for byte in t.string.utf8 {
                recent.append((p, offset, byte))
                if recent.count > 3 { recent.removeFirst() }
                for pattern in patterns where pattern.last == byte && recent.count >= pattern.count {
                    let tail = recent.suffix(pattern.count)
                    guard zip(tail, pattern).allSatisfy({ $0.byte == $1 }) else { continue }
                    let start = tail.first!
                    let occurrence = earlier[pattern, default: [:]][start.piece, default: 0]
                    earlier[pattern, default: [:]][start.piece] = occurrence + 1
                    let piece = run[start.piece].range.start
                    let range: SourceRange
                    if let lines, let column = lines.column(of: pattern, occurrence: occurrence, line: piece.line, from: piece.column) {
                        range = SourceRange(line: piece.line, column: column, endLine: piece.line, endColumn: column + pattern.count - 1)
                    } else {
                        range = SourceRange(start: position(run, start.piece, start.offset), end: position(run, p, offset))
                    }
                    found.append(Item(key: String(decoding: pattern, as: UTF8.self), range: range))
                    recent.removeAll()
                    break
                }
                offset += 1
            }
        }
        return found
    }

    /// Text nodes never span lines, so a byte offset in one is a column offset in scalars of
    /// the decoded text: right unless something before it on the line was decoded.
    private static func position(_ run: [Text], _ piece: Int, _ byteOffset: Int) -> SourcePosition {
        let t = run[piece]
        let utf8 = t.string.utf8
        let scalars = t.string.unicodeScalars.distance(from: utf8.startIndex, to: utf8.index(utf8.startIndex, offsetBy: byteOffset))
        return SourcePosition(line: t.range.start.line, column: t.range.start.column + scalars)
    }
}
