/// Cuts a string into literal text and placeholders of the given syntaxes, in one pass.
///
/// Anything that does not complete a placeholder stays literal text, so no string is ever
/// refused and printing the segments always gives the input back.
package struct PlaceholderScanner {
    let s: [Unicode.Scalar]
    let syntaxes: PlaceholderSyntaxes

    package static func segments(_ text: String, _ syntaxes: PlaceholderSyntaxes) -> [PlaceholderSegment] {
        guard !syntaxes.isEmpty else { return text.isEmpty ? [] : [.literal(text)] }
        let scanner = PlaceholderScanner(s: Array(text.unicodeScalars), syntaxes: syntaxes)
        return scanner.segments(from: 0, to: scanner.s.count, inPluralBranch: false)
    }

    /// Every placeholder, nested ICU ones included, in order.
    package static func placeholders(_ text: String, _ syntaxes: PlaceholderSyntaxes) -> [Placeholder] {
        segments(text, syntaxes).compactMap(\.placeholder).flatMap { [$0] + $0.nested }
    }

    private func string(_ a: Int, _ b: Int) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[a..<b])
        return String(out)
    }

    private func segments(from start: Int, to end: Int, inPluralBranch: Bool) -> [PlaceholderSegment] {
        var out: [PlaceholderSegment] = []
        var literalStart = start
        var i = start
        func flush(_ upTo: Int) {
            if upTo > literalStart { out.append(.literal(string(literalStart, upTo))) }
        }
        while i < end {
            let c = s[i]
            // ICU quoting: '' is an apostrophe; '{…}' is literal text.
            if c == "'", syntaxes.contains(.icu), i + 1 < end, ["{", "}", "#", "'"].contains(s[i + 1]) {
                if s[i + 1] == "'" { i += 2; continue }
                var j = i + 1
                while j < end, s[j] != "'" { j += 1 }
                i = min(j + 1, end)
                continue
            }
            // `%%` is a literal percent sign, and must not start a conversion with its second half.
            if c == "%", i + 1 < end, s[i + 1] == "%", !syntaxes.isDisjoint(with: [.printf, .python]) {
                i += 2
                continue
            }
            if let (placeholder, next) = placeholder(at: i, end: end, inPluralBranch: inPluralBranch) {
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

    private func placeholder(at i: Int, end: Int, inPluralBranch: Bool) -> (Placeholder, Int)? {
        switch s[i] {
        case "{":
            if syntaxes.contains(.doubleBrace), i + 1 < end, s[i + 1] == "{", let p = doubleBrace(at: i, end: end) { return p }
            if syntaxes.contains(.icu), let p = icu(at: i, end: end) { return p }
            if syntaxes.contains(.pythonBrace), let p = pythonBrace(at: i, end: end) { return p }
            if syntaxes.contains(.brace), let (name, next) = name(from: i + 1, end: end), next < end, s[next] == "}" {
                return (Placeholder(kind: .brace, raw: string(i, next + 1), name: name, type: ""), next + 1)
            }
        case "#" where inPluralBranch:
            // The number of the enclosing ICU plural.
            return (Placeholder(kind: .icu, raw: "#", name: "#", type: "number"), i + 1)
        case "%":
            guard i + 1 < end else { return nil }
            if syntaxes.contains(.percentBrace), s[i + 1] == "{", let (name, next) = name(from: i + 2, end: end), next < end, s[next] == "}" {
                return (Placeholder(kind: .percentBrace, raw: string(i, next + 1), name: name, type: ""), next + 1)
            }
            if syntaxes.contains(.apple), i + 2 < end, s[i + 1] == "#", s[i + 2] == "@",
               let (name, next) = name(from: i + 3, end: end), next < end, s[next] == "@" {
                return (Placeholder(kind: .apple, raw: string(i, next + 1), name: name, type: "@"), next + 1)
            }
            if syntaxes.contains(.python), s[i + 1] == "(" {
                var j = i + 2
                while j < end, s[j] != ")" { j += 1 }
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

    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" || c == ".")
    }

    private func skipSpaces(_ j: inout Int, _ end: Int) {
        while j < end, s[j] == " " || s[j] == "\t" || s[j] == "\n" { j += 1 }
    }

    private func doubleBrace(at i: Int, end: Int) -> (Placeholder, Int)? {
        var j = i + 2
        skipSpaces(&j, end)
        guard let (name, afterName) = name(from: j, end: end) else { return nil }
        j = afterName
        skipSpaces(&j, end)
        guard j + 1 < end, s[j] == "}", s[j + 1] == "}" else { return nil }
        return (Placeholder(kind: .doubleBrace, raw: string(i, j + 2), name: name, type: ""), j + 2)
    }

    /// `{0}`, `{name!r:>10}`, `{}` (the next argument).
    private func pythonBrace(at i: Int, end: Int) -> (Placeholder, Int)? {
        var j = i + 1
        let named = name(from: j, end: end)
        j = named?.1 ?? j
        var spec = ""
        if j < end, s[j] == "!" || s[j] == ":" {
            let specStart = j
            while j < end, s[j] != "}", s[j] != "{" { j += 1 }
            spec = string(specStart, j)
        }
        guard j < end, s[j] == "}" else { return nil }
        return (Placeholder(kind: .pythonBrace, raw: string(i, j + 1), name: named?.0, type: spec), j + 1)
    }

    /// ICU: `{arg}`, `{arg, type}`, `{arg, type, style}`, `{arg, plural|selectordinal|select, key {msg} …}`.
    private func icu(at i: Int, end: Int) -> (Placeholder, Int)? {
        var j = i + 1
        skipSpaces(&j, end)
        guard let (name, afterName) = name(from: j, end: end) else { return nil }
        j = afterName
        skipSpaces(&j, end)
        guard j < end else { return nil }
        if s[j] == "}" { return (Placeholder(kind: .icu, raw: string(i, j + 1), name: name, type: ""), j + 1) }
        guard s[j] == "," else { return nil }
        j += 1
        skipSpaces(&j, end)
        guard let (type, afterType) = self.name(from: j, end: end) else { return nil }
        j = afterType
        skipSpaces(&j, end)
        guard j < end else { return nil }
        if s[j] == "}" { return (Placeholder(kind: .icu, raw: string(i, j + 1), name: name, type: type), j + 1) }
        guard s[j] == "," else { return nil }
        j += 1
        let plural = type == "plural" || type == "selectordinal"
        guard plural || type == "select" else {
            // A style (`{n, number, ::percent}`): up to the matching brace.
            guard let close = matchingBrace(from: j, end: end) else { return nil }
            return (Placeholder(kind: .icu, raw: string(i, close + 1), name: name, type: type), close + 1)
        }
        var branches: [Placeholder.Branch] = []
        while true {
            skipSpaces(&j, end)
            guard j < end else { return nil }
            if s[j] == "}" { break }
            var keyEnd = j
            while keyEnd < end, !s[keyEnd].properties.isWhitespace, s[keyEnd] != "{", s[keyEnd] != "}" { keyEnd += 1 }
            guard keyEnd > j else { return nil }
            let key = string(j, keyEnd)
            j = keyEnd
            skipSpaces(&j, end)
            // `offset:1` comes before the branches.
            if key.hasPrefix("offset:") { continue }
            guard j < end, s[j] == "{", let close = matchingBrace(from: j + 1, end: end) else { return nil }
            branches.append(Placeholder.Branch(key: key, raw: string(j + 1, close),
                                               segments: segments(from: j + 1, to: close, inPluralBranch: plural)))
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
            case "'" where j + 1 < end && ["{", "}"].contains(s[j + 1]):
                j += 1
                while j < end, s[j] != "'" { j += 1 }
            case "{": depth += 1
            case "}":
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
        while k < end, ("0"..."9").contains(s[k]) { k += 1 }
        if k > j, k < end, s[k] == "$" {
            position = string(j, k).drop { $0 == "0" }.description
            j = k + 1
        }
        guard let (_, type, next) = printfTail(from: j, end: end) else { return nil }
        return (Placeholder(kind: .printf, raw: string(i, next), name: position, type: type), next)
    }

    /// Flags, width, precision, length and conversion: the conversion with its length is the type.
    private func printfTail(from start: Int, end: Int) -> (String, String, Int)? {
        var j = start
        while j < end, ["-", "+", "#", "0", "'"].contains(s[j]) || (s[j] == " " && syntaxes.contains(.printfSpaceFlag)) { j += 1 }
        if j < end, s[j] == "*" { j += 1 } else { while j < end, ("0"..."9").contains(s[j]) { j += 1 } }
        if j < end, s[j] == "." {
            j += 1
            if j < end, s[j] == "*" { j += 1 } else { while j < end, ("0"..."9").contains(s[j]) { j += 1 } }
        }
        let lengthStart = j
        while j < end, ["h", "l", "L", "q", "j", "z", "t"].contains(s[j]) { j += 1 }
        guard j < end, "diouxXfFeEgGaAcsSpn@".unicodeScalars.contains(s[j]) else { return nil }
        var type = string(lengthStart, j + 1)
        // `%i` and `%d` read the same argument.
        if type.hasSuffix("i") { type = String(type.dropLast()) + "d" }
        return (string(start, j + 1), type, j + 1)
    }
}
