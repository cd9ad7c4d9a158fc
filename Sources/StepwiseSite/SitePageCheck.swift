/// What an exported page may contain, whatever the article said: no script but the site's own
/// file and its JSON data island, no URL with a scheme but `http:`, `https:` and `mailto:`,
/// no event handler attribute. Tests and the fuzzer run it on exported pages.
///
/// It reads bytes, as a browser's tokenizer does: compared as Characters, a `"` followed by a
/// combining mark is one grapheme that is not `"`, and a quote that ends an attribute for the
/// browser would go unseen.
package enum SitePageCheck {
    /// Nil when the page is sound; else what is wrong, for a test failure or a fuzzer crash.
    package static func problem(in html: String) -> String? {
        // ASCII lowercased only: tag and attribute names are ASCII, and non-ASCII bytes stay put.
        let b = html.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        let text = { (r: Range<Int>) in String(decoding: b[r], as: UTF8.self) }
        var at = 0
        while let open = find(Array("<script".utf8), in: b, from: at) {
            let end = b[open...].firstIndex(of: UInt8(ascii: ">")) ?? b.count
            let tag = text(open..<end)
            let ownScript = tag.contains("assets/stepwise.js\"") && !tag.contains("data:")
            if !ownScript && !tag.contains("type=\"application/json\"") { return "a script that is not the site's: \(tag.prefix(80))" }
            at = end
        }
        // Event handlers and URL attributes: a small tag tokenizer (names, `=`, quoted or bare
        // values) so that text mentioning "onclick=" or a title holding "href=" is not a hit.
        var i = 0
        var inTag = false
        while i < b.count {
            let c = b[i]
            if !inTag {
                if c == UInt8(ascii: "<"), i + 1 < b.count, isLetter(b[i + 1]) {
                    inTag = true
                    i += 1
                    while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: ">") { i += 1 }
                    continue
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: ">") { inTag = false; i += 1; continue }
            if isSpace(c) || c == UInt8(ascii: "/") { i += 1; continue }
            // An attribute name, then maybe `=` and a value.
            let nameStart = i
            while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: "="), b[i] != UInt8(ascii: ">") { i += 1 }
            let name = text(nameStart..<i)
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count, b[i] == UInt8(ascii: "=") else { continue }
            i += 1
            while i < b.count, isSpace(b[i]) { i += 1 }
            var valueRange = i..<i
            if i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") {
                let quote = b[i]
                let end = b[(i + 1)...].firstIndex(of: quote) ?? b.count
                valueRange = (i + 1)..<end
                i = min(b.count, end + 1)
            } else {
                let start = i
                while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: ">") { i += 1 }
                valueRange = start..<i
            }
            if name.hasPrefix("on"), name.count > 2, name.dropFirst(2).allSatisfy({ $0.isASCII && $0.isLetter }) {
                return "an event handler attribute"
            }
            if ["href", "src", "action", "formaction", "xlink:href"].contains(name),
               let scheme = SiteLinks.scheme(ofBytes: decoded(Array(b[valueRange]))), !SiteLinks.allowedSchemes.contains(scheme) {
                return "a \(scheme): URL in \(name)"
            }
        }
        return nil
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
    private static func isLetter(_ c: UInt8) -> Bool { c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Numeric character references and `&colon;`, `&tab;`, `&newline;` decoded, as a browser
    /// does in attribute values before it reads the URL.
    private static func decoded(_ v: [UInt8]) -> [UInt8] {
        guard v.contains(UInt8(ascii: "&")) else { return v }
        var out: [UInt8] = []
        var i = 0
        while i < v.count {
            guard v[i] == UInt8(ascii: "&"), let semi = v[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                out.append(v[i]); i += 1; continue
            }
            let entity = String(decoding: v[(i + 1)..<semi], as: UTF8.self)
            var scalar: UInt32?
            switch entity {
            case "colon": scalar = 0x3A
            case "tab": scalar = 0x09
            case "newline": scalar = 0x0A
            default:
                if entity.hasPrefix("#x") { scalar = UInt32(entity.dropFirst(2), radix: 16) }
                else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst(), radix: 10) }
            }
            if let scalar, let u = Unicode.Scalar(scalar) {
                out += Array(String(Character(u)).utf8).map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
                i = semi + 1
            } else {
                out.append(v[i]); i += 1
            }
        }
        return out
    }
}
