import Foundation
import StepwiseArticle
import Testing
@testable import StepwiseFlow

private let corpusRoot = SeedArticleTests.repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")

/// Every real article in `../shared/corpus` (beside the repository; absent on machines without it).
@Suite(.enabled(if: FileManager.default.fileExists(atPath: corpusRoot.path), "no ../shared/corpus"))
struct CorpusTests {
    static var root: URL { corpusRoot }

    static func articles(under folder: String) throws -> [Article] {
        let base = root.appendingPathComponent(folder)
        let names = try FileManager.default.subpathsOfDirectory(atPath: base.path).filter { $0.hasSuffix(".md") }.sorted()
        let parser = ArticleParser(options: .init(calloutLabels: SeedArticleTests.labels))
        return try names.map { try parser.parse(contentsOf: base.appendingPathComponent($0).path) }
    }

    @Test func everyArticleGivesASoundGraph() throws {
        let articles = try Self.articles(under: "alchemyinsights-lv-LV/articles")
        #expect(articles.count > 1000)
        let builder = StepGraphBuilder(options: StepGraphOptions(knownSlugs: Set(articles.map(\.slug))))
        var multiTask = 0, withSteps = 0
        for article in articles {
            let graph = builder.build(article)
            #expect(graph.validate() == [], "\(article.slug)")
            #expect(Set(graph.nodeIDs).count == graph.nodes.count, "\(article.slug)")
            if graph.tasks.count > 1 { multiTask += 1 }
            if graph.nodes.contains(where: { $0.kind == .step }) { withSteps += 1 }
        }
        // The corpus README: ~119 articles with two or more tasks, a third with numbered steps.
        #expect((100...160).contains(multiTask))
        #expect(withSteps > articles.count / 3)
    }

    @Test func splitNumberedListsContinueInARealArticle() throws {
        let parser = ArticleParser(options: .init(calloutLabels: SeedArticleTests.labels))
        let article = try parser.parse(contentsOf: Self.root.appendingPathComponent("alchemyinsights-lv-LV/articles/change-nameservers.md").path)
        let graph = StepGraphBuilder().build(article)
        #expect(graph.tasks.map(\.steps) == [["t1.s1", "t1.s2", "t1.s3"]])
        #expect(graph.node("t1.s2")?.text.contains("ns1.bdm.microsoftonline.com") == true)
    }

    @Test func humanTranslatedPairsShareNodesAndEdges() throws {
        let en = try Self.articles(under: "deployoffice-privacy/en-US")
        let lv = try Self.articles(under: "deployoffice-privacy/lv-LV")
        #expect(en.count == lv.count && !en.isEmpty)
        let builder = StepGraphBuilder()
        for (e, l) in zip(en, lv) {
            let ge = builder.build(e), gl = builder.build(l)
            #expect(ge.article.slug == gl.article.slug)
            #expect(ge.nodeIDs == gl.nodeIDs, "\(e.slug)")
            #expect(ge.edgeList == gl.edgeList, "\(e.slug)")
            #expect(ge.article.locale == "en-US" && gl.article.locale == "lv-LV")
        }
    }
}
