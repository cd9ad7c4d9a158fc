/// Cuts a string into literal text and placeholders of the given syntaxes, in one pass.
///
/// Anything that does not complete a placeholder stays literal text, so no string is ever
/// refused and printing the segments always gives the input back. The scan is over UTF-8
/// bytes: every character a syntax uses is ASCII, and no byte of a longer character is.
package struct PlaceholderScanner {
    let s: [UInt8]
    let syntaxes: PlaceholderSyntaxes

    package static func segments(_ text: String, _ syntaxes: PlaceholderSyntaxes) -> [PlaceholderSegment] {
        // Most strings have no byte any syntax starts with: they are one literal, found without decoding.
        guard !syntaxes.isEmpty, text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "#") })
        else { return text.isEmpty ? [] : [.literal(text)] }
        let scanner = PlaceholderScanner(s: Array(text.utf8), syntaxes: syntaxes)
        return scanner.segments(from: 0, to: scanner.s.count, inPluralBranch: false, depth: 0)
    }

    /// Every placeholder, nested ICU ones included, in order.
    package static func placeholders(_ text: String, _ syntaxes: PlaceholderSyntaxes) -> [Placeholder] {
        segments(text, syntaxes).compactMap(\.placeholder).flatMap { [$0] + $0.nested }
    }

    private func string(_ a: Int, _ b: Int) -> String {
        String(decoding: s[a..<b], as: UTF8.self)
    }

    /// ICU messages nest a few levels (a select holding a plural); past this a string is
    /// hostile, and its deeper braces stay text rather than recursing without bound.
    static let maxDepth = 8

    private func segments(from start: Int, to end: Int, inPluralBranch: Bool, depth: Int) -> [PlaceholderSegment] {
        var out: [PlaceholderSegment] = []
        var literalStart = start
        var i = start
        func flush(_ upTo: Int) {
            if upTo > literalStart { out.append(.literal(string(literalStart, upTo))) }
        }
        while i < end {
            let c = s[i]
            // ICU quoting: '' is an apostrophe; '{…}' is literal text.
            if c == UInt8(ascii: "'"), syntaxes.contains(.icu), i + 1 < end, Self.isOneOf(s[i + 1], "{}#'") {
                if s[i + 1] == UInt8(ascii: "'") { i += 2; continue }
                var j = i + 1
                while j < end, s[j] != UInt8(ascii: "'") { j += 1 }
                i = min(j + 1, end)
                continue
            }
            // `%%` is a literal percent sign, and must not start a conversion with its second half.
            if c == UInt8(ascii: "%"), i + 1 < end, s[i + 1] == UInt8(ascii: "%"), !syntaxes.isDisjoint(with: [.printf, .python]) {
                i += 2
                continue
            }
            if let (placeholder, next) = placeholder(at: i, end: end, inPluralBranch: inPluralBranch, depth: depth) {
                flush(i)
                out.append(.placeholder(placeholder))
                i = next
                literalStart = i
                continue
            }
            i += 1
        }
        flush(end)
        return out
    }

    private func placeholder(at i: Int, end: Int, inPluralBranch: Bool, depth: Int) -> (Placeholder, Int)? {
        switch s[i] {
        case UInt8(ascii: "{"):
            if syntaxes.contains(.doubleBrace), i + 1 < end, s[i + 1] == UInt8(ascii: "{"), let p = doubleBrace(at: i, end: end) { return p }
            if syntaxes.contains(.icu), let p = icu(at: i, end: end, depth: depth) { return p }
            if syntaxes.contains(.pythonBrace), let p = pythonBrace(at: i, end: end) { return p }
            if syntaxes.contains(.brace), let (name, next) = name(from: i + 1, end: end), next < end, s[next] == UInt8(ascii: "}") {
                return (Placeholder(kind: .brace, raw: string(i, next + 1), name: name, type: ""), next + 1)
            }
        case UInt8(ascii: "#") where inPluralBranch:
            // The number of the enclosing ICU plural.
            return (Placeholder(kind: .icu, raw: "#", name: "#", type: "number"), i + 1)
        case UInt8(ascii: "%"):
            guard i + 1 < end else { return nil }
            if syntaxes.contains(.percentBrace), s[i + 1] == UInt8(ascii: "{"), let (name, next) = name(from: i + 2, end: end), next < end, s[next] == UInt8(ascii: "}") {
                return (Placeholder(kind: .percentBrace, raw: string(i, next + 1), name: name, type: ""), next + 1)
            }
            if syntaxes.contains(.apple), i + 2 < end, s[i + 1] == UInt8(ascii: "#"), s[i + 2] == UInt8(ascii: "@"),
               let (name, next) = name(from: i + 3, end: end), next < end, s[next] == UInt8(ascii: "@") {
                return (Placeholder(kind: .apple, raw: string(i, next + 1), name: name, type: "@"), next + 1)
            }
            if syntaxes.contains(.python), s[i + 1] == UInt8(ascii: "(") {
                var j = i + 2
                while j < end, s[j] != UInt8(ascii: ")") { j += 1 }
                if j < end, j > i + 2, let (_, type, next) = printfTail(from: j + 1, end: end) {
                    return (Placeholder(kind: .python, raw: string(i, next), name: string(i + 2, j), type: type), next)
                }
                return nil
            }
            if !syntaxes.isDisjoint(with: [.printf, .python]) { return printf(at: i, end: end) }
        default:
            break
        }
        return nil
    }

    /// `[A-Za-z0-9_.-]+`: prose braces such as `{ }` or JSON are never taken for a name.
    private func name(from start: Int, end: Int) -> (String, Int)? {
        var j = start
        while j < end, Self.isNameScalar(s[j]) { j += 1 }
        return j > start ? (string(start, j), j) : nil
    }

    private static func isNameScalar(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."): true
        default: false
        }
    }

    private static func isOneOf(_ c: UInt8, _ set: StaticString) -> Bool {
        UnsafeBufferPointer(start: set.utf8Start, count: set.utf8CodeUnitCount).contains(c)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r")
    }

    private func skipSpaces(_ j: inout Int, _ end: Int) {
        while j < end, Self.isSpace(s[j]) { j += 1 }
    }

    private func doubleBrace(at i: Int, end: Int) -> (Placeholder, Int)? {
        var j = i + 2
        skipSpaces(&j, end)
        guard let (name, afterName) = name(from: j, end: end) else { return nil }
        j = afterName
        skipSpaces(&j, end)
        guard j + 1 < end, s[j] == UInt8(ascii: "}"), s[j + 1] == UInt8(ascii: "}") else { return nil }
        return (Placeholder(kind: .doubleBrace, raw: string(i, j + 2), name: name, type: ""), j + 2)
    }

    /// `{0}`, `{name!r:>10}`, `{}` (the next argument).
    private func pythonBrace(at i: Int, end: Int) -> (Placeholder, Int)? {
        var j = i + 1
        let named = name(from: j, end: end)
        j = named?.1 ?? j
        var spec = ""
        if j < end, s[j] == UInt8(ascii: "!") || s[j] == UInt8(ascii: ":") {
            let specStart = j
            while j < end, s[j] != UInt8(ascii: "}"), s[j] != UInt8(ascii: "{") { j += 1 }
            spec = string(specStart, j)
        }
        guard j < end, s[j] == UInt8(ascii: "}") else { return nil }
        return (Placeholder(kind: .pythonBrace, raw: string(i, j + 1), name: named?.0, type: spec), j + 1)
    }

    /// ICU: `{arg}`, `{arg, type}`, `{arg, type, style}`, `{arg, plural|selectordinal|select, key {msg} …}`.
    private func icu(at i: Int, end: Int, depth: Int) -> (Placeholder, Int)? {
        var j = i + 1
        skipSpaces(&j, end)
        guard let (name, afterName) = name(from: j, end: end) else { return nil }
        j = afterName
        skipSpaces(&j, end)
        guard j < end else { return nil }
        if s[j] == UInt8(ascii: "}") { return (Placeholder(kind: .icu, raw: string(i, j + 1), name: name, type: ""), j + 1) }
        guard s[j] == UInt8(ascii: ",") else { return nil }
        j += 1
        skipSpaces(&j, end)
        guard let (type, afterType) = self.name(from: j, end: end) else { return nil }
        j = afterType
        skipSpaces(&j, end)
        guard j < end else { return nil }
        if s[j] == UInt8(ascii: "}") { return (Placeholder(kind: .icu, raw: string(i, j + 1), name: name, type: type), j + 1) }
        guard s[j] == UInt8(ascii: ",") else { return nil }
        j += 1
        let plural = type == "plural" || type == "selectordinal"
        guard (plural || type == "select") && depth < Self.maxDepth else {
            // A style (`{n, number, ::percent}`): up to the matching brace.
            guard let close = matchingBrace(from: j, end: end) else { return nil }
            return (Placeholder(kind: .icu, raw: string(i, close + 1), name: name, type: type), close + 1)
        }
        var branches: [Placeholder.Branch] = []
        while true {
            skipSpaces(&j, end)
            guard j < end else { return nil }
            if s[j] == UInt8(ascii: "}") { break }
            var keyEnd = j
            while keyEnd < end, !Self.isSpace(s[keyEnd]), s[keyEnd] != UInt8(ascii: "{"), s[keyEnd] != UInt8(ascii: "}") { keyEnd += 1 }
            guard keyEnd > j else { return nil }
            let key = string(j, keyEnd)
            j = keyEnd
            skipSpaces(&j, end)
            // `offset:1` comes before the branches.
            if key.hasPrefix("offset:") { continue }
            guard j < end, s[j] == UInt8(ascii: "{"), let close = matchingBrace(from: j + 1, end: end) else { return nil }
            branches.append(Placeholder.Branch(key: key, raw: string(j + 1, close),
                                               segments: segments(from: j + 1, to: close, inPluralBranch: plural, depth: depth + 1)))
            j = close + 1
        }
        guard !branches.isEmpty else { return nil }
        return (Placeholder(kind: .icu, raw: string(i, j + 1), name: name, type: type, branches: branches), j + 1)
    }

    /// The `}` closing a brace opened just before `start`, counting nested pairs and skipping
    /// ICU's quoted text.
    private func matchingBrace(from start: Int, end: Int) -> Int? {
        var depth = 0, j = start
        while j < end {
            switch s[j] {
            case UInt8(ascii: "'") where j + 1 < end && Self.isOneOf(s[j + 1], "{}"):
                j += 1
                while j < end, s[j] != UInt8(ascii: "'") { j += 1 }
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                if depth == 0 { return j }
                depth -= 1
            default: break
            }
            j += 1
        }
        return nil
    }

    /// `%[position$][flags][width][.precision][length]conversion`.
    private func printf(at i: Int, end: Int) -> (Placeholder, Int)? {
        var j = i + 1
        var position: String?
        var k = j
        while k < end, Self.isDigit(s[k]) { k += 1 }
        if k > j, k < end, s[k] == UInt8(ascii: "$") {
            position = string(j, k).drop { $0 == "0" }.description
            j = k + 1
        }
        guard let (_, type, next) = printfTail(from: j, end: end) else { return nil }
        return (Placeholder(kind: .printf, raw: string(i, next), name: position, type: type), next)
    }

    /// Flags, width, precision, length and conversion: the conversion with its length is the type.
    private func printfTail(from start: Int, end: Int) -> (String, String, Int)? {
        var j = start
        while j < end, Self.isOneOf(s[j], "-+#0'") || (s[j] == UInt8(ascii: " ") && syntaxes.contains(.printfSpaceFlag)) { j += 1 }
        if j < end, s[j] == UInt8(ascii: "*") { j += 1 } else { while j < end, Self.isDigit(s[j]) { j += 1 } }
        if j < end, s[j] == UInt8(ascii: ".") {
            j += 1
            if j < end, s[j] == UInt8(ascii: "*") { j += 1 } else { while j < end, Self.isDigit(s[j]) { j += 1 } }
        }
        let lengthStart = j
        while j < end, Self.isOneOf(s[j], "hlLqjzt") { j += 1 }
        guard j < end, Self.isOneOf(s[j], "diouxXfFeEgGaAcsSpn@") else { return nil }
        var type = string(lengthStart, j + 1)
        // `%i` and `%d` read the same argument.
        if type.hasSuffix("i") { type = String(type.dropLast()) + "d" }
        return (string(start, j + 1), type, j + 1)
    }
}
