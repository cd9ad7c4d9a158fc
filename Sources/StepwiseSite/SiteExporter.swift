import Dispatch
import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale

/// Exports articles as a static site: the pages of every article in every locale, a locale
/// index with a search box, a search index per locale, a sitemap, and one stylesheet and
/// one script. Articles are rendered on all cores; output is the same bytes for the same
/// input, and a file is only written when its bytes change.
package struct SiteExporter: Sendable {
    package let options: SiteOptions
    let templates: SiteTemplates

    package init(options: SiteOptions) throws(SiteError) {
        self.options = options
        templates = try SiteTemplates(override: options.templates)
    }

    /// `sources` are all the content's articles; `locales` (when given) picks the ones exported.
    /// `progress` is called with (articles done, articles) from worker threads.
    package func export(_ sources: [SiteSource], locales selected: [String]? = nil,
                       progress: (@Sendable (Int, Int) -> Void)? = nil) throws(SiteError) -> SiteReport {
        let allLocales = Set(sources.map(\.locale))
        let chosen = sources
            .filter { source in selected.map { $0.contains { $0.caseInsensitiveCompare(source.locale) == .orderedSame } } ?? true }
            .sorted { ($0.locale, $0.slug, $0.path) < ($1.locale, $1.slug, $1.path) }
        guard !chosen.isEmpty else { throw SiteError(.noArticles, [:]) }
        let (exported, duplicates) = Self.uniqued(chosen)
        let locales = Array(Set(exported.map(\.locale))).sorted()

        var pages: [String: [String]] = [:]
        for s in exported { pages[s.slug, default: []].append(s.locale) }
        for key in pages.keys { pages[key]!.sort() }
        let (byLocale, fallback) = SiteContext.loadStrings(locales: locales, layers: options.layers)
        let base = options.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let site = SiteContext(templates: templates, stringsByLocale: byLocale, fallbackStrings: fallback, pages: pages,
                               links: ArticleLinks(options: StepGraphOptions(knownSlugs: Set(pages.keys))), baseURL: base)
        let output = SiteOutput(root: options.output)

        let results = renderArticles(exported, site: site, output: output, progress: progress)
        var report = SiteReport()
        report.warnings = duplicates
        var summaries: [String: [PageSummary]] = [:]
        var made = Set<String>()
        // A page whose article failed to read this time keeps its last good version.
        var keep = Set<String>()
        for (source, result) in zip(exported, results) {
            switch result {
            case .failed(let error):
                report.failures.append(error)
                keep.insert(source.locale + "/" + source.slug + "/index.html")
            case .unwritable(let error):
                throw error
            case .page(let path, let wrote, let warnings, let summary, let problems):
                report.files += 1
                report.articlePages += 1
                made.insert(path)
                if wrote { report.written += 1; report.writtenPaths.append(path) }
                report.warnings += warnings
                report.bindingProblems += problems
                summaries[source.locale, default: []].append(summary)
            }
        }

        var files: [(String, [UInt8])] = []
        for locale in locales {
            let list = summaries[locale] ?? []
            files.append(("\(locale)/index.html", Array(localeIndex(locale, list, site: site, locales: locales).utf8)))
            files.append(("\(locale)/search.json", Array(Self.searchJSON(list).utf8)))
        }
        files.append(("index.html", Array(home(locales, summaries, site: site).utf8)))
        files.append(("sitemap.xml", Array(sitemap(locales, summaries, site: site).utf8)))
        for name in ["stepwise.css", "stepwise.js"] {
            let asset = SiteTemplates.assetsFolder.appendingPathComponent(name).path
            // A site without its script has no guided mode: a broken install must say so.
            guard let data = FileManager.default.contents(atPath: asset) else { throw SiteError(.templatesUnreadable, ["path": asset]) }
            files.append(("assets/" + name, [UInt8](data)))
        }
        for (path, bytes) in files {
            report.files += 1
            made.insert(path)
            if try output.write(path, bytes) { report.written += 1; report.writtenPaths.append(path) }
        }

        // Only files an export made (the manifest) are ever removed. Locales the content has
        // but `--locale` left out this time are not touched.
        let listed = output.readManifest()
        let skipped = allLocales.subtracting(locales)
        let stale = listed.subtracting(made).filter { path in
            !keep.contains(path) && !skipped.contains(String(path.prefix { $0 != "/" }))
        }
        if options.clean {
            report.removed = output.remove(stale).count
            try output.writeManifest(made.union(listed.subtracting(stale)))
        } else {
            try output.writeManifest(made.union(listed))
        }
        report.writtenPaths.sort()
        report.warnings.sort { ($0.file, $0.position, $0.arguments["url"] ?? "") < ($1.file, $1.position, $1.arguments["url"] ?? "") }
        return report
    }

    /// One page per slug and locale. The same file name in two subfolders gives one slug;
    /// `sources` are sorted by path within a slug, so the first path wins whatever order the
    /// folder listed them in, and each one left out is a warning naming both files.
    static func uniqued(_ sources: [SiteSource]) -> (sources: [SiteSource], warnings: [SiteWarning]) {
        var kept: [String: SiteSource] = [:]
        var out: [SiteSource] = []
        var warnings: [SiteWarning] = []
        for source in sources {
            let key = source.locale + "/" + source.slug
            if let first = kept[key] {
                warnings.append(SiteWarning(code: .duplicateSlug, file: source.path, position: SourcePosition(line: 1, column: 1),
                                            arguments: ["other": first.path]))
            } else {
                kept[key] = source
                out.append(source)
            }
        }
        return (out, warnings)
    }

    enum ArticleResult: Sendable {
        case page(path: String, wrote: Bool, warnings: [SiteWarning], summary: PageSummary, problems: [ArticleError])
        case failed(ArticleError)
        case unwritable(SiteError)
    }

    private func renderArticles(_ sources: [SiteSource], site: SiteContext, output: SiteOutput,
                                progress: (@Sendable (Int, Int) -> Void)?) -> [ArticleResult] {
        let results = ResultSlots<ArticleResult>(count: sources.count)
        let graphOptions = StepGraphOptions(knownSlugs: Set(site.pages.keys))
        // One loader per content folder (an export has one): told everything once.
        let loaders = Dictionary(uniqueKeysWithValues: Set(sources.map(\.contentRoot)).map { root in
            (root, ArticleLoader(calloutLabels: options.calloutLabels, contentRoot: root, graphOptions: graphOptions,
                                 actions: options.actions, picks: options.picks))
        })
        // Workers take small chunks in turn, so a few long articles do not leave a core idle.
        let chunk = 8
        let chunks = (sources.count + chunk - 1) / chunk
        let workers = min(options.concurrency, max(1, chunks))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let c = results.nextChunk(of: chunks) {
                for i in (c * chunk)..<min(sources.count, (c + 1) * chunk) {
                    results[i] = Self.exportArticle(sources[i], site: site, output: output, loader: loaders[sources[i].contentRoot]!)
                    if let progress { progress(results.finish(), sources.count) }
                }
            }
        }
        return results.values
    }

    private static func exportArticle(_ source: SiteSource, site: SiteContext, output: SiteOutput, loader: ArticleLoader) -> ArticleResult {
        let loaded: LoadedArticle
        do {
            loaded = try loader.load(path: source.path, slug: source.slug)
        } catch {
            return .failed(error)
        }
        let page = ArticlePage(site: site, source: source, article: loaded.article, graph: loaded.graph).render()
        let path = source.locale + "/" + source.slug + "/index.html"
        do {
            let wrote = try output.write(path, Array(page.html.utf8))
            return .page(path: path, wrote: wrote, warnings: page.warnings, summary: page.summary, problems: loaded.problems)
        } catch {
            return .unwritable(error)
        }
    }
}

/// Results written by index from concurrent workers; each slot is written once.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private var done = 0
    private var claimed = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(i: Int) -> T? {
        get { lock.withLock { slots[i] } }
        set { lock.withLock { slots[i] = newValue } }
    }

    func finish() -> Int { lock.withLock { done += 1; return done } }

    /// The next chunk no worker has taken yet, nil when all are taken.
    func nextChunk(of count: Int) -> Int? {
        lock.withLock {
            guard claimed < count else { return nil }
            claimed += 1
            return claimed - 1
        }
    }

    var values: [T] { lock.withLock { slots.map { $0! } } }
}
