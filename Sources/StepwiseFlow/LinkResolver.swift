import StepwiseArticle

/// Turns an href into a `FlowLink`, and a link into the key and name of the external node it leads to.
/// Plain scanning over UTF-8: this runs for every link of every article in the benchmark.
struct LinkResolver: Sendable {
    /// Lowercased slug → slug as known: file names differ in case from the links that name them.
    private let slugsByKey: [String: String]
    private let base: String
    private let articleBase: String

    init(options: StepGraphOptions) {
        // Of slugs that differ only in case, the first in sorted order wins: the least, found
        // without sorting them all (an export knows every slug of the site).
        var keys: [String: String] = [:]
        keys.reserveCapacity(options.knownSlugs.count)
        for slug in options.knownSlugs {
            let key = slug.lowercased()
            if let known = keys[key], known <= slug { continue }
            keys[key] = slug
        }
        slugsByKey = keys
        var b = Substring(options.docsBaseURL)
        while b.last == "/" { b = b.dropLast() }
        base = String(b)
        var a = options.articleBasePath ?? "/"
        if a.first != "/" { a = "/" + a }
        if a.last != "/" { a += "/" }
        articleBase = a
    }

    func link(href rawHref: String, text: String) -> FlowLink {
        let href = trimmed(rawHref)
        if href.isEmpty || ASCIIMatching.first(of: href, is: UInt8(ascii: "#")) {
            return FlowLink(text: text, href: href, url: href)
        }
        if ASCIIMatching.hasDoubleSlashPrefix(href) { return FlowLink(text: text, href: href, url: "https:" + href) }
        if Self.hasScheme(href) { return FlowLink(text: text, href: href, url: href) }

        let parts = URLParts(href[...])
        var target: String?
        // No known slugs (the usual case) means no target: skip lowercasing the last segment.
        if !slugsByKey.isEmpty, let tail = Self.lastComponent(of: parts.path) {
            target = slugsByKey[String(Self.droppingMarkdownExtension(tail)).lowercased()]
        }
        var path = String(parts.path)
        if !ASCIIMatching.first(of: path, is: UInt8(ascii: "/")) { path = articleBase + path }
        if Self.hasDotOrEmptySegment(path) { path = Self.removingDotSegments(path) }
        if ASCIIMatching.hasMarkdownSuffix(path) { path.removeLast(3) }
        var url = base + path
        if let q = parts.query { url += "?" + q }
        if let f = parts.fragment { url += "#" + f }
        return FlowLink(text: text, href: href, url: url, target: target)
    }

    // MARK: External destinations

    /// What makes two links lead to the same external node, and a readable, language-neutral
    /// name for it. Locale path segments and locale query parameters are dropped from both,
    /// so `/en-us/…?ui=en-US` and `/lv-lv/…?ui=lv-LV` meet in one node with one id.
    static func destination(of link: FlowLink) -> (key: String, name: String) {
        if let target = link.target { return ("a:" + target, target) }
        let url = link.url[...]
        let search = CharacterSearch(url)
        var rest = url
        var host: Substring = ""
        if let colon = search.firstIndex(of: ":", in: url), hasScheme(url) {
            rest = url[url.index(after: colon)...]
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = search.firstIndex(ofAny: "/?#", in: rest) ?? rest.endIndex
                host = rest[..<end]
                rest = rest[end...]
            }
        }
        var hostKey = host.lowercased()
        if hostKey.hasPrefix("www.") { hostKey.removeFirst(4) }

        let parts = URLParts(rest)
        var components: [Substring] = []
        for c in search.split(parts.path, on: "/") where !isLocaleCode(c) { components.append(c) }
        var params: [Substring] = []
        if let q = parts.query {
            for p in search.split(q, on: "&") {
                let eq = search.firstIndex(of: "=", in: p)
                let k = eq.map { p[..<$0] } ?? p
                let v = eq.map { p[p.index(after: $0)...] } ?? ""
                if localeParameters.contains(k.lowercased()) || isLocaleCode(v) { continue }
                params.append(p)
            }
        }
        var key = hostKey + "/" + components.joined(separator: "/")
        if !params.isEmpty { key += "?" + params.joined(separator: "&") }
        if let f = parts.fragment, !f.isEmpty { key += "#" + f }

