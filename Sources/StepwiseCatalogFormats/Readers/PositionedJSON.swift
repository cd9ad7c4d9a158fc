import StepwiseArticle
import StepwiseLocale

/// JSON (RFC 8259) with the line and column of every value, which Foundation's reader does
/// not give: a String Catalog's finding must point at its string. Object members keep their
/// order; nesting is bounded.
indirect enum PositionedJSON: Sendable {
    case object([(key: String, keyPosition: SourcePosition, value: PositionedJSON)], SourcePosition)
    case array([PositionedJSON], SourcePosition)
    case string(String, SourcePosition)
    case number(String, SourcePosition)
    case bool(Bool, SourcePosition)
    case null(SourcePosition)

    var position: SourcePosition {
        switch self {
        case .object(_, let p), .array(_, let p), .string(_, let p), .number(_, let p), .bool(_, let p), .null(let p): p
        }
    }

    subscript(key: String) -> PositionedJSON? {
        guard case .object(let members, _) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    var members: [(key: String, keyPosition: SourcePosition, value: PositionedJSON)] {
        if case .object(let m, _) = self { return m }
        return []
    }

    var string: String? {
        if case .string(let s, _) = self { return s }
        return nil
    }

    static let maxDepth = 128

    static func parse(_ text: String, file: String) throws(CatalogError) -> PositionedJSON {
        var p = Parser(s: Array(text.unicodeScalars), file: file)
        p.space()
        let value = try p.value(depth: 0)
        p.space()
        guard p.i == p.s.count else { throw CatalogError(.trailing, file: file, line: p.line, column: p.i - p.lineStart + 1) }
        return value
    }

    private struct Parser {
        let s: [Unicode.Scalar]
        let file: String
        var i = 0
        var line = 1
        var lineStart = 0

        var here: SourcePosition { SourcePosition(line: line, column: i - lineStart + 1) }

        mutating func space() {
            while i < s.count {
                switch s[i] {
                case "\n": i += 1; line += 1; lineStart = i
                case " ", "\t", "\r": i += 1
                default: return
                }
            }
        }

        func unexpected(_ expected: String) -> CatalogError {
            guard i < s.count else { return CatalogError(.missing, file: file, line: line, column: i - lineStart + 1, ["expected": expected]) }
            return CatalogError(.unexpected, file: file, line: line, column: i - lineStart + 1, ["expected": expected, "found": String(s[i])])
        }

        func valueExpected() -> CatalogError {
            CatalogError(.jsonValue, file: file, line: line, column: i - lineStart + 1)
        }

        mutating func expect(_ c: Unicode.Scalar) throws(CatalogError) {
            space()
            guard i < s.count, s[i] == c else { throw unexpected(String(c)) }
            i += 1
        }

        mutating func value(depth: Int) throws(CatalogError) -> PositionedJSON {
            guard depth < PositionedJSON.maxDepth else { throw CatalogError(.tooDeep, file: file, line: line, column: i - lineStart + 1, ["key": "", "limit": String(PositionedJSON.maxDepth)]) }
            space()
            let start = here
            guard i < s.count else { throw valueExpected() }
            switch s[i] {
            case "{":
                i += 1
                var members: [(String, SourcePosition, PositionedJSON)] = []
                space()
                if i < s.count, s[i] == "}" { i += 1; return .object([], start) }
                while true {
                    space()
                    let keyPosition = here
                    guard i < s.count, s[i] == "\"" else { throw unexpected("\"") }
                    let key = try string()
                    try expect(":")
                    members.append((key, keyPosition, try value(depth: depth + 1)))
                    space()
                    if i < s.count, s[i] == "," { i += 1; continue }
                    try expect("}")
                    return .object(members.map { (key: $0.0, keyPosition: $0.1, value: $0.2) }, start)
                }
            case "[":
                i += 1
                var items: [PositionedJSON] = []
                space()
                if i < s.count, s[i] == "]" { i += 1; return .array([], start) }
                while true {
                    items.append(try value(depth: depth + 1))
                    space()
                    if i < s.count, s[i] == "," { i += 1; continue }
                    try expect("]")
                    return .array(items, start)
                }
            case "\"":
                return .string(try string(), start)
            case "t", "f", "n":
                for (word, v) in [("true", PositionedJSON.bool(true, start)), ("false", .bool(false, start)), ("null", .null(start))] {
                    let w = Array(word.unicodeScalars)
                    if i + w.count <= s.count, Array(s[i..<i + w.count]) == w { i += w.count; return v }
                }
                throw valueExpected()
            default:
                let from = i
                while i < s.count, "+-0123456789.eE".unicodeScalars.contains(s[i]) { i += 1 }
                guard i > from else { throw valueExpected() }
                return .number(String(String.UnicodeScalarView(s[from..<i])), start)
            }
        }

        mutating func string() throws(CatalogError) -> String {
            let start = here
            i += 1
            // Gathered as UTF-8 bytes: appending to a String.UnicodeScalarView was most of a read.
            var out: [UInt8] = []
            func put(_ scalar: Unicode.Scalar) {
                if scalar.isASCII { out.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
            }
            while i < s.count {
                let c = s[i]
                switch c {
                case "\"":
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                case "\n":
                    throw CatalogError(.unterminated, file: file, line: start.line, column: start.column)
                case "\\":
                    // A backslash that ends the file: no escape, and the string is never closed.
                    guard i + 1 < s.count else { throw CatalogError(.unterminated, file: file, line: start.line, column: start.column) }
                    let e = s[i + 1]
                    i += 2
                    switch e {
                    case "\"", "\\", "/": put(e)
                    case "n": put("\n")
                    case "t": put("\t")
                    case "r": put("\r")
                    case "b": put("\u{8}")
                    case "f": put("\u{C}")
                    case "u":
                        guard let high = hex4() else { throw CatalogError(.badEscape, file: file, line: line, column: i - lineStart - 1, ["escape": "\\u"]) }
                        if (0xD800...0xDBFF).contains(high), i + 1 < s.count, s[i] == "\\", s[i + 1] == "u" {
                            i += 2
                            if let low = hex4(), (0xDC00...0xDFFF).contains(low),
                               let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                                put(scalar); continue
                            }
                            throw CatalogError(.badEscape, file: file, line: line, column: i - lineStart - 5, ["escape": "\\u"])
                        }
                        guard let scalar = Unicode.Scalar(high) else {
                            throw CatalogError(.badEscape, file: file, line: line, column: i - lineStart - 5, ["escape": "\\u"])
                        }
                        put(scalar)
                    default:
                        throw CatalogError(.badEscape, file: file, line: line, column: i - lineStart - 1, ["escape": "\\" + String(e)])
                    }
                default:
                    put(c)
                    i += 1
                }
            }
            throw CatalogError(.unterminated, file: file, line: start.line, column: start.column)
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= s.count else { return nil }
            var v: UInt32 = 0
            for c in s[i..<i + 4] {
                guard c.properties.isASCIIHexDigit, let d = UInt32(String(c), radix: 16) else { return nil }
                v = v * 16 + d
            }
            i += 4
            return v
        }
    }
}
