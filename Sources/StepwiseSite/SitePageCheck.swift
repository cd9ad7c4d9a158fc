/// What an exported page may contain, whatever the article said: no script but the site's own
/// file and its JSON data island, no `javascript:`, `vbscript:` or `data:` URL, no event handler
/// attribute. Tests and the fuzzer run it on exported pages.
public enum SitePageCheck {
    /// Nil when the page is sound; else what is wrong, for a test failure or a fuzzer crash.
    public static func problem(in html: String) -> String? {
        let lower = html.lowercased()
        var rest = Substring(lower)
        while let open = rest.range(of: "<script") {
            let tagEnd = rest[open.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[open.lowerBound..<tagEnd]
            let ownScript = tag.contains("assets/stepwise.js\"") && !tag.contains("data:")
            if !ownScript && !tag.contains("type=\"application/json\"") { return "a script that is not the site's: \(tag.prefix(80))" }
            rest = rest[tagEnd...]
        }
        for attribute in ["href=\"", "src=\"", "action=\""] {
            var scan = Substring(lower)
            while let at = scan.range(of: attribute) {
                let value = scan[at.upperBound...].prefix { $0 != "\"" }
                let compact = value.filter { !$0.isWhitespace }
                for scheme in ["javascript:", "vbscript:", "data:"] where compact.hasPrefix(scheme) {
                    return "a \(scheme) URL in \(attribute)"
                }
                scan = scan[at.upperBound...]
            }
        }
        // Event handlers: an attribute named on… inside a tag, outside quoted values (a title
        // that mentions "onclick=" is text).
        var inTag = false, inQuote = false, previous: Character = " "
        var i = lower.startIndex
        while i < lower.endIndex {
            let c = lower[i]
            if inTag && c == "\"" { inQuote.toggle() }
            if !inQuote { if c == "<" { inTag = true } else if c == ">" { inTag = false } }
            if inTag, !inQuote, previous.isWhitespace, lower[i...].hasPrefix("on"),
               let eq = lower[i...].firstIndex(where: { $0 == "=" || $0 == ">" || $0.isWhitespace }), lower[eq] == "=",
               lower.distance(from: i, to: eq) > 2, lower[lower.index(i, offsetBy: 2)..<eq].allSatisfy(\.isLetter) {
                return "an event handler attribute"
            }
            previous = c
            i = lower.index(after: i)
        }
        return nil
    }
}

