/// What a translation must keep of its source's shape besides placeholders: white space at
/// its ends, HTML/XML tags, and Markdown that works.
enum StringShape {
    /// Leading and trailing white space (spaces, tabs, line breaks), as written.
    static func edges(_ s: String) -> (leading: String, trailing: String) {
        let leading = s.prefix { $0.isWhitespace }
        guard leading.count < s.count else { return (String(leading), "") }
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
        guard s.utf8.contains(UInt8(ascii: "<")) else { return [] }
        var found: [String] = []
        var rest = Substring(s)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let first = after.first, first.isLetter || first == "/" || first == "!",
                  let close = after.firstIndex(of: ">") else {
                rest = after
                continue
            }
            let body = after[..<close]
            if body.contains("<") { rest = after; continue }
            found.append("<" + body + ">")
            rest = after[after.index(after: close)...]
        }
        let closed = Set(found.filter { $0.hasPrefix("</") }.map(name))
        return found.filter { tag in
            tag.hasPrefix("</") || tag.hasPrefix("<!") || tag.hasSuffix("/>") || tag.contains(" ")
                || closed.contains(name(tag)) || htmlElements.contains(name(tag))
        }
    }

    static func name(_ tag: String) -> String {
        tag.drop { $0 == "<" || $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" }.lowercased()
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
