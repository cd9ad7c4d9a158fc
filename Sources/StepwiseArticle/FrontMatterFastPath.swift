/// Docs front matter is nearly always flat `key: value` lines and `- item` lists, and
/// Stepwise's own small YAML files (`stepwise.yml`, an article's bindings) are the same with at
/// most one level of `field: value` under a key. Yams builds a full node graph for it, which
/// costs more than cmark's whole parse of the body (and its first use a tenth of a walk's
/// start-up), so this reader takes that plain subset and returns nil for anything else (quotes
/// with escapes, flow or block scalars, anchors, comments after a value, deeper nesting), which
/// then goes to Yams.
/// A test holds it to Yams' answer on every corpus article.
package enum FrontMatterFastPath {
    /// `linesAbove`: lines of the file above the YAML (a front matter's opening `---`), so
    /// positions are the file's, as `YAMLPosition` places Yams' marks.
    package static func parse(_ yaml: UnsafeBufferPointer<UInt8>, lineCount: Int, linesAbove: Int = 1) -> FrontMatter? {
        var fm = FrontMatter(lineCount: lineCount)
        fm.entries.reserveCapacity(24)
        // A key with nothing after its colon: what follows, indented, is a list or a map.
        var openKey: (key: String, line: Int)?
        var list: [FrontMatterValue] = []
        var map: [(key: String, value: FrontMatterValue)] = []
        var childIndent = -1
        var line = 1
        var start = 0

        func flush(_ fm: inout FrontMatter) {
            guard let (key, keyLine) = openKey else { return }
            let value: FrontMatterValue = !map.isEmpty ? .map(map) : list.isEmpty ? .string("") : .list(list)
            fm.entries.append(FrontMatterEntry(key: key, value: value, position: SourcePosition(line: keyLine + linesAbove, column: 1)))
            openKey = nil
            list = []
            map = []
            childIndent = -1
        }

        while start <= yaml.count {
            var end = start
            while end < yaml.count, yaml[end] != 0x0A { end += 1 }
            defer { start = end + 1; line += 1 }
            var e = end
            while e > start, yaml[e - 1] == 0x20 || yaml[e - 1] == 0x0D { e -= 1 }
            if e == start { if end >= yaml.count { break } else { continue } }
            var indent = start
            while indent < e, yaml[indent] == 0x20 { indent += 1 }
            // A whole-line comment, which YAML allows anywhere outside a block scalar.
            if yaml[indent] == UInt8(ascii: "#") { if end >= yaml.count { break } else { continue } }
            if yaml[indent] == UInt8(ascii: "-"), indent + 1 < e, yaml[indent + 1] == 0x20 {
                guard openKey != nil, map.isEmpty, childIndent == -1 || childIndent == indent - start else { return nil }
                childIndent = indent - start
                guard let value = scalar(yaml, indent + 2, e) else { return nil }
                list.append(.string(value))
            } else if indent > start {
                // `field: value` under an open key, all at one indent; a field with nothing after
                // its colon would open a deeper level, which is Yams' to read.
                guard openKey != nil, list.isEmpty, childIndent == -1 || childIndent == indent - start,
                      let (field, value) = keyValue(yaml, indent, e), let value,
                      !map.contains(where: { $0.key == field }) else { return nil }
                childIndent = indent - start
                map.append((field, .string(value)))
            } else {
                flush(&fm)
                guard let (key, value) = keyValue(yaml, start, e) else { return nil }
                // Duplicates are an error only Yams words well. The earlier keys are all in `entries`
                // (flushed above), and a front matter has a few dozen at most: comparing them costs
                // less than hashing each key into a set.
                guard !fm.entries.contains(where: { $0.key == key }) else { return nil }
                if let value {
                    fm.entries.append(FrontMatterEntry(key: key, value: .string(value), position: SourcePosition(line: line + linesAbove, column: 1)))
                } else {
                    openKey = (key, line)
                }
            }
            if end >= yaml.count { break }
        }
        flush(&fm)
        return fm
    }

    /// `key: value` from `from` to `to`: the value nil when the colon ends the line, and nil
    /// altogether for anything that is not a plain key and a plain or simply quoted value.
    private static func keyValue(_ yaml: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (key: String, value: String?)? {
        var colon = from
        while colon < to, isKeyByte(yaml[colon]) { colon += 1 }
        guard colon > from, colon < to, yaml[colon] == UInt8(ascii: ":") else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: yaml[from..<colon]), as: UTF8.self)
        if colon + 1 == to { return (key, nil) }
        guard yaml[colon + 1] == 0x20, let value = scalar(yaml, colon + 2, to) else { return nil }
        return (key, value)
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
    }

    /// DEL and the C1 controls (U+0080–U+009F, NEL among them), which libyaml refuses or reads
    /// as a line break: Yams words the error.
    private static func refusedByYAML(_ y: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        y[i] == 0x7F || (y[i] == 0xC2 && i + 1 < y.count && (0x80...0x9F).contains(y[i + 1]))
    }

    /// U+2028 and U+2029, which libyaml reads as line breaks (inside quotes too), the BOM, and
    /// U+FFFE and U+FFFF, which it refuses as unprintable. Any other three-byte character (`’`,
    /// `–`, `…`, full-width punctuation) is text to it, as to this reader.
    private static func readsSpeciallyInYAML(_ y: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 2 < y.count else { return false }
        return (y[i] == 0xE2 && y[i + 1] == 0x80 && (y[i + 2] == 0xA8 || y[i + 2] == 0xA9))
            || (y[i] == 0xEF && y[i + 1] == 0xBB && y[i + 2] == 0xBF)
            || (y[i] == 0xEF && y[i + 1] == 0xBF && (y[i + 2] == 0xBE || y[i + 2] == 0xBF))
    }

    /// A plain or simply quoted scalar, or nil if YAML could read it some other way.
    private static func scalar(_ y: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String? {
        var s = from
        while s < to, y[s] == 0x20 { s += 1 }
        guard s < to else { return "" }
        let first = y[s]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard to - s >= 2, y[to - 1] == first else { return nil }
            for i in (s + 1)..<(to - 1) where y[i] == first || y[i] == UInt8(ascii: "\\") || y[i] < 0x20 || refusedByYAML(y, i) || readsSpeciallyInYAML(y, i) { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: y[(s + 1)..<(to - 1)]), as: UTF8.self)
        }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"),
             UInt8(ascii: "@"), UInt8(ascii: "`"):
            return nil
        default:
            break
        }
        for i in s..<to {
            let b = y[i]
            if b < 0x20 || refusedByYAML(y, i) { return nil }
            if b == UInt8(ascii: ":"), i + 1 == to || y[i + 1] == 0x20 { return nil }
            if b == UInt8(ascii: "#"), y[i - 1] == 0x20 { return nil }
            if readsSpeciallyInYAML(y, i) { return nil }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: y[s..<to]), as: UTF8.self)
    }
}
