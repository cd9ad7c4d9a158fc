/// `Character` tests against ASCII literals, answered from the UTF-8 bytes when the bytes
/// settle them, which is nearly always, and by `String` itself otherwise: walking grapheme
/// clusters cost more than everything else resolving a link does.
///
/// The bytes settle a test when the byte next to the literal (after a prefix, before a suffix)
/// is ASCII or absent: only non-ASCII scalars (combining marks, prepended signs) can join an
/// ASCII character to its neighbour in one `Character`. And no other scalar sequence is
/// canonically equivalent to `#`, `/`, `.`, `m` or `d`, so differing bytes mean "no".
enum ASCIIMatching {
    /// `s.first == Character(Unicode.Scalar(byte))`, for an ASCII `byte` such as `#` or `/`.
    static func first(of s: String, is byte: UInt8) -> Bool {
        let utf8 = s.utf8
        guard let first = utf8.first, first == byte else { return false }
        let next = utf8.index(after: utf8.startIndex)
        if next == utf8.endIndex || utf8[next] < 0x80 { return true }
        return s.first == Character(Unicode.Scalar(byte))
    }

    /// `s.hasPrefix("//")`.
    static func hasDoubleSlashPrefix(_ s: String) -> Bool {
        let utf8 = s.utf8
        var i = utf8.startIndex
        for _ in 0..<2 {
            guard i != utf8.endIndex, utf8[i] == UInt8(ascii: "/") else { return false }
            i = utf8.index(after: i)
        }
        if i == utf8.endIndex || utf8[i] < 0x80 { return true }
        return s.hasPrefix("//")
    }

    /// `s.hasSuffix(".md")`.
    static func hasMarkdownSuffix<S: StringProtocol>(_ s: S) -> Bool where S.UTF8View: BidirectionalCollection {
        let utf8 = s.utf8
        guard utf8.count >= 3 else { return false }
        let d = utf8.index(before: utf8.endIndex), m = utf8.index(before: d), dot = utf8.index(before: m)
        guard utf8[dot] == UInt8(ascii: "."), utf8[m] == UInt8(ascii: "m"), utf8[d] == UInt8(ascii: "d") else { return false }
        if dot == utf8.startIndex || utf8[utf8.index(before: dot)] < 0x80 { return true }
        return s.hasSuffix(".md")
    }
}

/// Searching a text for ASCII characters, on its bytes when the whole text is ASCII: then each
/// `Character` is one byte (a CR LF pair aside, and no character searched for is CR or LF).
/// Otherwise the search walks `Character`s as before.
struct CharacterSearch {
    private let isASCII: Bool

    init(_ text: Substring) {
        isASCII = text.utf8.allSatisfy { $0 < 0x80 }
    }

    func firstIndex(of character: Character, in s: Substring) -> String.Index? {
        guard isASCII, let byte = character.asciiValue else { return s.firstIndex(of: character) }
        return s.utf8.firstIndex(of: byte)
    }

    /// The first of the characters in `set`.
    func firstIndex(ofAny set: String, in s: Substring) -> String.Index? {
        guard isASCII else { return s.firstIndex(where: set.contains) }
        return s.utf8.firstIndex(where: set.utf8.contains)
    }

    /// `s.split(separator: character)`.
    func split(_ s: Substring, on character: Character) -> [Substring] {
        guard isASCII, let byte = character.asciiValue else { return s.split(separator: character) }
        return s.utf8.split(separator: byte).map { Substring($0) }
    }
}
