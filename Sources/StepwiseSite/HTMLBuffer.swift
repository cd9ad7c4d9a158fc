import Mustache

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
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { append(escaping: $0) }
        if done == nil { Array(s.utf8).withUnsafeBufferPointer { append(escaping: $0) } }
    }

    /// Runs of bytes that need nothing are copied whole; only the bytes between them (the five
    /// escaped ones, controls, and characters beyond ASCII, kept or dropped whole) one by one.
    private mutating func append(escaping text: UnsafeBufferPointer<UInt8>) {
        var i = 0, run = 0
        let n = text.count
        func flush(_ end: Int) {
            if end > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<end])) }
        }
        while i < n {
            let b = text[i]
            if Self.isPlain(b) { i += 1; continue }
            flush(i)
            switch b {
            case UInt8(ascii: "&"): tag("&amp;")
            case UInt8(ascii: "<"): tag("&lt;")
            case UInt8(ascii: ">"): tag("&gt;")
            case UInt8(ascii: "\""): tag("&quot;")
            case UInt8(ascii: "'"): tag("&#39;")
            case 0x0D: bytes.append(0x0A)
            case 0xC0...:
                // A whole character (a String is valid UTF-8), gathered big-endian into `packed`.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                let end = min(i + length, n)
                var packed: UInt32 = 0
                for k in i..<end { packed = packed << 8 | UInt32(text[k]) }
                if end - i == length, !Self.isForbidden(packed, length: length) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<end]))
                }
                i = end
                run = i
                continue
            default:
                break // other controls (C0 but tab and newline, DEL) and stray continuation bytes: dropped
            }
            i += 1
            run = i
        }
        flush(n)
    }

    /// Printable ASCII but the five escaped characters, and tab and newline.
    private static func isPlain(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): false
        case 0x20...0x7E, 0x09, 0x0A: true
        default: false
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

/// Markup this module made, handed to a template as the bytes it is: the compiled templates
/// copy it in whole; swift-mustache (a project's own templates) sees the String it stands for,
/// so sections and values behave there as they did for a String.
struct PageHTML: MustacheCustomRepresentation, Sendable {
    let bytes: [UInt8]

    init(_ buffer: HTMLBuffer) { bytes = buffer.bytes }

    var representation: Any? { String(decoding: bytes, as: UTF8.self) }
}
