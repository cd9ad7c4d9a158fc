import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale

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
    /// What the indexes (locale pages, search indexes, home page, sitemap) share.
    private var indexBase: ContentHash.Hasher
    private let listings = FolderListings()

    init(site: SiteContext, options: SiteOptions, locales: [String]) {
        self.site = site
        // Every localizer here comes from the same layers, so one locale's catalogs hash the
        // same for each: hashed once (they were a twentieth of an unchanged re-export).
        var fingerprints: [String: UInt64] = [:]
        func fingerprint(_ localizer: Localizer) -> UInt64 {
            if let known = fingerprints[localizer.locale] { return known }
            let value = localizer.fingerprint
            fingerprints[localizer.locale] = value
            return value
        }
        var shared = ContentHash.Hasher()
        shared.add(BuildIdentity.current)
        shared.add(number: site.templates.fingerprint)
        shared.add(site.baseURL.map { "+" + $0 } ?? "-")
        shared.add(options.calloutLabels.fingerprint)
        for names in [options.actions, options.picks] { shared.add(names.map { "+" + $0.sorted().joined(separator: "\n") } ?? "-") }
        shared.add(number: fingerprint(site.fallbackStrings.localizer))
        // Every page's language switcher names each locale in its own language.
        for locale in locales {
            let strings = site.strings(for: locale)
            shared.add(locale); shared.add(strings.string("site.language-name")); shared.add(strings.localizer.locale)
        }
        var byLocale: [String: ContentHash.Hasher] = [:]
        for locale in locales {
            var hasher = shared
            let strings = site.strings(for: locale)
            hasher.add(strings.locale)
            hasher.add(number: fingerprint(strings.localizer))
            byLocale[locale] = hasher
        }
        self.byLocale = byLocale
        indexBase = shared
        for locale in locales { indexBase.add(number: byLocale[locale]!.value) }
    }

    /// The indexes are made from the pages' summaries, in export order, and the strings.
    func indexesHash(locales: [String], summaries: [String: [PageSummary]]) -> UInt64 {
        var hasher = indexBase
        for locale in locales {
            hasher.add(locale)
            for s in summaries[locale] ?? [] {
                hasher.add(s.slug); hasher.add(s.title); hasher.add(number: UInt64(truncatingIfNeeded: s.tasks)); hasher.add(number: UInt64(truncatingIfNeeded: s.steps)); hasher.add(s.text.utf8)
            }
            hasher.add("\u{0}")
        }
        return hasher.value
    }

    /// `dependencies` and `linkQueries` are the ones the page made when it was rendered
    /// (this time, or as a cache remembers them): if any of them changed, so did the page's
    /// article or a file it reads, and the hash differs anyway.
    func hash(_ source: SiteSource, sourceHash: UInt64, dependencies: [String], linkQueries: [String]) -> UInt64 {
        var hasher = byLocale[source.locale] ?? ContentHash.Hasher()
        hasher.add(source.contentRoot)
        hasher.add(source.path)
        hasher.add(source.slug)
        hasher.add(number: sourceHash)
        hasher.add((site.pages[source.slug] ?? []).joined(separator: "\n"))
        for dependency in dependencies {
            hasher.add(dependency)
            var file = dependency
            if let (requested, resolved) = Self.include(dependency) {
                // Read as the parser read it (links resolved after `..`, as `canonical` does),
                // and where the article's path leads now: a symbolic link pointed elsewhere is
                // another file.
                hasher.add(ArticleParser.canonical(requested))
                file = resolved
            }
            // Absent and present-but-unreadable differ: either changing changes the page. Most
            // pages have no bindings file: their folder's listing, read once, tells.
            if listings.lacks(file) || access(file, F_OK) != 0 {
                hasher.add("-")
            } else if let bytes = SiteOutput.read(file) {
                hasher.add("+"); hasher.add(bytes)
            } else {
                hasher.add("?")
            }
        }
        let links = SiteLinks(links: site.links, pages: site.pages, locale: source.locale, root: "../../")
        SiteLinks.Query.answers(linkQueries, links: links, into: &hasher)
        return hasher.value
    }

    static func sourceHash(_ bytes: [UInt8]) -> UInt64 {
        var hasher = ContentHash.Hasher()
        hasher.add(bytes)
        return hasher.value
    }

    /// An include as a dependency: the path as the article names it and the file it resolved
    /// to, which differ when a link or `..` is on the way.
    static func dependency(including include: Include) -> String {
        "\u{0}" + include.requestedPath + "\u{0}" + include.path
    }

    private static func include(_ dependency: String) -> (requested: String, resolved: String)? {
        guard dependency.first == "\u{0}" else { return nil }
        let parts = dependency.dropFirst().split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
    }

    /// The files a page reads besides its article: its includes and its bindings file,
    /// which counts whether or not it exists (one appearing changes the page).
    static func dependencies(of loaded: LoadedArticle) -> [String] {
        IncludedFiles.of(loaded.article) + [loaded.bindings.file]
    }
}

/// The names in each folder a dependency lies in, listed once per export (by any thread):
/// a file whose name its folder does not list is absent without a system call of its own.
private final class FolderListings: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [Substring: Set<String>?] = [:]

    /// True only when the folder could be listed and `path`'s name is not in it.
    func lacks(_ path: String) -> Bool {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
        let folder = path[..<slash], name = String(path[path.index(after: slash)...])
        let listed = lock.withLock {
            if let known = names[folder] { return known }
            let listed = FolderWalk.names(in: folder.isEmpty ? "/" : String(folder))
            names[folder] = listed
            return listed
        }
        return listed.map { !$0.contains(name) } ?? false
    }
}