        var name = ""
        for c in components.reversed() {
            let stem = droppingWebExtension(c)
            if stem.count >= 2 { name = String(stem); break }
        }
        if name.isEmpty { name = hostKey }
        for p in params {
            if let eq = search.firstIndex(of: "=", in: p) { name += "-" + p[p.index(after: eq)...] }
        }
        return (key.lowercased(), slugified(name))
    }

    private static let localeParameters: Set<String> = [
        "ui", "rs", "ad", "omkt", "mkt", "setlang", "lang", "language", "locale", "culture", "clcid", "ln", "hl", "lc",
    ]

    // MARK: Scanning helpers

    private func trimmed(_ s: String) -> String {
        guard let f = s.utf8.first, let l = s.utf8.last,
              f == UInt8(ascii: " ") || f == UInt8(ascii: "<") || l == UInt8(ascii: " ") || l == UInt8(ascii: ">")
        else { return s }
        var sub = Substring(s)
        while let c = sub.first, c == " " || c == "<" { sub = sub.dropFirst() }
        while let c = sub.last, c == " " || c == ">" { sub = sub.dropLast() }
        return String(sub)
    }

    /// `scheme:` per RFC 3986, at least two letters so a drive letter (`C:`) is not one.
    static func hasScheme(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { hasScheme(utf8: $0) }
    }

    static func hasScheme<S: StringProtocol>(_ s: S) -> Bool {
        hasScheme(utf8: s.utf8)
    }

    private static func hasScheme(utf8: some Collection<UInt8>) -> Bool {
        var count = 0
        for u in utf8 {
            if u == UInt8(ascii: ":") { return count >= 2 }
            let lower = u | 0x20
            let isLetter = lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
            let isOther = (u >= UInt8(ascii: "0") && u <= UInt8(ascii: "9")) || u == UInt8(ascii: "+")
                || u == UInt8(ascii: "-") || u == UInt8(ascii: ".")
            if !(isLetter || (count > 0 && isOther)) { return false }
            count += 1
        }
        return false
    }

    static func lastComponent(of path: Substring) -> Substring? {
        var p = path
        while p.utf8.last == UInt8(ascii: "/") { p = p.dropLast() }
        guard !p.isEmpty else { return nil }
        if let slash = p.utf8.lastIndex(of: UInt8(ascii: "/")) { return p[p.utf8.index(after: slash)...] }
        return p
    }

    static func droppingMarkdownExtension(_ s: Substring) -> Substring {
        ASCIIMatching.hasMarkdownSuffix(s) ? s.dropLast(3) : s
    }

    private static func droppingWebExtension(_ s: Substring) -> Substring {
        let lower = s.lowercased()
        for ext in [".md", ".aspx", ".html", ".htm", ".php"] where lower.hasSuffix(ext) {
            return s.dropLast(ext.count)
        }
        return s
    }

    /// Whether a path has `.`/`..` or empty segments to clean: most links have none.
    static func hasDotOrEmptySegment(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { utf8 in
            var previous = UInt8(ascii: "/")
            for u in utf8.dropFirst() {
                if previous == UInt8(ascii: "/") && (u == UInt8(ascii: ".") || u == UInt8(ascii: "/")) { return true }
                previous = u
            }
            return utf8.first == UInt8(ascii: ".")
        }
    }

    static func removingDotSegments(_ path: String) -> String {
        var out: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (i, s) in segments.enumerated() {
            if s == "." { continue }
            if s == ".." { if out.count > 1 { out.removeLast() }; continue }
            if s.isEmpty && i > 0 && i < segments.count - 1 { continue }
            out.append(s)
        }
        if let last = segments.last, last == "." || last == ".." { out.append("") }
        var joined = out.joined(separator: "/")
        if joined.first != "/" { joined = "/" + joined }
        return joined
    }

    /// Lowercase ASCII letters and digits joined by single hyphens; ids must be safe in DOT, Mermaid and file names.
    static func slugified<S: StringProtocol>(_ s: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingHyphen = false
        for u in s.utf8 {
            var c = u
            if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { c |= 0x20 }
            let keep = (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
            if keep {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(c)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "link" : String(decoding: out, as: UTF8.self)
    }
}

/// Path, query and fragment of a URL reference (no scheme or authority).
struct URLParts {
    var path: Substring
    var query: Substring?
    var fragment: Substring?

    init(_ s: Substring) {
        // Scanned as UTF-8: `#` and `?` are ASCII, and Character iteration is what costs here.
        var bytes = s
        let (hash, question) = bytes.withUTF8 { utf8 -> (Int?, Int?) in
            let hash = utf8.firstIndex(of: UInt8(ascii: "#"))
            return (hash, utf8[..<(hash ?? utf8.count)].firstIndex(of: UInt8(ascii: "?")))
        }
        let utf8 = s.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var end = utf8.endIndex
        if let hash {
            fragment = s[index(hash + 1)...]
            end = index(hash)
        }
        if let question {
            query = s[index(question + 1)..<end]
            end = index(question)
        }
        path = s[..<end]
    }
}

/// `lv-LV`, `en-us`, `zh-Hans`, `sr-Latn-RS`: a language-region code as docs URLs and folders use them.
/// Deliberately narrow (two letters, then two letters or a script) so words like `how-to` never match.
func isLocaleCode<S: StringProtocol>(_ s: S) -> Bool {
    // Split as bytes: every part must be ASCII letters, so wherever bytes and Characters would
    // split differently (a combining mark after `-`) some part fails either way.
    let parts = s.utf8.split(separator: UInt8(ascii: "-"), maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3 else { return false }
    func letters(_ p: S.UTF8View.SubSequence, _ n: Int) -> Bool {
        p.count == n && p.allSatisfy { let l = $0 | 0x20; return l >= UInt8(ascii: "a") && l <= UInt8(ascii: "z") }
    }
    guard letters(parts[0], 2) else { return false }
    let isScript = letters(parts[1], 4) && localeScripts.contains(String(decoding: parts[1], as: UTF8.self).lowercased())
    if parts.count == 3 { return isScript && letters(parts[2], 2) }
    return letters(parts[1], 2) || isScript
}

private let localeScripts: Set<String> = ["hans", "hant", "latn", "cyrl", "arab"]
