import Foundation
import Testing
@testable import StepwiseSite

/// The whole shared corpus (beside the repository) exported as one site: every article gets
/// a page, nothing fails, and every page passes tidy.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Repo.corpus), "no ../shared/corpus"))
struct CorpusExportTests {
    static func sources() -> [SiteSource] {
        let alchemy = Repo.corpus + "/alchemyinsights-lv-LV"
        let privacy = Repo.corpus + "/deployoffice-privacy"
        var out: [SiteSource] = []
        for (root, folder, locale) in [(alchemy, "articles", "lv-LV"), (privacy, "en-US", "en-US"), (privacy, "lv-LV", "lv-LV")] {
            let names = (FileManager.default.subpaths(atPath: root + "/" + folder) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            for name in names {
                let slug = String((name as NSString).lastPathComponent.dropLast(3))
                out.append(SiteSource(slug: slug, locale: locale, path: root + "/" + folder + "/" + name, contentRoot: root))
            }
        }
        return out
    }

    @Test(.enabled(if: Tidy.required, "tidy is not installed"))
    func everyCorpusArticleExportsToAValidPage() throws {
        let out = Temp.folder("corpus")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let sources = Self.sources()
        #expect(sources.count > 1500)
        let report = try Export.run(sources, to: out)
        #expect(report.failures.isEmpty, "\(report.failures.prefix(3))")
        #expect(report.articlePages == SiteExporter.uniqued(sources.sorted { ($0.locale, $0.slug, $0.path) < ($1.locale, $1.slug, $1.path) }).sources.count)
        let pages = Temp.files(out).keys.filter { $0.hasSuffix(".html") }.sorted().map { out + "/" + $0 }
        #expect(pages.count == report.articlePages + 3)
        let problems = try Tidy.problems(in: pages)
        #expect(problems.isEmpty, "\(problems.joined().prefix(3000))")
        // Pages with steps carry the guided mode; machine-translated pages keep their UI paths.
        let withSteps = pages.filter { (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("node-counter") == true }
        #expect(withSteps.count > 400)
    }
}
