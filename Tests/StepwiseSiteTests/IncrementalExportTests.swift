import Foundation
import StepwiseArticle
import StepwiseLocale
import Testing
@testable import StepwiseSite

/// A re-export makes again only the pages whose inputs changed, and what it leaves is the same
/// site, byte for byte, that an export into an empty folder makes; `--shard` parts merged
/// with `--merge` are that site too.
@Suite struct IncrementalExportTests {
    struct Setup {
        let content = Temp.folder("incr-content"), out = Temp.folder("incr-out"), locales = Temp.folder("incr-locales")
        var templates: String? = nil

        func write(_ relative: String, _ text: String, under root: String? = nil) throws {
            let path = (root ?? content) + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }

        func options(_ output: String, shard: ExportShard? = nil, merge: [String] = []) -> SiteOptions {
            SiteOptions(output: output, templates: templates, clean: true, layers: CatalogLayers([Repo.locales, URL(fileURLWithPath: locales)]),
                        calloutLabels: Repo.labels, concurrency: 2, shard: shard, merge: merge)
        }

        func export(_ output: String, shard: ExportShard? = nil, merge: [String] = []) throws -> SiteReport {
            try SiteExporter(options: options(output, shard: shard, merge: merge)).export(Export.sources(content: content))
        }

        /// Re-exports into `out`, exports afresh into a new folder, and returns the re-export's
        /// report after checking both folders hold the same files with the same bytes.
        func reexport(_ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) throws -> SiteReport {
            let report = try export(out)
            let fresh = Temp.folder("incr-fresh")
            defer { try? FileManager.default.removeItem(atPath: fresh) }
            _ = try export(fresh)
            let (a, b) = (Temp.files(out), Temp.files(fresh))
            #expect(a.keys.sorted() == b.keys.sorted(), comment, sourceLocation: sourceLocation)
            for key in a.keys.sorted() where a[key] != b[key] {
                // Which articles the cache knows by file identity depends on how long ago each
                // changed (`FileIdentity.settled`), so identities are left out of its comparison.
                if key == ExportCache.fileName, Self.withoutIdentities(a[key]) == Self.withoutIdentities(b[key]), Self.withoutIdentities(a[key]) != nil { continue }
                Issue.record("\(comment): \(key) differs from a fresh export", sourceLocation: sourceLocation)
            }
            return report
        }

        static func withoutIdentities(_ data: Data?) -> ExportCache? {
            guard let data, var cache = ExportCache(bytes: [UInt8](data), build: BuildIdentity.current) else { return nil }
            for key in cache.pages.keys { cache.pages[key]!.sourceIdentity = "" }
            return cache
        }

        func remove() { for f in [content, out, locales] + (templates.map { [$0] } ?? []) { try? FileManager.default.removeItem(atPath: f) } }
    }

    static func article(_ title: String, _ body: String) -> String { "---\ntitle: \(title)\n---\n# \(title)\n\n\(body)\n" }

    @Test func aReexportMakesOnlyWhatChangedAndLeavesTheSiteAFreshExportMakes() throws {
        var s = Setup()
        defer { s.remove() }
        try s.write("en-US/a.md", Self.article("A", "1. Open [B](b.md).\n2. Open [C](c.md).\n\n[!INCLUDE [part](../includes/part.md)]"))
        try s.write("en-US/b.md", Self.article("B", "See [A](a.md#a)."))
        try s.write("lv-LV/b.md", Self.article("B lv", "Skatiet [A](a.md)."))
        try s.write("includes/part.md", "Shared text.\n")
        try s.write("lv-LV.yml", "site:\n  nav:\n    home: Raksti\n", under: s.locales)

        var report = try s.export(s.out)
        #expect(report.rendered == 3 && report.articlePages == 3)

        report = try s.reexport("nothing changed")
        #expect(report.rendered == 0 && report.written == 0)

        try s.write("en-US/b.md", Self.article("B", "See [A](a.md#a) again."))
        report = try s.reexport("an article edited")
        #expect(report.rendered == 1)

        // The same size, the modification time set back: the change time still tells.
        let b = s.content + "/en-US/b.md"
        let modified = try FileManager.default.attributesOfItem(atPath: b)[.modificationDate] as! Date
        try s.write("en-US/b.md", Self.article("B", "See [A](a.md#a) AGAIN."))
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: b)
        report = try s.reexport("an article edited, its time set back")
        #expect(report.rendered == 1)

        // a links to c: its link to c becomes a link to c's page.
        try s.write("en-US/c.md", Self.article("C", "Text."))
        report = try s.reexport("a linked article added")
        #expect(report.rendered == 2)

