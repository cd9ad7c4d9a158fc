/// Finds UI paths (`**Billing** > **Your products**`) in a run of inlines.
///
/// A separator is a `>` with white space (or a node boundary) on both sides. A segment is
/// the label node next to it (strong, emphasis, code or link), else a short plain label.
/// Machine translation drops labels but keeps their spaces (`uz   >  **Konts**`): a
/// separator with nothing but two or more spaces on a side gets an empty segment there,
/// so checks can point at it instead of the text silently reading as prose.
enum UIPathScanner {
    private enum Token {
        case node(Inline)
        case separator(SourceRange)
    }

    private static let maxPlainWords = 4

    /// `inLabel`: the run is the inside of a bold, emphasis or link, where the words next to a
    /// separator are the whole label (`**Papildu opcijas > Pievienot kanālu**`), not one word.
    static func scan(_ inlines: [Inline], inLabel: Bool = false) -> [Inline] {
        guard inlines.contains(where: { if case .text(let t) = $0 { t.string.utf8.contains(0x3E) } else { false } }) else {
            return inlines
        }
        let tokens = explode(inlines)
        guard tokens.contains(where: { if case .separator = $0 { true } else { false } }) else { return inlines }
        return assemble(tokens, inLabel: inLabel)
    }

    private static func explode(_ inlines: [Inline]) -> [Token] {
        var tokens: [Token] = []
        for inline in inlines {
            guard case .text(let t) = inline, t.string.utf8.contains(0x3E) else { tokens.append(.node(inline)); continue }
            let scalars = Array(t.string.unicodeScalars)
            var from = 0
            for k in scalars.indices where scalars[k] == ">" {
                let spaceBefore = k == 0 || scalars[k - 1].properties.isWhitespace
                let spaceAfter = k == scalars.count - 1 || scalars[k + 1].properties.isWhitespace
                guard spaceBefore, spaceAfter else { continue }
                // `5 > 3` compares numbers; no UI label is a bare number.
                if k >= 2, k + 2 < scalars.count, scalars[k - 2].properties.numericType != nil,
                   scalars[k + 2].properties.numericType != nil { continue }
                if k > from { tokens.append(.node(.text(slice(t, scalars, from, k)))) }
                let p = SourcePosition(line: t.range.start.line, column: t.range.start.column + k)
                tokens.append(.separator(SourceRange(start: p, end: p)))
                from = k + 1
            }
            if from < scalars.count { tokens.append(.node(.text(slice(t, scalars, from, scalars.count)))) }
        }
        return tokens
    }

    private static func assemble(_ tokens: [Token], inLabel: Bool) -> [Inline] {
        var out: [Inline] = []
        var i = 0
        while i < tokens.count {
            guard case .separator(let first) = tokens[i] else {
                if case .node(let n) = tokens[i] { out.append(n) }
                i += 1
                continue
            }
            var segments = [leftSegment(&out, separator: first, whole: inLabel && out.count == 1)]
            var separator = first
            var j = i + 1
            while true {
                var k = j
                var between: [Inline] = []
                while k < tokens.count, case .node(let n) = tokens[k] { between.append(n); k += 1 }
                if k < tokens.count, case .separator(let next) = tokens[k], let middle = middleSegment(between, after: separator) {
                    segments.append(middle)
                    separator = next
                    j = k + 1
                    continue
                }
                let (right, rest) = rightSegment(between, after: separator, whole: inLabel && k == tokens.count)
                segments.append(right)
                let r = SourceRange(start: segments.first!.range.start, end: segments.last!.range.end)
                out.append(.uiPath(UIPath(segments: segments, range: r)))
                out.append(contentsOf: rest)
                i = k
                break
            }
        }
        return out
    }

    // MARK: Segments

    private static func leftSegment(_ out: inout [Inline], separator: SourceRange, whole: Bool) -> UIPathSegment {
        let empty = emptySegment(at: SourcePosition(line: separator.start.line, column: max(1, separator.start.column - 1)))
        guard let last = out.last else { return empty }
        if isLabel(last) {
            out.removeLast()
            return UIPathSegment(inlines: [last], range: last.range)
        }
        guard case .text(let t) = last else { return empty }
        let scalars = Array(t.string.unicodeScalars)
        var end = scalars.count
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        if end == 0 {
            if out.count >= 2, isLabel(out[out.count - 2]) {
                let label = out[out.count - 2]
                out.removeLast(2)
                return UIPathSegment(inlines: [label], range: label.range)
            }
            return empty
        }
        // A label may end in `…`, `.` or `)` ("Papildu opcijas...", "(Iestatījumi un citas)"),
        // but not in a comma or colon, which close a clause rather than a label.
        if scalars.count - end >= 2 || isClauseEnd(scalars[end - 1]) { return empty }
        var start = end
        while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
        if whole, let label = shortLabel(t, scalars, 0, end) {
            out.removeLast()
            return UIPathSegment(inlines: [.text(label)], range: label.range)
        }
        let word = slice(t, scalars, start, end)
        if start == 0 { out.removeLast() } else { out[out.count - 1] = .text(slice(t, scalars, 0, start)) }
        return UIPathSegment(inlines: [.text(word)], range: word.range)
    }

