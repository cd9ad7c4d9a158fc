/// The DocFX alert kinds, which Microsoft Learn renders as titled boxes.
public enum CalloutKind: String, Sendable, Hashable, Codable, CaseIterable {
    case note, tip, important, caution, warning
}

/// How a callout was written. Machine translation often turns `> [!IMPORTANT]`
/// into a bold label such as `**Svarīgi!**`; both mean the same callout.
public enum CalloutStyle: String, Sendable, Hashable, Codable {
    /// `> [!NOTE]`
    case alert
    /// `**Note:** text`, or `**Note**` alone before its body.
    case boldLabel
    /// `Note: text` with no markup at all.
    case plainLabel
}

/// Words that open a localized callout, by kind. They come from the locale catalogs
/// (the caller loads them); this module only matches them.
public struct CalloutLabels: Sendable, Hashable {
    private var kindsByKey: [String: CalloutKind] = [:]
    /// Longest known label in UTF-8 bytes: most paragraphs open with text far longer than
    /// any label, and are turned away before a lowercased copy is made.
    private var longest = 0
    /// First UTF-8 byte of every label in either case, as a 256-bit set: a one-byte test that
    /// turns away most bold runs and sentences before any string is made (a `Set<UInt8>`
    /// hashed the byte, which cost more than the test saved).
    private var firstBytes = ByteSet()
    /// The most spaces any label holds between its words. Casing never adds or removes a space,
    /// so a candidate with more between its first and last word is no label: a sentence whose
    /// opening words reach a stop (`.`, `:`, `!`) is turned away without a lowercased key being
    /// built (about a fifth of the candidates over the corpus; most left are one-word bold runs).
    private var mostSpaces = 0

    public init() {}

    /// Every label and its kind, in a stable order: what an export cache keys on.
    package var fingerprint: String {
        kindsByKey.keys.sorted().map { $0 + "=" + kindsByKey[$0]!.rawValue }.joined(separator: "\n")
    }

    public init(_ labels: [CalloutKind: [String]]) {
        for (kind, words) in labels { for w in words { add(w, as: kind) } }
    }

    /// Words keyed by kind name (`note`, `important`…), as catalogs hold them; unknown kinds are ignored.
    public init(words: [String: [String]]) {
        for (name, list) in words {
            guard let kind = CalloutKind(rawValue: name) else { continue }
            for w in list { add(w, as: kind) }
        }
    }

    public mutating func add(_ label: String, as kind: CalloutKind) {
        let written = Self.trimmed(Substring(label))
        let key = Self.lowercased(written)
        guard !key.isEmpty else { return }
        kindsByKey[key] = kind
        longest = max(longest, key.utf8.count)
        mostSpaces = max(mostSpaces, key.utf8.reduce(0) { $1 == 0x20 ? $0 + 1 : $0 })
        // The label as the catalog writes it too: the key's cases do not always lead back to it
        // (`İpucu` lowercases to `i̇pucu`, whose capital is `I` with a combining dot).
        for variant in [key, key.uppercased(), key.capitalized, String(written), written.uppercased()] {
            if let b = variant.utf8.first { firstBytes.insert(b) }
        }
    }

    public var isEmpty: Bool { kindsByKey.isEmpty }

    /// The kind a label names, ignoring case, surrounding space and closing punctuation
    /// (`Piezīme.`, `Piezīme:`, `Svarīgi!` all match `Piezīme`/`Svarīgi`).
    public func kind<S: StringProtocol>(of label: S) -> CalloutKind? {
        // Room for the punctuation and spaces that `key` trims.
        guard !kindsByKey.isEmpty, label.utf8.count <= longest * 2 + 8 else { return nil }
        guard let first = label.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), firstBytes.contains(first),
              Self.innerSpaces(label.utf8, atMost: mostSpaces) else { return nil }
        return kindsByKey[Self.key(label)]
    }

    /// Whether `label`, trimmed as `key` trims it, holds at most `limit` spaces. Counted in bytes,
    /// erring only towards too few: a space counts once an ASCII byte that no trimming removes
    /// follows it. Non-ASCII bytes never count (they may be closing punctuation such as `：` or a
    /// no-break space, or leading blanks), so a candidate is never turned away for a space `key`
    /// would have trimmed.
    private static func innerSpaces<U: Collection>(_ utf8: U, atMost limit: Int) -> Bool where U.Element == UInt8 {
        var spaces = 0, pending = 0, started = false
        for b in utf8 {
            switch b {
            case 0x20:
                if started { pending += 1 }
            case 0x09...0x0D where !started, 0x80...:
                break
            case 0x09, UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"):
                break
            default:
                started = true
                spaces += pending
                pending = 0
                if spaces > limit { return false }
            }
        }
        return true
    }

    /// Each is one scalar, so they are trimmed as scalars: hashing a Character per test cost
    /// more than the rest of matching a label.
    private static func isTrailing(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ":", "!", "：", "！", "。", " ", "\u{00A0}", "\t": true
        default: false
        }
    }

    /// What a label is looked up by: trimmed and lowercased.
    static func key<S: StringProtocol>(_ label: S) -> String { lowercased(trimmed(Substring(label))) }

    /// Without the closing punctuation and the space around it.
    private static func trimmed(_ label: Substring) -> Substring {
        var scalars = label.unicodeScalars
        while let c = scalars.last, isTrailing(c) { scalars.removeLast() }
        var s = Substring(scalars)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        return s
    }

    private static func lowercased(_ s: Substring) -> String {
        // Most candidates are English words: lowercasing ASCII needs no Unicode tables.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            let count = s.utf8.count
            return String(unsafeUninitializedCapacity: count) { out in
                for (i, b) in s.utf8.enumerated() { out[i] = (0x41...0x5A).contains(b) ? b | 0x20 : b }
                return count
            }
        }
        return s.lowercased()
    }
}

/// A set of bytes as four words of bits.
struct ByteSet: Sendable, Hashable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << (b & 63)
        switch b >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    func contains(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << (b & 63)
        switch b >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    static func == (a: ByteSet, b: ByteSet) -> Bool { a.words == b.words }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0); hasher.combine(words.1); hasher.combine(words.2); hasher.combine(words.3)
    }
}
