import StepwiseFlow

/// Where a link in an article goes on the exported site.
enum SiteLinkTarget: Equatable {
    /// `javascript:`, `vbscript:` or `data:`: never emitted.
    case unsafe
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

    func resolve(_ href: String) -> SiteLinkTarget {
        if Self.isUnsafe(href) { return .unsafe }
        let link = links.link(href: href)
        if link.isInPage { return .inPage(Self.encoded(link.href)) }
        if let slug = link.target, let locales = pages[slug], let target = Self.pick(locale, from: locales) {
            var path = root + target + "/" + slug + "/index.html"
            if let hash = link.href.firstIndex(of: "#") { path += link.href[hash...] }
            return .page(Self.encoded(path))
        }
        return .external(Self.encoded(link.url))
    }

    func pagePath(slug: String, preferring locale: String) -> String? {
        guard let locales = pages[slug], let target = Self.pick(locale, from: locales) else { return nil }
        return root + target + "/" + slug + "/index.html"
    }

    static func pick(_ locale: String, from locales: [String]) -> String? {
        if locales.contains(locale) { return locale }
        if locales.contains("en-US") { return "en-US" }
        return locales.first
    }

    /// Browsers ignore ASCII tab and newline anywhere in a URL and strip leading spaces and
    /// controls, so those are removed before the scheme is compared.
    static func isUnsafe(_ href: String) -> Bool {
        var scheme: [UInt8] = []
        var colon = false
        for b in href.utf8 {
            if b <= 0x20 || b == 0x7F {
                if b == 0x09 || b == 0x0A || b == 0x0D || scheme.isEmpty { continue }
                return false
            }
            if b == UInt8(ascii: ":") { colon = true; break }
            scheme.append(b | 0x20)
            if scheme.count > 10 { return false }
        }
        guard colon else { return false }
        let name = String(decoding: scheme, as: UTF8.self)
        return name == "javascript" || name == "vbscript" || name == "data"
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
