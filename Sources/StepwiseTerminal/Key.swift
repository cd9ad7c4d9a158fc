/// A key press, decoded from the bytes a terminal sends in raw mode.
package enum Key: Sendable, Hashable {
    case enter
    case left, right, up, down
    /// Scrolling a screen taller than the terminal.
    case pageUp, pageDown, home, end
    case backspace
    case escape
    case interrupt      // Ctrl-C: raw mode turns off the signal, so it arrives as a byte
    case endOfInput     // Ctrl-D, or stdin closed
    case character(Character)
}

/// Turns raw bytes into keys. Escape sequences (`ESC [ C`, `ESC O C`) may arrive split
/// across reads, so bytes are buffered until a whole key is known.
package struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    package init() {}

    /// Feeds bytes and returns every complete key they finish. A lone ESC stays pending
    /// until `flush()` (called when no more bytes follow shortly).
    package mutating func feed(_ bytes: some Sequence<UInt8>) -> [Key] {
        pending.append(contentsOf: bytes)
        var keys: [Key] = []
        while let (key, used) = Self.decode(pending) {
            keys.append(key)
            pending.removeFirst(used)
        }
        return keys
    }

    /// Whatever is pending is taken as typed: a lone ESC is the Escape key.
    package mutating func flush() -> [Key] {
        defer { pending.removeAll() }
        if pending == [0x1B] { return [.escape] }
        return pending.isEmpty ? [] : [.escape]
    }

    static func decode(_ b: [UInt8]) -> (Key, Int)? {
        guard let first = b.first else { return nil }
        switch first {
        // CR LF (a pasted line) is one Enter, so a paste cannot answer and confirm at once.
        case 0x0D: return (.enter, b.count >= 2 && b[1] == 0x0A ? 2 : 1)
        case 0x0A: return (.enter, 1)
        case 0x03: return (.interrupt, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x1B:
            guard b.count >= 2 else { return nil }
            guard b[1] == UInt8(ascii: "[") || b[1] == UInt8(ascii: "O") else { return (.escape, 1) }
            // CSI: parameters and intermediates, then one final byte in 0x40...0x7E.
            var i = 2
            while i < b.count, !(0x40...0x7E).contains(b[i]) { i += 1 }
            guard i < b.count else { return b.count > 16 ? (.escape, b.count) : nil }
            let key: Key
            switch b[i] {
            case UInt8(ascii: "A"): key = .up
            case UInt8(ascii: "B"): key = .down
            case UInt8(ascii: "C"): key = .right
            case UInt8(ascii: "D"): key = .left
            case UInt8(ascii: "H"): key = .home
            case UInt8(ascii: "F"): key = .end
            // `ESC [ 5 ~`: the key is the parameter (xterm, VT220 and rxvt numberings).
            case UInt8(ascii: "~"):
                switch String(decoding: b[2..<i], as: UTF8.self) {
                case "5": key = .pageUp
                case "6": key = .pageDown
                case "1", "7": key = .home
                case "4", "8": key = .end
                default: key = .escape
                }
            default: key = .escape  // a key Stepwise has no use for; the caller ignores it
            }
            return (key, i + 1)
        case 0x00..<0x20:
            return (.escape, 1)
        default:
            let length = first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
            guard first >= 0x80 else { return (.character(Character(Unicode.Scalar(first))), 1) }
            guard b.count >= length else { return nil }
            let s = String(decoding: b[0..<length], as: UTF8.self)
            return (.character(s.first ?? "\u{FFFD}"), length)
        }
    }
}