    private static func rightSegment(_ between: [Inline], after separator: SourceRange, whole: Bool) -> (UIPathSegment, [Inline]) {
        let empty = emptySegment(at: SourcePosition(line: separator.end.line, column: separator.end.column + 1))
        guard let first = between.first else { return (empty, []) }
        if isLabel(first) { return (UIPathSegment(inlines: [first], range: first.range), Array(between.dropFirst())) }
        guard case .text(let t) = first else { return (empty, between) }
        let scalars = Array(t.string.unicodeScalars)
        var start = 0
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        if start == scalars.count {
            if between.count >= 2, isLabel(between[1]) {
                return (UIPathSegment(inlines: [between[1]], range: between[1].range), Array(between.dropFirst(2)))
            }
            return (empty, between)
        }
        if start >= 2 || isPunctuation(scalars[start]) { return (empty, between) }
        if whole, between.count == 1, let label = shortLabel(t, scalars, start, scalars.count) {
            return (UIPathSegment(inlines: [.text(label)], range: label.range), [])
        }
        var end = start
        while end < scalars.count, !scalars[end].properties.isWhitespace, !isPunctuation(scalars[end]) { end += 1 }
        let word = slice(t, scalars, start, end)
        var rest = Array(between.dropFirst())
        if end < scalars.count { rest.insert(.text(slice(t, scalars, end, scalars.count)), at: 0) }
        return (UIPathSegment(inlines: [.text(word)], range: word.range), rest)
    }

    /// Between two separators: blank, one label, or a few plain words; anything longer is prose.
    private static func middleSegment(_ between: [Inline], after separator: SourceRange) -> UIPathSegment? {
        let content = between.filter { if case .text(let t) = $0 { !isBlank(t.string) } else { true } }
        if content.isEmpty {
            return emptySegment(at: SourcePosition(line: separator.end.line, column: separator.end.column + 1))
        }
        guard content.count == 1 else { return nil }
        let only = content[0]
        if isLabel(only) { return UIPathSegment(inlines: [only], range: only.range) }
        guard case .text(let t) = only else { return nil }
        let scalars = Array(t.string.unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        let words = String(String.UnicodeScalarView(scalars[start..<end])).split(whereSeparator: \.isWhitespace)
        guard words.count <= maxPlainWords, !scalars[start..<end].contains(where: isSentencePunctuation) else { return nil }
        let label = slice(t, scalars, start, end)
        return UIPathSegment(inlines: [.text(label)], range: label.range)
    }

    // MARK: Helpers

    /// The trimmed text in `from..<to` if it is short enough to be one label.
    private static func shortLabel(_ t: Text, _ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Text? {
        var start = from, end = to
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard start < end else { return nil }
        var words = 1
        for s in scalars[start..<end] where s.properties.isWhitespace { words += 1 }
        guard words <= maxPlainWords else { return nil }
        return slice(t, scalars, start, end)
    }

    private static func emptySegment(at p: SourcePosition) -> UIPathSegment {
        UIPathSegment(inlines: [], range: SourceRange(start: p, end: p))
    }

    private static func isLabel(_ inline: Inline) -> Bool {
        switch inline {
        case .strong, .emphasis, .code, .link: true
        default: false
        }
    }

    private static func isBlank(_ s: Substring) -> Bool { s.unicodeScalars.allSatisfy(\.properties.isWhitespace) }

    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", ",", ";", ":", "!", "?", ")", "(", "\"", "'": true
        default: false
        }
    }

    private static func isClauseEnd(_ s: Unicode.Scalar) -> Bool {
        s == "," || s == ";" || s == ":" || s == "("
    }

    private static func isSentencePunctuation(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == ";"
    }

    /// Scalars `from..<to` of the run, cut from its own text (a slice, not a copy). Text nodes
    /// never span lines (breaks are nodes), so offsets are column offsets.
    private static func slice(_ t: Text, _ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Text {
        let view = t.string.unicodeScalars
        let lo = view.index(view.startIndex, offsetBy: from), hi = view.index(lo, offsetBy: to - from)
        let line = t.range.start.line
        let c = t.range.start.column
        return Text(Substring(view[lo..<hi]), range: SourceRange(line: line, column: c + from, endLine: line, endColumn: c + max(from, to - 1)))
    }
}
