/// Bytes of an HTML fragment under construction. Markup goes in through `tag` (written by
/// this module only); everything that comes from an article or a catalog goes through
/// `text`, which escapes it, so no content can open an element or leave an attribute.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Markup written by this module: never content.
    mutating func tag(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text or an attribute value: `& < > " '` escaped (attributes are always double-quoted).
    mutating func text<S: StringProtocol>(_ s: S) {
        for b in s.utf8 { append(escaping: b) }
    }

    /// Fragments this module already escaped (rendered blocks, a localized string with markup around escaped parts).
    mutating func escaped(_ fragment: String) {
        bytes.append(contentsOf: fragment.utf8)
    }

    mutating func escaped(_ other: HTMLBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    mutating func number(_ n: Int) {
        bytes.append(contentsOf: String(n).utf8)
    }

    private mutating func append(escaping b: UInt8) {
        switch b {
        case UInt8(ascii: "&"): tag("&amp;")
        case UInt8(ascii: "<"): tag("&lt;")
        case UInt8(ascii: ">"): tag("&gt;")
        case UInt8(ascii: "\""): tag("&quot;")
        case UInt8(ascii: "'"): tag("&#39;")
        // Control characters other than tab and newline are not allowed in HTML text.
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: break
        case 0x0D: bytes.append(0x0A)
        default: bytes.append(b)
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

enum HTMLText {
    static func escape<S: StringProtocol>(_ s: S) -> String {
        var buffer = HTMLBuffer(capacity: s.utf8.count)
        buffer.text(s)
        return buffer.string
    }
}
