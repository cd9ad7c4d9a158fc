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

    /// Text or an attribute value: `& < > " '` escaped (attributes are always double-quoted),
    /// byte by byte, so no combining mark can hide a quote from the escaper. Controls other
    /// than tab and newline (C0, DEL, C1) and noncharacters are dropped: HTML forbids them.
    mutating func text<S: StringProtocol>(_ s: S) {
        // A multi-byte character is gathered into `packed` (its bytes, big-endian) and then
        // kept or dropped whole.
        var packed: UInt32 = 0, remaining = 0, length = 0
        for b in s.utf8 {
            if remaining > 0 {
                packed = packed << 8 | UInt32(b)
                remaining -= 1
                if remaining == 0 && !Self.isForbidden(packed, length: length) {
                    for k in stride(from: length - 1, through: 0, by: -1) { bytes.append(UInt8(truncatingIfNeeded: packed >> (8 * UInt32(k)))) }
                }
                continue
            }
            switch b {
            case UInt8(ascii: "&"): tag("&amp;")
            case UInt8(ascii: "<"): tag("&lt;")
            case UInt8(ascii: ">"): tag("&gt;")
            case UInt8(ascii: "\""): tag("&quot;")
            case UInt8(ascii: "'"): tag("&#39;")
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: break
            case 0x0D: bytes.append(0x0A)
            case 0xC0...:
                length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                remaining = length - 1
                packed = UInt32(b)
            default: bytes.append(b)
            }
        }
    }

    /// Fragments this module already escaped (rendered blocks, a localized string with markup around escaped parts).
    mutating func escaped(_ fragment: String) {
        bytes.append(contentsOf: fragment.utf8)
    }

    mutating func escaped(_ other: HTMLBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    /// ` lang="…"` when the strings inside are not in the page's language.
    mutating func lang(_ tag: String?) {
        guard let tag else { return }
        self.tag(" lang=\""); text(tag); self.tag("\"")
    }

    mutating func number(_ n: Int) {
        bytes.append(contentsOf: String(n).utf8)
    }

    /// C1 controls (U+0080–U+009F: C2 80–C2 9F) and noncharacters (U+FDD0–U+FDEF and every
    /// plane's last two code points, …FFFE and …FFFF).
    private static func isForbidden(_ packed: UInt32, length: Int) -> Bool {
        switch length {
        case 2: return packed >= 0xC280 && packed <= 0xC29F
        case 3: return (packed >= 0xEFB790 && packed <= 0xEFB7AF) || packed >= 0xEFBFBE
        default: return packed & 0x0F_FF_FE == 0x0F_BF_BE
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
