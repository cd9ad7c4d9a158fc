/// Microsoft Docs keeps English anchors in translated headings as
/// `# <a name="turn-on-a-feature"></a>Līdzekļa ieslēgšana`; the anchor becomes the
/// heading's id and leaves its text.
enum HeadingAnchor {
    static func extract(from inlines: inout [Inline]) -> String? {
        guard case .html(let open) = inlines.first, let id = attribute(in: open.raw) else { return nil }
        var drop = 1
        if inlines.count > 1, case .html(let close) = inlines[1], close.raw.lowercased().hasPrefix("</a") { drop = 2 }
        inlines.removeFirst(drop)
        if case .text(var t) = inlines.first {
            let trimmed = t.string.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty {
                inlines.removeFirst()
            } else if trimmed.count != t.string.count {
                t.range.start.column += t.string.count - trimmed.count
                t.string = String(trimmed)
                inlines[0] = .text(t)
            }
        }
        return id
    }

    /// The `name` or `id` of an `<a …>` start tag.
    static func attribute(in raw: String) -> String? {
        let lower = raw.lowercased()
        guard lower.hasPrefix("<a ") || lower.hasPrefix("<a\t") || lower.hasPrefix("<a\n") else { return nil }
        for key in ["name", "id"] {
            if let value = value(of: key, in: raw) { return value }
        }
        return nil
    }

    private static func value(of key: String, in raw: String) -> String? {
        let scalars = Array(raw.unicodeScalars)
        let k = Array(key.unicodeScalars)
        var i = 0
        while i + k.count < scalars.count {
            let before = i == 0 ? " " : scalars[i - 1]
            let matches = (before == " " || before == "\t" || before == "\n")
                && zip(scalars[i..<(i + k.count)], k).allSatisfy { String($0).lowercased() == String($1) }
            if matches {
                var j = i + k.count
                while j < scalars.count, scalars[j] == " " { j += 1 }
                guard j < scalars.count, scalars[j] == "=" else { i += 1; continue }
                j += 1
                while j < scalars.count, scalars[j] == " " { j += 1 }
                guard j < scalars.count else { return nil }
                let quote = scalars[j]
                var value = String.UnicodeScalarView()
                if quote == "\"" || quote == "'" {
                    j += 1
                    while j < scalars.count, scalars[j] != quote { value.append(scalars[j]); j += 1 }
                } else {
                    while j < scalars.count, scalars[j] != " ", scalars[j] != ">", scalars[j] != "/" { value.append(scalars[j]); j += 1 }
                }
                let s = String(value)
                return s.isEmpty ? nil : s
            }
            i += 1
        }
        return nil
    }
}
