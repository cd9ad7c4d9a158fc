import Dispatch
import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale

/// Exports articles as a static site: the pages of every article in every locale, a locale
/// index with a search box, a search index per locale, a sitemap, and one stylesheet and
/// one script. Articles are rendered on all cores; output is the same bytes for the same
/// input, and a file is only written when its bytes change. A page whose inputs hash as the
/// export cache remembers (`PageInputs`, `ExportCache`) is not rendered at all; `shard` and
/// `merge` split the article pages across machines and put them back together.
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
        let cacheFile = options.output + "/" + ExportCache.fileName
        let output = SiteOutput(root: options.output, beforeFirstChange: FirstTime { unlink(cacheFile) })
        // The last export's cache and manifest are read on another core while the strings
        // load: they are a third of an unchanged re-export, and neither needs the other.
        let earlier = Pending { (self.readCaches(output: output), output.readManifest()) }
        let (byLocale, fallback) = SiteContext.loadStrings(locales: locales, layers: options.layers)
        let base = options.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let site = SiteContext(templates: templates, stringsByLocale: byLocale, fallbackStrings: fallback, pages: pages,
                               links: ArticleLinks(options: StepGraphOptions(knownSlugs: Set(pages.keys))), baseURL: base)
        let inputs = PageInputs(site: site, options: options, locales: locales)

        var report = SiteReport()
        report.warnings = duplicates
        let ((caches, unusableMerges), listed) = earlier.value
        report.unusableMerges = unusableMerges
        if options.shard != nil, options.clean, listed.contains("index.html") {
            throw SiteError(.shardOverSite, ["path": options.output])
        }
        // `--shard`: only this part's pages are made, against the whole content's links.
        let rendering = options.shard.map { shard in exported.filter { shard.contains(slug: $0.slug) } } ?? exported
        let results = renderArticles(rendering, site: site, inputs: inputs, caches: caches, output: output, progress: progress)
        var summaries: [String: [PageSummary]] = [:]
        var made = Set<String>()
        var cache = ExportCache()
        // A page whose article failed to read this time keeps its last good version.
        var keep = Set<String>()
        for (source, result) in zip(rendering, results) {
            switch result {
            case .failed(let error):
                report.failures.append(error)
                keep.insert(source.locale + "/" + source.slug + "/index.html")
            case .unwritable(let error):
                throw error
            case .page(let path, let wrote, let rendered, let entry):
                report.files += 1
                report.articlePages += 1
                if rendered { report.rendered += 1 }
                made.insert(path)
                cache.pages[path] = entry
                if wrote { report.written += 1; report.writtenPaths.append(path) }
                report.warnings += entry.warnings
                report.bindingProblems += entry.problems
                summaries[source.locale, default: []].append(entry.summary)
            }
        }

        // A shard's indexes would list only its part: the merge makes them, from all parts.
        // Indexes made from the same summaries and strings as last time are left as they are.
        if options.shard == nil {
            let key = inputs.indexesHash(locales: locales, summaries: summaries)
            let previous = caches.previous
            var files: [(String, [UInt8])] = []
            if previous.indexes == key, previous.indexSizes.count == 2 * locales.count + 2,
               previous.indexSizes.allSatisfy({ output.size(of: $0.key) == $0.value }) {
                for path in previous.indexSizes.keys { report.files += 1; made.insert(path) }
                cache.indexSizes = previous.indexSizes
            } else {
                files = indexFiles(locales: locales, summaries: summaries, site: site)
                for (path, bytes) in files { cache.indexSizes[path] = bytes.count }
            }
            cache.indexes = key
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
        }

        // Only files an export made (the manifest) are ever removed. Locales the content has
        // but `--locale` left out this time are not touched.
        let skipped = allLocales.subtracting(locales)
        for (path, entry) in caches.previous.pages where skipped.contains(String(path.prefix { $0 != "/" })) {
            cache.pages[path] = entry
        }
        // Nothing changed: the cache on disk is this one (its bytes need not be made to see so).
        if cache != caches.previous || output.size(of: ExportCache.fileName) == nil {
            _ = try output.write(ExportCache.fileName, cache.bytes(build: BuildIdentity.current))
        }
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

    /// The locale indexes, search indexes, home page and sitemap, in that order. They are made
    /// on all cores, the locale indexes first: sorting a locale's titles by its collation is
    /// the longest part, and it would otherwise leave a core idle at the end of every export.
    private func indexFiles(locales: [String], summaries: [String: [PageSummary]], site: SiteContext) -> [(String, [UInt8])] {
        var jobs: [(path: String, make: @Sendable () -> String)] = []
        for locale in locales {
            let list = summaries[locale] ?? []
            jobs.append(("\(locale)/index.html", { self.localeIndex(locale, list, site: site, locales: locales) }))
        }
        for locale in locales {
            let list = summaries[locale] ?? []
            jobs.append(("\(locale)/search.json", { Self.searchJSON(list) }))
        }
        jobs.append(("index.html", { self.home(locales, summaries, site: site) }))
        jobs.append(("sitemap.xml", { self.sitemap(locales, summaries, site: site) }))
        let made = ResultSlots<[UInt8]>(count: jobs.count)
        let work = jobs
        DispatchQueue.concurrentPerform(iterations: min(options.concurrency, work.count)) { _ in
            while let i = made.nextChunk(of: work.count) { made[i] = Array(work[i].make().utf8) }
        }
        return zip(jobs, made.values).map { ($0.path, $1) }
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
        /// `rendered` false: the page was unchanged, or taken from a `merge` folder.
        case page(path: String, wrote: Bool, rendered: Bool, entry: ExportCache.Page)
        case failed(ArticleError)
        case unwritable(SiteError)
    }

    /// The output folder's own cache, and those of the `merge` folders.
    struct Caches: Sendable {
        var previous: ExportCache
        var seeds: [(root: String, cache: ExportCache)]
    }

    /// The caches, and the merged folders whose cache could not be used.
    private func readCaches(output: SiteOutput) -> (Caches, unusable: [String]) {
        let own = output.root + "/" + ExportCache.fileName
        let previous = SiteOutput.read(own).flatMap { ExportCache(bytes: $0, build: BuildIdentity.current) } ?? ExportCache()
        var seeds: [(root: String, cache: ExportCache)] = []
        var unusable: [String] = []
        for root in options.merge {
            if let cache = SiteOutput.read(root + "/" + ExportCache.fileName).flatMap({ ExportCache(bytes: $0, build: BuildIdentity.current) }) {
                seeds.append((root, cache))
            } else {
                unusable.append(root)
            }
        }
        return (Caches(previous: previous, seeds: seeds), unusable)
    }

    private func renderArticles(_ sources: [SiteSource], site: SiteContext, inputs: PageInputs, caches: Caches, output: SiteOutput,
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
                    let page = ArticleJob(source: sources[i], site: site, inputs: inputs, output: output, loader: loaders[sources[i].contentRoot]!)
                    results[i] = page.run(caches)
                    if let progress { progress(results.finish(), sources.count) }
                }
            }
        }
        return results.values
    }
}

