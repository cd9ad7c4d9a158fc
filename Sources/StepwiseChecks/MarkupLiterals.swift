import StepwiseArticle

/// Markup left as literal text in a run of adjacent text nodes.
enum MarkupLiterals {
    static let patterns: [[Unicode.Scalar]] = [["*", "*"], ["]", " ", "("], ["[", "!"]]

    /// Each occurrence with its position; the key is the literal as written.
    static func find(in run: [Text]) -> [Item<String>] {
        guard run.contains(where: { t in t.string.utf8.contains(where: { $0 == 0x2A || $0 == 0x5D || $0 == 0x5B }) }) else { return [] }
        // Scalars with the node and offset each came from, so a match spanning nodes is placed right.
        var scalars: [(scalar: Unicode.Scalar, line: Int, column: Int)] = []
        for t in run {
            for (k, s) in t.string.unicodeScalars.enumerated() {
                scalars.append((s, t.range.start.line, t.range.start.column + k))
            }
        }
        var found: [Item<String>] = []
        var i = 0
        while i < scalars.count {
            var matched = false
            for p in patterns where i + p.count <= scalars.count {
                if zip(p, scalars[i..<(i + p.count)]).allSatisfy({ $0 == $1.scalar }) {
                    let start = scalars[i], end = scalars[i + p.count - 1]
                    found.append(Item(key: String(String.UnicodeScalarView(p)),
                                      range: SourceRange(line: start.line, column: start.column, endLine: end.line, endColumn: end.column)))
                    i += p.count
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return found
    }
}
