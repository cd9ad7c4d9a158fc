/// Docs front matter is nearly always flat `key: value` lines and `- item` lists. Yams
/// builds a full node graph for it, which costs more than cmark's whole parse of the body,
/// so this reader takes that plain subset and returns nil for anything else (quotes with
/// escapes, flow or block scalars, anchors, comments after a value, nesting), which then
/// goes to Yams.
/// A test holds it to Yams' answer on every corpus article.
enum FrontMatterFastPath {
    static func parse(_ yaml: UnsafeBufferPointer<UInt8>, lineCount: Int) -> FrontMatter? {
        var fm = FrontMatter(lineCount: lineCount)
        fm.entries.reserveCapacity(24)
        var listKey: (key: String, line: Int)?
        var list: [FrontMatterValue] = []
        var seen = Set<String>()
        var listIndent = -1
        var line = 1
        var start = 0

        func flush(_ fm: inout FrontMatter) {
            guard let (key, keyLine) = listKey else { return }
            fm.entries.append(FrontMatterEntry(key: key, value: list.isEmpty ? .string("") : .list(list),
                                               position: SourcePosition(line: keyLine + 1, column: 1)))
            listKey = nil
            list = []
            listIndent = -1
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
                guard listKey != nil, listIndent == -1 || listIndent == indent - start else { return nil }
                listIndent = indent - start
                guard let value = scalar(yaml, indent + 2, e) else { return nil }
                list.append(.string(value))
            } else {
                guard indent == start else { return nil }
                flush(&fm)
                var colon = start
                while colon < e, isKeyByte(yaml[colon]) { colon += 1 }
                guard colon > start, colon < e, yaml[colon] == UInt8(ascii: ":") else { return nil }
                let key = String(decoding: UnsafeBufferPointer(rebasing: yaml[start..<colon]), as: UTF8.self)
                // Duplicates are an error only Yams words well.
                guard seen.insert(key).inserted else { return nil }
                if colon + 1 == e {
                    listKey = (key, line)
                } else {
                    guard yaml[colon + 1] == 0x20, let value = scalar(yaml, colon + 2, e) else { return nil }
                    fm.entries.append(FrontMatterEntry(key: key, value: .string(value), position: SourcePosition(line: line + 1, column: 1)))
                }
            }
            if end >= yaml.count { break }
        }
        flush(&fm)
        return fm
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

    /// A plain or simply quoted scalar, or nil if YAML could read it some other way.
    private static func scalar(_ y: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String? {
        var s = from
        while s < to, y[s] == 0x20 { s += 1 }
        guard s < to else { return "" }
        let first = y[s]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard to - s >= 2, y[to - 1] == first else { return nil }
            for i in (s + 1)..<(to - 1) where y[i] == first || y[i] == UInt8(ascii: "\\") || y[i] < 0x20 || refusedByYAML(y, i) { return nil }
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
            // Non-ASCII is fine except the BOM and line/paragraph separators YAML treats specially.
            if b == 0xEF || b == 0xE2 { return nil }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: y[s..<to]), as: UTF8.self)
    }
}
