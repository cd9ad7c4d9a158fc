import Foundation
import StepwiseFlow

extension SiteExporter {
    func localeIndex(_ locale: String, _ articles: [PageSummary], site: SiteContext, locales: [String]) -> String {
        let strings = site.strings(for: locale)
        var context = site.pageContext(strings: strings, root: "../")
        context["heading"] = strings.string("site.index.heading")
        context["countText"] = strings.plural("site.index.count", count: articles.count)
        context["searchLabel"] = strings.string("site.search.label")
        // What the search box announces for each count it can find, in the catalog's plural forms.
        context["searchCounts"] = JSONValue.array((0...articles.count).map { n in
            .string(n == 0 ? strings.string("site.search.none") : strings.plural("site.search-count", count: n))
        }).script
        context["articleColumn"] = strings.string("site.index.column.article")
        context["tasksColumn"] = strings.string("site.index.column.tasks")
        context["stepsColumn"] = strings.string("site.index.column.steps")
        context["alternates"] = locales.map { ["hreflang": $0, "href": site.url("\($0)/index.html", from: "../")] }
        context["articles"] = Self.byTitle(articles, locale: locale).map { a -> [String: Any] in
            ["slug": a.slug, "href": SiteLinks.segment(a.slug) + "/index.html", "title": a.title, "tasks": a.tasks, "steps": a.steps]
        }
        return site.templates.render("locale-index", context, raw: ["searchCounts"])
    }

    /// Titles in the locale's alphabetical order, then slugs, so the order never depends on threads.
    static func byTitle(_ articles: [PageSummary], locale: String) -> [PageSummary] {
        if let keys = TitleCollation.keys(articles.map(\.title), locale: locale) {
            let order = articles.indices.sorted { a, b in
                keys[a] == keys[b] ? articles[a].slug < articles[b].slug : keys[a].lexicographicallyPrecedes(keys[b])
            }
            return order.map { articles[$0] }
        }
        return byTitleComparing(articles, locale: locale)
    }

    /// The rule the collation keys follow, comparison by comparison.
    static func byTitleComparing(_ articles: [PageSummary], locale: String) -> [PageSummary] {
        let l = Locale(identifier: locale)
        // Each title bridged to NSString once, not twice per comparison: the locale index of a
        // large locale is the longest of the index jobs, and this sort is most of it.
        let titles = articles.map { NSString(string: $0.title) }
        let order = articles.indices.sorted { a, b in
            let c = titles[a].compare(articles[b].title, options: [.caseInsensitive], range: NSRange(location: 0, length: titles[a].length), locale: l)
            return c == .orderedSame ? articles[a].slug < articles[b].slug : c == .orderedAscending
        }
        return order.map { articles[$0] }
    }

    func home(_ locales: [String], _ summaries: [String: [PageSummary]], site: SiteContext) -> String {
        let strings = site.fallbackStrings
        var context = site.pageContext(strings: strings, root: "")
        context["locales"] = locales.map { locale -> [String: Any] in
            let s = site.strings(for: locale)
            return ["locale": locale, "name": s.string("site.language-name"), "nameLang": s.localizer.locale,
                    "count": s.plural("site.index.count", count: summaries[locale]?.count ?? 0)]
        }
        return site.templates.render("home", context)
    }

    static func searchJSON(_ articles: [PageSummary]) -> String {
        var out: [UInt8] = Array("[\n".utf8)
        for (i, a) in articles.sorted(by: { $0.slug < $1.slug }).enumerated() {
            JSONValue.object([("slug", .string(a.slug)), ("title", .string(a.title)), ("text", .string(a.text.string))]).writeScript(to: &out)
            out += Array((i + 1 < articles.count ? ",\n" : "\n").utf8)
        }
        out += Array("]\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    func sitemap(_ locales: [String], _ summaries: [String: [PageSummary]], site: SiteContext) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        func add(_ path: String) { out += "<url><loc>" + HTMLText.escape(site.url(path, from: "")) + "</loc></url>\n" }
        add("index.html")
        for locale in locales {
            add("\(locale)/index.html")
            for a in (summaries[locale] ?? []).sorted(by: { $0.slug < $1.slug }) { add("\(locale)/\(SiteLinks.segment(a.slug))/index.html") }
        }
        return out + "</urlset>\n"
    }
}
