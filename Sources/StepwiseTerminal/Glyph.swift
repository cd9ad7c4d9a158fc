import StepwiseArticle

/// Layout works on styled grapheme clusters rather than strings with escapes in them, so
/// widths are measured once and a style can never be split or leak across a line: the
/// escapes are only written when a finished line is emitted (`ANSIWriter`).
struct TextStyle: Hashable, Sendable {
    struct Attributes: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let bold = Attributes(rawValue: 1 << 0)
        static let dim = Attributes(rawValue: 1 << 1)
        static let italic = Attributes(rawValue: 1 << 2)
        static let underline = Attributes(rawValue: 1 << 3)
        static let reverse = Attributes(rawValue: 1 << 4)
    }

    var attributes: Attributes = []
    /// An SGR foreground code (30–37).
    var foreground: UInt8?
    /// Index into the render's hyperlink targets.
    var hyperlink: Int?

    static let plain = TextStyle()

    func adding(_ a: Attributes, foreground fg: UInt8? = nil) -> TextStyle {
        var s = self
        s.attributes.formUnion(a)
        if let fg { s.foreground = fg }
        return s
    }

    var hasSGR: Bool { !attributes.isEmpty || foreground != nil }
}

struct Glyph: Hashable, Sendable {
    var character: Character
    var width: Int
    var style: TextStyle

    init(_ character: Character, style: TextStyle = .plain) {
        self.character = character
        self.width = DisplayWidth.of(character)
        self.style = style
    }

    static func run(_ text: String, style: TextStyle = .plain) -> [Glyph] {
        DisplaySafeText.clean(text).map { Glyph($0, style: style) }
    }

    static func repeated(_ c: Character, count: Int, style: TextStyle = .plain) -> [Glyph] {
        Array(repeating: Glyph(c, style: style), count: max(0, count))
    }

    var isSpace: Bool { character == " " }
}

typealias Line = [Glyph]

extension Array where Element == Glyph {
    var width: Int { reduce(0) { $0 + $1.width } }

    func trimmingTrailingSpaces() -> [Glyph] {
        var end = endIndex
        while end > startIndex, self[end - 1].isSpace { end -= 1 }
        return Array(self[..<end])
    }

    func padded(to width: Int, style: TextStyle = .plain) -> [Glyph] {
        self + Glyph.repeated(" ", count: width - self.width, style: style)
    }
}
