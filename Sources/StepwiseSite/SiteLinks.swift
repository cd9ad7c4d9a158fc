import StepwiseArticle
import StepwiseFlow

/// The link lookups of one page being rendered (one thread), in order, each once.
final class LinkLog: @unchecked Sendable {
    private(set) var queries: [String] = []
    private var seen: Set<String> = []

    func note(_ query: String) {
        if seen.insert(query).inserted { queries.append(query) }
    }
}

/// Where a link in an article goes on the exported site.
enum SiteLinkTarget: Equatable {
    /// `javascript:`, `vbscript:` or `data:`: never emitted.
    case unsafe
    /// Any other scheme but `http:`, `https:` and `mailto:` (`ms-settings:`, `file:`…): not emitted.
    case schemeNotAllowed
    /// An `#anchor` on the same page.
    case inPage(String)
    /// Another exported article page, relative to the current page.
    case page(String)
    /// Anywhere else, as an absolute URL.
    case external(String)
}

/// Rewrites article links for the export: links to articles in the export open their
/// exported page (in the reader's locale when it exists); relative links to anything else
/// resolve against the docs site as in the step graph; script-capable schemes are dropped.
struct SiteLinks: Sendable {
    let links: ArticleLinks
    /// slug → locales the slug is exported in.
    let pages: [String: [String]]
    let locale: String
    /// From the current page to the site root: `../../` for an article page.
    let root: String
    /// Where the lookups are noted, for the export cache (`Query`).
    var log: LinkLog? = nil

    /// One lookup a page made, replayable against another export's pages: whether its
    /// answer changed tells whether the page would.
    enum Query {
        static func href(_ href: String) -> String { "h" + href }
        static func page(_ slug: String, _ locale: String) -> String { "p" + locale + "\u{0}" + slug }

        /// The answers to `queries` in this export, hashed.
        static func answers(_ queries: [String], links: SiteLinks, into hasher: inout ContentHash.Hasher) {
            for query in queries {
                let argument = String(query.dropFirst())
                switch query.first {
                case "h":
                    switch links.resolve(argument) {
                    case .unsafe: hasher.add("u")
                    case .schemeNotAllowed: hasher.add("s")
                    case .inPage(let anchor): hasher.add("i"); hasher.add(anchor)
                    case .page(let path): hasher.add("p"); hasher.add(path)
                    case .external(let url): hasher.add("e"); hasher.add(url)
                    }
                case "p":
                    let parts = argument.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                    hasher.add(parts.count == 2 ? links.pagePath(slug: parts[1], preferring: parts[0]) ?? "-" : "?")
                default: hasher.add("?")
                }
            }
        }
    }

    /// The scheme is judged on the URL that would be emitted, not on the article's text: the
    /// link rules trim `<…>` and spaces, so `\<javascript:…` only shows its scheme afterwards.
    func resolve(_ href: String) -> SiteLinkTarget {
        log?.note(Query.href(href))
        if Self.isUnsafe(href) { return .unsafe }
        let link = links.link(href: href)
        let target: SiteLinkTarget
        if link.isInPage {
            target = .inPage(Self.encoded(link.href))
        } else if let slug = link.target, let locales = pages[slug], let picked = Self.pick(locale, from: locales) {
            var path = root + picked + "/" + Self.segment(slug) + "/index.html"
            if let hash = link.href.firstIndex(of: "#") { path += link.href[hash...] }
            target = .page(Self.encoded(path))
        } else {
            target = .external(Self.encoded(link.url))
        }
        switch target {
        case .inPage(let url), .page(let url), .external(let url): return Self.check(url) ?? target
        case .unsafe, .schemeNotAllowed: return target
        }
    }

    /// The page depends on how `href` resolves though it emits nothing for it (a link the
    /// step graph holds, such as one in an image's alt text, which makes a jump).
    func dependsOn(href: String) {
        log?.note(Query.href(href))
    }

    func pagePath(slug: String, preferring locale: String) -> String? {
        log?.note(Query.page(slug, locale))
        guard let locales = pages[slug], let target = Self.pick(locale, from: locales) else { return nil }
        return root + target + "/" + Self.segment(slug) + "/index.html"
    }

    /// Nil when `url` may be emitted; else why not.
    static func check(_ url: String) -> SiteLinkTarget? {
        guard let scheme = scheme(of: url) else { return nil }
        if unsafeSchemes.contains(scheme) { return .unsafe }
        return allowedSchemes.contains(scheme) ? nil : .schemeNotAllowed
    }

    static let unsafeSchemes: Set<String> = ["javascript", "vbscript", "data"]
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// A slug as one URL path segment: everything but unreserved characters and a few safe
    /// sub-delimiters percent-encoded, so `:` cannot start a scheme and `#`, `?`, `%` and `/`
    /// keep no meaning. Non-ASCII is encoded too; browsers show it decoded.
    static func segment(_ slug: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(slug.utf8.count)
        for b in slug.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
                 UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"),
                 UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"):
                out.append(b)
            default:
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            }
        }
        // `.` and `..` are path steps, not names.
        if out == [UInt8(ascii: ".")] { return "%2E" }
        if out == [UInt8(ascii: "."), UInt8(ascii: ".")] { return "%2E%2E" }
        return String(decoding: out, as: UTF8.self)
    }

    static func pick(_ locale: String, from locales: [String]) -> String? {
        if locales.contains(locale) { return locale }
        if locales.contains("en-US") { return "en-US" }
        return locales.first
    }

    static func isUnsafe(_ href: String) -> Bool {
        scheme(of: href).map(unsafeSchemes.contains) ?? false
    }

    /// The scheme as a browser reads it, lowercased; nil for a relative URL. Browsers ignore
    /// ASCII tab and newline anywhere in a URL and strip leading spaces and controls. A scheme
    /// has no length limit: a long one is still a scheme, not a relative path.
    static func scheme(of url: String) -> String? { scheme(ofBytes: url.utf8) }

    static func scheme<Bytes: Sequence<UInt8>>(ofBytes url: Bytes) -> String? {
        var scheme: [UInt8] = []
        var colon = false
        for b in url {
            if b <= 0x20 || b == 0x7F {
                if b == 0x09 || b == 0x0A || b == 0x0D || scheme.isEmpty { continue }
                return nil
            }
            if b == UInt8(ascii: ":") { colon = true; break }
            let lower = b | 0x20
            let letter = lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
            let other = (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
            guard letter || (!scheme.isEmpty && other) else { return nil }
            scheme.append(letter ? lower : b)
        }
        guard colon, !scheme.isEmpty else { return nil }
        return String(decoding: scheme, as: UTF8.self)
    }

    /// Spaces, controls and characters URLs may not hold raw are percent-encoded; a `%` that
    /// already starts an escape is kept.
    static func encoded(_ url: String) -> String {
        let bytes = Array(url.utf8)
        guard bytes.contains(where: needsEscape) else { return url }
        var out: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        for b in bytes {
            if needsEscape(b) {
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ b: UInt8) -> Bool {
        b <= 0x20 || b >= 0x7F || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
            || b == UInt8(ascii: "\\") || b == UInt8(ascii: "^") || b == UInt8(ascii: "`")
            || b == UInt8(ascii: "{") || b == UInt8(ascii: "|") || b == UInt8(ascii: "}")
    }
}
