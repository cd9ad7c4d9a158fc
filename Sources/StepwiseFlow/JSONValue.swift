/// The one JSON writer: every JSON Stepwise prints or embeds (graphs, `list`, `check`, the
/// tenant's answers, the export's data islands) is built as this value and written here.
/// Objects keep their keys in the order written, so output reads in the order of the format
/// description and the same data gives the same bytes (Foundation's encoder only sorts).
///
/// One escaping rule: beyond JSON's own escapes, DEL, C1 controls (a terminal obeys U+009B as
/// CSI), U+2028/U+2029 (line ends in JavaScript) and noncharacters (not allowed raw in HTML)
/// are written as `\u` escapes, so JSON from an article or a catalog prints and embeds
/// safely. In a `<script>` data island `<`, `>` and `&` are escaped too, so no `</script>` or
/// `<!--` can end or bend the element.
package indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    package static func optional(_ i: Int?) -> JSONValue { i.map(JSONValue.int) ?? .null }

    /// Two-space indentation, `"key": value`, empty containers as `[]`/`{}`, trailing newline.
    package func pretty() -> String { String(decoding: prettyBytes(), as: UTF8.self) }

    /// `pretty()` as the bytes of a file.
    package func prettyBytes() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: 0, script: false)
        out.append(0x0A)
        return out
    }

    /// On one line with no spaces, for a `<script type="application/json">` element.
    package func writeScript(to out: inout [UInt8]) {
        write(to: &out, indent: nil, script: true)
    }

    package var script: String {
        var out: [UInt8] = []
        writeScript(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `indent` nil: compact.
    private func write(to out: inout [UInt8], indent: Int?, script: Bool) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): Self.write(string: s, to: &out, script: script)
        case .array(let items):
            Self.container(items, open: "[", close: "]", to: &out, indent: indent) { item, out, inner in
                item.write(to: &out, indent: inner, script: script)
            }
        case .object(let members):
            Self.container(members, open: "{", close: "}", to: &out, indent: indent) { member, out, inner in
                Self.write(string: member.0, to: &out, script: script)
                out.append(UInt8(ascii: ":"))
                if inner != nil { out.append(UInt8(ascii: " ")) }
                member.1.write(to: &out, indent: inner, script: script)
            }
        }
    }

    private static func container<T>(_ items: [T], open: Unicode.Scalar, close: Unicode.Scalar, to out: inout [UInt8], indent: Int?,
                                      _ element: (T, inout [UInt8], Int?) -> Void) {
        out.append(UInt8(ascii: open))
        guard let indent, !items.isEmpty else {
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                element(item, &out, nil)
            }
            out.append(UInt8(ascii: close))
            return
        }
        out.append(0x0A)
        for (i, item) in items.enumerated() {
            pad(&out, indent + 1)
            element(item, &out, indent + 1)
            if i + 1 < items.count { out.append(UInt8(ascii: ",")) }
            out.append(0x0A)
        }
        pad(&out, indent)
        out.append(UInt8(ascii: close))
    }

    private static func pad(_ out: inout [UInt8], _ level: Int) {
        for _ in 0..<level { out.append(contentsOf: [0x20, 0x20]) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A string literal by the rule above.
    package static func write(string s: String, to out: inout [UInt8], script: Bool) {
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: out.append(contentsOf: "\\\"".utf8)
            case 0x5C: out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            // (`where` would guard only the last pattern of a list, so the set is tested whole.)
            case _ where script && (v == 0x3C || v == 0x3E || v == 0x26): unicodeEscape(UInt16(v), to: &out)
            case 0x00..<0x20, 0x7F: unicodeEscape(UInt16(v), to: &out)
            case 0x20..<0x80: out.append(UInt8(v))
            case 0x80...0x9F, 0x2028, 0x2029, 0xFDD0...0xFDEF: unicodeEscape(UInt16(v), to: &out)
            case _ where v & 0xFFFE == 0xFFFE:
                if v > 0xFFFF {
                    let u = v - 0x10000
                    unicodeEscape(UInt16(0xD800 + (u >> 10)), to: &out)
                    unicodeEscape(UInt16(0xDC00 + (u & 0x3FF)), to: &out)
                } else {
                    unicodeEscape(UInt16(v), to: &out)
                }
            default: UTF8.encode(scalar) { out.append($0) }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ u: UInt16, to out: inout [UInt8]) {
        out.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((u >> UInt16(shift)) & 0xF)]) }
    }
}
