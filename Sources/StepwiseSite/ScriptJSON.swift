/// JSON for a `<script type="application/json">` data island. Beyond JSON's own escapes,
/// `<`, `>` and `&` become `\u003c`… so no `</script>` or `<!--` can end or bend the element,
/// and U+2028/U+2029 are escaped for older JavaScript parsers; C1 controls and noncharacters,
/// which HTML does not allow raw, are escaped too.
indirect enum ScriptJSON: Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([ScriptJSON])
    /// Keys in the order given, so the same data gives the same bytes.
    case object([(String, ScriptJSON)])

    static func optional(_ s: String?) -> ScriptJSON { s.map(ScriptJSON.string) ?? .null }

    var encoded: String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .string(let s): Self.write(string: s, to: &out)
        case .number(let n): out.append(contentsOf: String(n).utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.write(string: key, to: &out)
                out.append(UInt8(ascii: ":"))
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    static func write(string s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: out.append(contentsOf: "\\\"".utf8)
            case 0x5C: out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20, 0x3C, 0x3E, 0x26, 0x7F: unicodeEscape(UInt16(v), to: &out)
            case 0x20..<0x80: out.append(UInt8(v))
            // Line separators, C1 controls and noncharacters: kept in the data, never raw in the page.
            case 0x80...0x9F, 0x2028, 0x2029, 0xFDD0...0xFDEF:
                unicodeEscape(UInt16(v), to: &out)
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