/// One article page of an export: skipped when the cache vouches for the page on disk, taken
/// from a `merge` folder whose cache vouches for its copy, else rendered.
private struct ArticleJob {
    let source: SiteSource
    let site: SiteContext
    let inputs: PageInputs
    let output: SiteOutput
    let loader: ArticleLoader

    var path: String { source.locale + "/" + source.slug + "/index.html" }

    func run(_ caches: SiteExporter.Caches) -> SiteExporter.ArticleResult {
        let previous = caches.previous.pages[path]
        let identity = FileIdentity.settled(source.path)
        var bytes: [UInt8]?
        let sourceHash: UInt64
        if let previous, let identity, previous.sourceIdentity == identity {
            sourceHash = previous.sourceHash
        } else {
            do { bytes = try loader.parser.bytes(of: source.path) } catch { return .failed(error) }
            sourceHash = PageInputs.sourceHash(bytes!)
        }
        do {
            if var cached = previous, vouches(cached, sourceHash), output.size(of: path) == cached.size {
                cached.sourceIdentity = identity ?? ""
                return .page(path: path, wrote: false, rendered: false, entry: cached)
            }
            for seed in caches.seeds {
                guard var cached = seed.cache.pages[path], vouches(cached, sourceHash),
                      let page = SiteOutput.read(seed.root + "/" + path), page.count == cached.size else { continue }
                // The shard's file identity is of its own machine's file.
                cached.sourceIdentity = identity ?? ""
                return .page(path: path, wrote: try output.write(path, page), rendered: false, entry: cached)
            }
            if bytes == nil {
                do { bytes = try loader.parser.bytes(of: source.path) } catch { return .failed(error) }
            }
            return try render(bytes!, identity: identity ?? "", sourceHash: PageInputs.sourceHash(bytes!))
        } catch {
            return .unwritable(error)
        }
    }

    private func vouches(_ cached: ExportCache.Page, _ sourceHash: UInt64) -> Bool {
        inputs.hash(source, sourceHash: sourceHash, dependencies: cached.dependencies, linkQueries: cached.linkQueries) == cached.inputs
    }

    private func render(_ bytes: [UInt8], identity: String, sourceHash: UInt64) throws(SiteError) -> SiteExporter.ArticleResult {
        let loaded: LoadedArticle
        do {
            loaded = try loader.load(bytes: bytes, path: source.path, slug: source.slug)
        } catch {
            return .failed(error)
        }
        let page = ArticlePage(site: site, source: source, article: loaded.article, graph: loaded.graph).render()
        let html = page.html
        let dependencies = PageInputs.dependencies(of: loaded)
        let entry = ExportCache.Page(
            inputs: inputs.hash(source, sourceHash: sourceHash, dependencies: dependencies, linkQueries: page.linkQueries),
            sourceIdentity: identity, sourceHash: sourceHash,
            dependencies: dependencies, linkQueries: page.linkQueries, size: html.count,
            summary: page.summary, warnings: page.warnings, problems: loaded.problems)
        return .page(path: path, wrote: try output.write(path, html), rendered: true, entry: entry)
    }
}

/// Results written by index from concurrent workers; each slot is written once.
/// Work started at once on another core, waited for where its result is needed.
final class Pending<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Read once: the semaphore is not signalled again.
    var value: T {
        done.wait()
        return result!
    }
}

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
