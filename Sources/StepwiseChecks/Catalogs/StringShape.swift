/// What a translation must keep of its source's shape besides placeholders: white space at
/// its ends, HTML/XML tags, and Markdown that works.
enum StringShape {
    /// Leading and trailing white space (spaces, tabs, line breaks), as written.
    static func edges(_ s: String) -> (leading: String, trailing: String) {
        let leading = s.prefix { $0.isWhitespace }
        guard leading.endIndex < s.endIndex else { return (String(leading), "") }
        let trailing = s.reversed().prefix { $0.isWhitespace }
        return (String(leading), String(trailing.reversed()))
    }

    /// A readable name for white space in messages: `\n`, `␠`, `\t`.
    static func visible(_ whitespace: String) -> String {
        whitespace.isEmpty ? "∅" : whitespace.map { c -> String in
            switch c {
            case "\n": "\\n"
            case "\r\n", "\r": "\\r\\n"
            case "\t": "\\t"
            default: "␠"
            }
        }.joined()
    }

    /// HTML/XML tags in order: `<b>`, `</b>`, `<br/>`, `<x id="1">` (attributes kept, since
    /// XLIFF inline codes differ only by them). Not `<` in prose (`a < b`, `<3`), nor a
    /// metasyntactic `<locale>` in usage text, which is translated: a lone `<word>` counts only
    /// when it is an HTML element or closed in the same string.
    static func tags(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return [] }
        var found: [String] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else { i += 1; continue }
            let first = bytes[i + 1]
            let opens = Self.isLetter(first) || first == UInt8(ascii: "/") || first == UInt8(ascii: "!")
            var j = i + 1
            while j < bytes.count, bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "<") { j += 1 }
            guard opens, j < bytes.count, bytes[j] == UInt8(ascii: ">") else { i += 1; continue }
            found.append(String(decoding: bytes[i...j], as: UTF8.self))
            i = j + 1
        }
        let closed = Set(found.filter { $0.hasPrefix("</") }.map(name))
        // A tag is markup when it closes, is self-closing or a comment, has attributes, or is a
        // bare element name (HTML, XLIFF's inline codes, one closed in the string): `<host
        // name ...>` and `<a capo>` in usage text are words in brackets.
        return found.filter { tag in
            if tag.hasPrefix("</") || tag.hasPrefix("<!") || tag.hasSuffix("/>") || tag.contains("=") { return true }
            let n = name(tag)
            guard closed.contains(n) || htmlElements.contains(n) else { return false }
            return tag.utf8.count == n.utf8.count + 2
        }
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b >= 0x80
    }

    /// The element name, lowercased: `</B>` → `b`, `<x id="1"/>` → `x`.
    static func name(_ tag: String) -> String {
        let bytes = tag.utf8.drop { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "/") }
        let name = bytes.prefix { isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }
        return String(decoding: name.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
    }

    static let htmlElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "blockquote", "br", "code", "del", "div", "em", "font", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strike",
        "strong", "sub", "sup", "table", "td", "th", "tr", "tt", "u", "ul", "var", "wbr",
        // XLIFF inline codes.
        "x", "g", "ph", "bx", "ex", "bpt", "ept", "it", "mrk", "pc", "sc", "ec", "sm",
    ]

    /// Tags opened and never closed, or closed without being opened, in order of the problem.
    static func unbalanced(_ tags: [String]) -> [String] {
        var stack: [String] = []
        var problems: [String] = []
        for tag in tags {
            if tag.hasPrefix("<!") || tag.hasSuffix("/>") { continue }
            let name = Self.name(tag)
            // HTML's void elements never close.
            if ["br", "hr", "img", "input", "meta", "link", "wbr", "x", "ph", "bx", "ex"].contains(name) { continue }
            if tag.hasPrefix("</") {
                if let i = stack.lastIndex(of: name) { stack.remove(at: i) } else { problems.append(tag) }
            } else {
                stack.append(name)
            }
        }
        return problems + stack.map { "<" + $0 + ">" }
    }

    /// Markdown a translation broke: a link whose `](` lost its bracket to a space, link targets
    /// gone or changed, and inline code spans whose backticks no longer pair.
    static func markdown(_ s: String) -> (spacedLink: Bool, targets: [String], oddBackticks: Bool) {
        let bytes = Array(s.utf8)
        var targets: [String] = []
        var spaced = false, backticks = 0
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "`"):
                backticks += 1
            case UInt8(ascii: "]") where i + 1 < bytes.count:
                if bytes[i + 1] == UInt8(ascii: "(") {
                    let start = i + 2
                    if let close = bytes[start...].firstIndex(of: UInt8(ascii: ")")) {
                        targets.append(String(decoding: bytes[start..<close], as: UTF8.self))
                        i = close
                    }
                } else if bytes[i + 1] == UInt8(ascii: " "), i + 2 < bytes.count, bytes[i + 2] == UInt8(ascii: "(") {
                    spaced = true
                }
            default:
                break
            }
            i += 1
        }
        return (spaced, targets.sorted(), backticks % 2 == 1)
    }
}
