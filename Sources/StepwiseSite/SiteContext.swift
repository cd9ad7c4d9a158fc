import Foundation
import StepwiseFlow
import StepwiseLocale

/// What every page of one export shares: templates, per-locale strings, which articles exist
/// in which locales, and how URLs are written.
struct SiteContext: Sendable {
    let templates: SiteTemplates
    let stringsByLocale: [String: SiteStrings]
    let fallbackStrings: SiteStrings
    /// slug → locales it is exported in, sorted.
    let pages: [String: [String]]
    let links: ArticleLinks
    let baseURL: String?

    /// The Content-Security-Policy of every page: scripts and styles only from the site's own files.
    static let csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'"

    func strings(for locale: String) -> SiteStrings { stringsByLocale[locale] ?? fallbackStrings }

    /// A site file's URL from a page `root` levels deep: absolute under `--base-url`, else relative.
    func url(_ path: String, from root: String) -> String {
        guard let baseURL else { return SiteLinks.encoded(root + path) }
        return SiteLinks.encoded(baseURL + path)
    }

    /// Labels every template may use.
    func pageContext(strings: SiteStrings, root: String) -> [String: Any] {
        var context: [String: Any] = [
            "lang": strings.locale,
            "root": root,
            "csp": Self.csp,
            "siteTitle": strings.string("site.title"),
            "skipLabel": strings.string("site.nav.skip"),
            "homeLabel": strings.string("site.nav.home"),
            "breadcrumbLabel": strings.string("site.nav.breadcrumb"),
            "languagesLabel": strings.string("site.nav.languages"),
            "guideLabel": strings.string("site.guided.label"),
            "guideStartLabel": strings.string("site.guided.start"),
            "guideStopLabel": strings.string("site.guided.stop"),
            "backLabel": strings.string("site.guided.back"),
            "nextLabel": strings.string("site.guided.next"),
            "guideNavLabel": strings.string("site.guided-nav"),
        ]
        if let uiLang = strings.uiLang { context["uiLang"] = uiLang }
        return context
    }

    static func loadStrings(locales: [String], layers: CatalogLayers) -> (byLocale: [String: SiteStrings], fallback: SiteStrings) {
        // Each locale's catalogs are read on a core of their own: parsing a project's YAML
        // catalogs is most of an unchanged re-export.
        let wanted = [LocaleNegotiation.fallbackLocale] + locales
        let loaded = ResultSlots<Localizer?>(count: wanted.count)
        DispatchQueue.concurrentPerform(iterations: wanted.count) { i in loaded[i] = .some(try? Localizer(locale: wanted[i], layers: layers)) }
        let localizers = loaded.values
        let fallback = SiteStrings(localizer: localizers[0] ?? Localizer(catalog: Catalog(locale: LocaleNegotiation.fallbackLocale)))
        var byLocale: [String: SiteStrings] = [:]
        for (locale, localizer) in zip(locales, localizers.dropFirst()) {
            // A locale without a catalog gets en-US strings, but keeps its own tag for `lang`.
            if let localizer, localizer.locale.lowercased() == locale.lowercased() {
                byLocale[locale] = SiteStrings(localizer: localizer)
            } else {
                byLocale[locale] = SiteStrings(localizer: fallback.localizer, locale: locale)
            }
        }
        return (byLocale, fallback)
    }
}