        try FileManager.default.removeItem(atPath: s.content + "/en-US/c.md")
        report = try s.reexport("a linked article removed")
        #expect(report.rendered == 1)

        try s.write("includes/part.md", "Shared text, changed.\n")
        report = try s.reexport("an included file edited")
        #expect(report.rendered == 1)

        try s.write("a.actions.yml", "t1.s1:\n  action: license.assign\n")
        report = try s.reexport("a bindings file added")
        #expect(report.rendered == 1)

        // b exists in both locales: its en-US page links to the lv-LV one and back.
        try s.write("lv-LV/a.md", Self.article("A lv", "1. Atveriet [B](b.md)."))
        report = try s.reexport("a translation added")
        #expect(report.rendered == 3)

        try s.write("lv-LV.yml", "site:\n  nav:\n    home: Visi raksti\n", under: s.locales)
        report = try s.reexport("a catalog string changed")
        #expect(report.rendered == 2)

        // Every page's language switcher names lv-LV in Latvian.
        try s.write("lv-LV.yml", "site:\n  nav:\n    home: Visi raksti\n  language-name: Latviski\n", under: s.locales)
        report = try s.reexport("another locale's name changed")
        #expect(report.rendered == 4)

        // A FIFO where the bindings file would be neither hangs the export nor counts as absent.
        #expect(mkfifo(s.content + "/b.actions.yml", 0o644) == 0)
        report = try s.reexport("a FIFO for a bindings file")
        try FileManager.default.removeItem(atPath: s.content + "/b.actions.yml")
        _ = try s.reexport("the FIFO removed")

        s.templates = Temp.folder("incr-templates")
        let head = try String(contentsOf: SiteTemplates.shippedFolder.appendingPathComponent("head.mustache"), encoding: .utf8)
        try s.write("head.mustache", head + "<!-- ours -->\n", under: s.templates)
        report = try s.reexport("a template replaced")
        #expect(report.rendered == 4)

        // A page edited or removed on disk is made again, though its inputs did not change.
        try s.write("en-US/a/index.html", "edited", under: s.out)
        try FileManager.default.removeItem(atPath: s.out + "/lv-LV/b/index.html")
        try s.write("lv-LV/index.html", "edited", under: s.out)
        report = try s.reexport("pages changed on disk")
        #expect(report.rendered == 2)

        // A link only in an image's alt text is no link on the page, but the guide's jump to it is.
        try s.write("en-US/d.md", Self.article("D", "1. Open ![the [E](e.md) page](e.png).\n2. Close it."))
        report = try s.reexport("an article linking from an image's alt text added")
        #expect(report.rendered == 1)
        try s.write("en-US/e.md", Self.article("E", "Text."))
        report = try s.reexport("the article the alt text links to added")
        #expect(report.rendered == 2)

        // An include reached through a symbolic link, which is then pointed at another file.
        try s.write("includes/one.md", "One text.\n")
        try s.write("includes/two.md", "Two text.\n")
        let link = s.content + "/includes/link.md"
        #expect(symlink("one.md", link) == 0)
        try s.write("en-US/f.md", Self.article("F", "[!INCLUDE [part](../includes/link.md)]"))
        report = try s.reexport("an article including through a symbolic link added")
        #expect(report.rendered == 1)
        #expect(unlink(link) == 0 && symlink("two.md", link) == 0)
        report = try s.reexport("the symbolic link pointed at another file")
        #expect(report.rendered == 1)

