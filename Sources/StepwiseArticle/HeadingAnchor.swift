/// Heading anchors, one rule for every front end: the HTML export's ids and the checks'
/// idea of which `#fragment`s exist must agree.
///
/// Microsoft Docs keeps English anchors in translated headings as
/// `# <a name="turn-on-a-feature"></a>Līdzekļa ieslēgšana`; the anchor becomes the
/// heading's id and leaves its text.
public enum HeadingAnchor {
    /// The id DocFX gives a heading without an explicit anchor (markdig's GitHub style):
    /// lowercased, spaces to `-`, everything but letters, digits, `-` and `_` dropped, runs of
    /// `-` kept as they are (`A - B` is `a---b`), and no `-` at either end (a heading ending in
    /// a zero-width space is still `#name`, not `#name-`).
    public static func id(for text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.isASCII {
                let b = UInt8(s.value)
                switch b {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(Unicode.Scalar(b | 0x20))
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): out.append(s)
                case UInt8(ascii: " "): out.append("-")
                default: break
                }
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            }
        }
        while out.last == "-" { out.removeLast() }
        while out.first == "-" { out.removeFirst() }
        return String(out)
    }

    /// `name="…"` and `id="…"` values in raw HTML such as `<a name="x"></a>`: anchors a link
    /// may name.
    public static func ids(inRawHTML raw: String) -> [String] {
        guard raw.contains("=") else { return [] }
        var out: [String] = []
        let scalars = Array(raw.unicodeScalars)
        var i = 0
        while i < scalars.count {
            for key in ["name", "id"] {
                let k = Array(key.unicodeScalars)
                guard i + k.count < scalars.count, i == 0 || !isNameScalar(scalars[i - 1]),
                      String(String.UnicodeScalarView(scalars[i..<(i + k.count)])).lowercased() == key
                else { continue }
                var j = i + k.count
                while j < scalars.count, scalars[j] == " " { j += 1 }
                guard j < scalars.count, scalars[j] == "=" else { continue }
                j += 1
                while j < scalars.count, scalars[j] == " " { j += 1 }
                guard j < scalars.count else { continue }
                let quote = scalars[j]
                var end = j
                if quote == "\"" || quote == "'" {
                    j += 1
                    end = j
                    while end < scalars.count, scalars[end] != quote { end += 1 }
                } else {
                    while end < scalars.count, scalars[end] != " ", scalars[end] != ">", scalars[end] != "/" { end += 1 }
                }
                if end > j { out.append(String(String.UnicodeScalarView(scalars[j..<end]))) }
            }
            i += 1
        }
        return out
    }

    private static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s == "-" || s == "_"
    }

    static func extract(from inlines: inout [Inline]) -> String? {
        guard case .html(let open) = inlines.first, let id = attribute(in: open.raw) else { return nil }
        var drop = 1
        if inlines.count > 1, case .html(let close) = inlines[1], close.raw.lowercased().hasPrefix("</a") { drop = 2 }
        inlines.removeFirst(drop)
        if case .text(var t) = inlines.first {
            let trimmed = t.string.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty {
                inlines.removeFirst()
            } else if trimmed.startIndex != t.string.startIndex {
                t.range.start.column += t.string.unicodeScalars.count - trimmed.unicodeScalars.count
                t.string = trimmed
                inlines[0] = .text(t)
            }
        }
        return id
    }

    /// The `name` or `id` of an `<a …>` start tag.
    static func attribute(in raw: String) -> String? {
        let b = Array(raw.utf8)
        guard b.count > 3, b[0] == UInt8(ascii: "<"), b[1] | 0x20 == UInt8(ascii: "a"), isSpace(b[2]) else { return nil }
        return value(of: Array("name".utf8), in: b) ?? value(of: Array("id".utf8), in: b)
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    private static func value(of key: [UInt8], in b: [UInt8]) -> String? {
        var i = 2
        while i + key.count < b.count {
            defer { i += 1 }
            guard isSpace(b[i - 1]), zip(b[i..<(i + key.count)], key).allSatisfy({ $0 | 0x20 == $1 }) else { continue }
            var j = i + key.count
            while j < b.count, isSpace(b[j]) { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < b.count, isSpace(b[j]) { j += 1 }
            guard j < b.count else { return nil }
            let quote = b[j]
            var end: Int
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                j += 1
                end = j
                while end < b.count, b[end] != quote { end += 1 }
            } else {
                end = j
                while end < b.count, !isSpace(b[end]), b[end] != UInt8(ascii: ">"), b[end] != UInt8(ascii: "/") { end += 1 }
            }
            return end > j ? String(decoding: b[j..<end], as: UTF8.self) : nil
        }
        return nil
    }
}
