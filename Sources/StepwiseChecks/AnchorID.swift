/// Ids a link's `#fragment` can name.
enum AnchorID {
    /// The id DocFX gives a heading without an explicit anchor (GitHub style): lowercased,
    /// spaces to `-`, everything but letters, digits, `-` and `_` dropped, and no `-` at
    /// either end (a heading ending in a zero-width space is still `#name`, not `#name-`).
    static func generate(_ text: String) -> String {
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