        // A locale folder that is a symbolic link: `..` in its articles' includes leads back into
        // the content folder as the parser reads it, not where the kernel would resolve it.
        let elsewhere = Temp.folder("incr-elsewhere")
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        try s.write("fr-FR/g.md", Self.article("G", "[!INCLUDE [part](../includes/one.md)]"), under: elsewhere)
        #expect(symlink(elsewhere + "/fr-FR", s.content + "/fr-FR") == 0)
        report = try s.reexport("a locale folder that is a symbolic link added")
        #expect(report.rendered == report.articlePages)  // a new locale is in every page's language list
        try s.write("includes/one.md", "One text, changed.\n")
        report = try s.reexport("an include of an article in a linked locale folder edited")
        #expect(report.rendered == 1)
    }

    /// An article that has not changed for a while is known by its file identity: the re-export
    /// takes its hash from the cache.
    @Test func anArticleUnchangedForAWhileIsKnownByItsIdentity() throws {
        let s = Setup()
        defer { s.remove() }
        try s.write("en-US/a.md", Self.article("A", "Text."))
        // A tenth of a second, or two where file times keep whole seconds.
        var waited = 0
        while FileIdentity.settled(s.content + "/en-US/a.md") == nil, waited < 100 { usleep(50_000); waited += 1 }
        _ = try s.export(s.out)
        let cache = try #require(SiteOutput.read(s.out + "/" + ExportCache.fileName).flatMap { ExportCache(bytes: $0, build: BuildIdentity.current) })
        #expect(cache.pages.count == 1 && cache.pages.values.allSatisfy { !$0.sourceIdentity.isEmpty })
        var report = try s.reexport("an article known by its identity")
        #expect(report.rendered == 0 && report.written == 0)
        // The identity stands in for reading the file: with the hash it vouches for spoilt, the
        // page no longer matches its inputs and is made again (reading the file would not tell).
        var spoilt = cache
        for key in spoilt.pages.keys { spoilt.pages[key]!.sourceHash ^= 1 }
        try Data(spoilt.bytes(build: BuildIdentity.current)).write(to: URL(fileURLWithPath: s.out + "/" + ExportCache.fileName))
        report = try s.reexport("a cached hash the identity vouches for")
        #expect(report.rendered == 1)
    }

    /// A file changed within the last tenth of a second may change again within the same clock
    /// tick and keep its size and times: its identity does not vouch for it (the export cache
    /// then reads the article again, the catalog cache parses the catalog again).
    @Test func aFileJustChangedHasNoSettledIdentity() throws {
        let s = Setup()
        defer { s.remove() }
        try s.write("en-US/a.md", Self.article("A", "Text."))
        let path = s.content + "/en-US/a.md"
        var info = stat()
        #expect(stat(path, &info) == 0)
        let changed = FileIdentity.nanoseconds(info.st_ctim)
        let past: Int64 = info.st_ctim.tv_nsec == 0 ? 2_200_000_000 : 200_000_000
        #expect(FileIdentity.settled(path, now: changed) == nil)
        #expect(FileIdentity.settled(path, now: changed + 50_000_000) == nil)
        #expect(FileIdentity.settled(path, now: changed + past) == FileIdentity.of(path))
        #expect(FileIdentity.settled(path + ".absent", now: changed + past) == nil)
    }

    /// A time of whole seconds may come from a file system that keeps no more: a change in
    /// the same two seconds would keep it, so such a file is not settled for 2.1 s.
    @Test func wholeSecondTimesAreSettledLater() {
        let whole = timespec(tv_sec: 1_700_000_000, tv_nsec: 0), fine = timespec(tv_sec: 1_700_000_000, tv_nsec: 5)
        let t = FileIdentity.nanoseconds(whole)
        #expect(!FileIdentity.isSettled(changed: fine, now: t + 50_000_000))
        #expect(FileIdentity.isSettled(changed: fine, now: t + 200_000_000))
        #expect(!FileIdentity.isSettled(changed: whole, now: t + 1_500_000_000))
        #expect(!FileIdentity.isSettled(changed: whole, now: t + 2_000_000_000))
        #expect(FileIdentity.isSettled(changed: whole, now: t + 2_200_000_000))
    }

    /// `--shard` with `--clean` into a whole site's folder would leave one part of it.
    @Test func aShardIsNotCleanedIntoAWholeSite() throws {
        let s = Setup()
        defer { s.remove() }
        for slug in ["a", "b", "c", "d"] { try s.write("en-US/\(slug).md", Self.article(slug, "Text.")) }
        _ = try s.export(s.out)
        let before = Temp.files(s.out)
        #expect(throws: SiteError(.shardOverSite, ["path": s.out])) { try s.export(s.out, shard: ExportShard(index: 1, count: 4)) }
        #expect(Temp.files(s.out) == before)
    }

    @Test func aCacheThatCannotBeReadMakesEveryPage() throws {
        let s = Setup()
        defer { s.remove() }
        try s.write("en-US/a.md", Self.article("A", "Text."))
        _ = try s.export(s.out)
        // Whole and of this build, but a page with a negative size.
        var cache = ExportCache()
        cache.pages["en-US/a/index.html"] = ExportCache.Page(
            inputs: 1, sourceIdentity: "1:2:3:4.5:6.7", sourceHash: 1, dependencies: [], linkQueries: [], size: -1,
            summary: PageSummary(slug: "a", title: "A", tasks: 0, steps: 1, text: SearchText("t")), warnings: [], problems: [])
        let negative = String(decoding: cache.bytes(build: BuildIdentity.current), as: UTF8.self)
        for garbage in [negative, "", "stepwise-export-cache 5", "23:stepwise-export-cache 5", "23:stepwise-export-cache 55:other-build1:0"] {
            try s.write(ExportCache.fileName, garbage, under: s.out)
            let report = try s.reexport("cache \(garbage.debugDescription)")
            #expect(report.rendered == 1)
        }
    }

    @Test func theCacheReadsBackWhatItWrote() {
        var cache = ExportCache()
        cache.pages["lv-LV/a/index.html"] = ExportCache.Page(
            inputs: 0xDEAD_BEEF_0123_4567, sourceIdentity: "1:2:3:4.5:6.7", sourceHash: 42, dependencies: ["/c/a.actions.yml", "/c/x:y.md"], linkQueries: ["hb.md", "plv-LV\u{0}b"], size: 1234,
            summary: PageSummary(slug: "a", title: "Ā: 12", tasks: 2, steps: 5, text: SearchText("vārdi\nun:skaitļi 3")),
            warnings: [SiteWarning(code: .unsafeLink, file: "/c/a.md", position: SourcePosition(line: 3, column: 7), arguments: ["url": "javascript:x"])],
            problems: [ArticleError(.invalidUTF8, file: "/c/a.actions.yml", position: SourcePosition(line: 1, column: 1), arguments: [:])])
        cache.indexes = 0x0123
        cache.indexSizes = ["index.html": 10, "lv-LV/search.json": 0]
        let bytes = cache.bytes(build: "b1")
        let read = ExportCache(bytes: bytes, build: "b1")
        #expect(read?.pages == cache.pages && read?.indexes == 0x0123 && read?.indexSizes == cache.indexSizes)
        #expect(ExportCache(bytes: bytes, build: "b2") == nil)
        #expect(ExportCache(bytes: ExportCache().bytes(build: "b1"), build: "b1")?.pages.isEmpty == true)
        // Cut anywhere, or with bytes after it, it is no cache rather than part of one.
        for cut in 0..<bytes.count {
            #expect(ExportCache(bytes: Array(bytes.prefix(cut)), build: "b1") == nil)
        }
        #expect(ExportCache(bytes: bytes + [0x31], build: "b1") == nil)
    }

    @Test func shardsReadOnlyKOfN() {
        #expect(ExportShard("2/4") == ExportShard(index: 2, count: 4))
        for bad in ["0/4", "5/4", "4", "/4", "2/", "a/b", "2/0", "-1/4", "+1/4", " 1/4", "1/4/4", "١/٤"] {
            #expect(ExportShard(bad) == nil, "\(bad)")
        }
        let slugs = (0..<400).map { "article-\($0)" }
        let parts = (1...4).map { k in Set(slugs.filter { ExportShard(index: k, count: 4)!.contains(slug: $0) }) }
        #expect(parts.reduce(0) { $0 + $1.count } == slugs.count)
        #expect(parts.reduce(Set<String>()) { $0.union($1) }.count == slugs.count)
        #expect(parts.allSatisfy { $0.count > 50 })
    }

    /// The corpus exported once, and in 4 shards one after another then merged: the same files
    /// with the same bytes, no page made twice; a re-export with nothing changed makes none.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Repo.corpus), "no ../shared/corpus"))
    func corpusShardsMergedAreTheSingleExport() throws {
        let sources = CorpusExportTests.sources()
        let root = Temp.folder("shards")
        defer { try? FileManager.default.removeItem(atPath: root) }
        func options(_ output: String, shard: ExportShard? = nil, merge: [String] = []) -> SiteOptions {
            SiteOptions(output: output, layers: CatalogLayers([Repo.locales]), calloutLabels: Repo.labels, concurrency: 2, shard: shard, merge: merge)
        }
        let single = try SiteExporter(options: options(root + "/single")).export(sources)
        #expect(single.failures.isEmpty && single.rendered == single.articlePages && single.articlePages > 1500)

        var shards: [String] = []
        var rendered = 0
        for k in 1...4 {
            let folder = root + "/shard-\(k)"
            let report = try SiteExporter(options: options(folder, shard: ExportShard(index: k, count: 4))).export(sources)
            #expect(report.rendered == report.articlePages && report.articlePages > 200)
            #expect(!FileManager.default.fileExists(atPath: folder + "/sitemap.xml"))
            rendered += report.rendered
            shards.append(folder)
        }
        #expect(rendered == single.articlePages)
        let merged = try SiteExporter(options: options(root + "/merged", merge: shards)).export(sources)
        #expect(merged.rendered == 0 && merged.unusableMerges.isEmpty)
        #expect(merged.files == single.files && merged.warnings == single.warnings)
        let (a, b) = (Temp.files(root + "/single"), Temp.files(root + "/merged"))
        #expect(a.keys.sorted() == b.keys.sorted())
        let differing = a.keys.sorted().filter { a[$0] != b[$0] }
        #expect(differing.isEmpty, "\(differing.prefix(5))")

        let again = try SiteExporter(options: options(root + "/single")).export(sources)
        #expect(again.rendered == 0 && again.written == 0 && again.files == single.files)
    }
}
