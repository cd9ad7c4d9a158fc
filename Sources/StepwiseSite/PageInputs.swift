import Foundation
import StepwiseArticle
import StepwiseFlow

/// Everything an article page is made from, hashed into one number for the export cache:
/// the program build, the templates, the locale's strings (and the en-US ones behind them),
/// the base URL, the callout labels and binding names, the article's bytes and path, the
/// files it read besides (includes, bindings), the locales its own page exists in, and the
/// answers to the link lookups it made. Two exports that hash a page the same make the
/// same page, so the second can skip it or take it from the first.
struct PageInputs: Sendable {
    private let site: SiteContext
    /// What every page of a locale shares, hashed once.
    private let byLocale: [String: ContentHash.Hasher]

    init(site: SiteContext, options: SiteOptions, locales: [String]) {
        self.site = site
        var shared = ContentHash.Hasher()
        shared.add(BuildIdentity.current)
        shared.add(number: site.templates.fingerprint)
        shared.add(site.baseURL.map { "+" + $0 } ?? "-")
        shared.add(options.calloutLabels.fingerprint)
        for names in [options.actions, options.picks] { shared.add(names.map { "+" + $0.sorted().joined(separator: "\n") } ?? "-") }
        shared.add(number: site.fallbackStrings.localizer.fingerprint)
        var byLocale: [String: ContentHash.Hasher] = [:]
        for locale in locales {
            var hasher = shared
            let strings = site.strings(for: locale)
            hasher.add(strings.locale)
            hasher.add(number: strings.localizer.fingerprint)
            byLocale[locale] = hasher
        }
        self.byLocale = byLocale
    }

    /// `dependencies` and `linkQueries` are the ones the page made when it was rendered
    /// (this time, or as a cache remembers them): if any of them changed, so did the page's
    /// article or a file it reads, and the hash differs anyway.
    func hash(_ source: SiteSource, bytes: [UInt8], dependencies: [String], linkQueries: [String]) -> UInt64 {
        var hasher = byLocale[source.locale] ?? ContentHash.Hasher()
        hasher.add(source.contentRoot)
        hasher.add(source.path)
        hasher.add(source.slug)
        hasher.add(bytes)
        hasher.add((site.pages[source.slug] ?? []).joined(separator: "\n"))
        for file in dependencies {
            hasher.add(file)
            if let bytes = SiteOutput.read(file) { hasher.add("+"); hasher.add(bytes) } else { hasher.add("-") }
        }
        let links = SiteLinks(links: site.links, pages: site.pages, locale: source.locale, root: "../../")
        SiteLinks.Query.answers(linkQueries, links: links, into: &hasher)
        return hasher.value
    }

    /// The files a page reads besides its article: its includes and its bindings file,
    /// which counts whether or not it exists (one appearing changes the page).
    static func dependencies(of article: Article, source: SiteSource) -> [String] {
        IncludedFiles.of(article) + [ActionBindings.url(forSlug: source.slug, contentRoot: URL(fileURLWithPath: source.contentRoot)).path]
    }
}
