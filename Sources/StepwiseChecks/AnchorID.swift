/// Ids a link's `#fragment` can name.
enum AnchorID {
    /// The id DocFX gives a heading without an explicit anchor (GitHub style): lowercased,
    /// spaces to `-`, everything but letters, digits, `-` and `_` dropped, and no `-` at
    /// either end (a heading ending in a zero-width space is still `#name`, not `#name-`).
    static func generate(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || c == "-" || c == "_" { out.append(c) } else if c == " " { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        return out
    }

    /// `name="…"` and `id="…"` values in raw HTML such as `<a name="x"></a>`.
    static func attributes(in raw: String) -> [String] {
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
}
