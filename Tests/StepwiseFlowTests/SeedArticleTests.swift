import Foundation
import StepwiseArticle
import Testing
@testable import StepwiseFlow

/// The seed article through the real parser. Set `STEPWISE_RECORD_FIXTURES=1` to rewrite the
/// JSON expectation; review the diff before committing it.
@Suite struct SeedArticleTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static func seedPath(_ locale: String) -> String {
        repository.appendingPathComponent("Content/\(locale)/activate-or-reactivate-a-subscription.md").path
    }
    static let fixture = testsFolder.appendingPathComponent("Fixtures/seed-graph.lv-LV.json")
    static let hasEnglishSeed = FileManager.default.fileExists(atPath: seedPath("en-US"))

    /// The labels the lv-LV catalog gives (the seed itself only uses an alert).
    static let labels = CalloutLabels([
        .note: ["Note", "Piezīme", "Piezīmes", "Ņemiet vērā"], .tip: ["Tip", "Padoms", "Padomi"],
        .important: ["Important", "Svarīgi", "Svarīgie"], .caution: ["Caution", "Uzmanību"], .warning: ["Warning", "Brīdinājums"],
    ])
    static let options = StepGraphOptions(knownSlugs: ["activate-or-reactivate-a-subscription", "contact-support-for-business-products"])

    static func graph(_ locale: String) throws -> StepGraph {
        let article = try ArticleParser(options: .init(calloutLabels: labels)).parse(contentsOf: seedPath(locale))
        return StepGraphBuilder(options: options).build(article)
    }

    @Test func threeTasksOfThreeFiveAndTwoSteps() throws {
        let graph = try Self.graph("lv-LV")
        #expect(graph.start == "choice")
        #expect(graph.tasks.map(\.steps.count) == [3, 5, 2])
        #expect(graph.tasks.map(\.title) == [
            "Abonementa aktivizēšana", "Abonementa atkārtota aktivizēšana", "Jauna abonementa aktivizēšana, izmantojot produkta atslēgu",
        ])
        #expect(graph.article.slug == "activate-or-reactivate-a-subscription")
        #expect(graph.article.locale == "lv-LV")
        #expect(graph.article.assetID == "2d59f23f-7aad-4b57-9039-0bd2bbf929a3")
        #expect(graph.edges.filter { $0.kind == .choice }.map(\.to) == ["t1.s1", "t2.s1", "t3.s1"])
        #expect(graph.validate() == [])
    }

    @Test func importantCalloutOfStepThreeEscapesToSupport() throws {
        let graph = try Self.graph("lv-LV")
        let step = try #require(graph.node("t2.s3"))
        #expect(step.callouts.map(\.kind) == [.important])
        #expect(step.callouts[0].links.map(\.target) == ["contact-support-for-business-products"])
        #expect(!step.text.contains("Ja neredzat"))
        let escapes = graph.edges.filter { $0.kind == .escape }
        #expect(escapes.map(\.from) == ["t2.s3"])
        #expect(escapes.map(\.to) == ["x.contact-support-for-business-products"])
        #expect(escapes.first?.label == "zvaniet atbalsta")
        #expect(graph.node("x.contact-support-for-business-products")?.kind == .external)
    }

    @Test func learnMoreLinkIsAReferenceOfTheSecondTask() throws {
        let graph = try Self.graph("lv-LV")
        #expect(graph.tasks[1].references.map(\.url) == ["https://docs.microsoft.com/microsoft-365/commerce/subscriptions/reactivate-your-subscription"])
        #expect(graph.tasks[1].intro.hasPrefix("Ja jūsu abonementa derīgums beidzas"))
        #expect(graph.tasks[0].references.isEmpty && graph.tasks[2].references.isEmpty)
        // The paragraph that holds it is read on the last step's screen, and listed again at the end.
        #expect(graph.nodes.filter { $0.links.contains { $0.url.hasSuffix("reactivate-your-subscription") } }.map(\.id) == ["t2.s5"])
    }

    @Test func graphMatchesTheCheckedInJSON() throws {
        let json = try Self.graph("lv-LV").json()
        if ProcessInfo.processInfo.environment["STEPWISE_RECORD_FIXTURES"] == "1" {
            try FileManager.default.createDirectory(at: Self.fixture.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(json.utf8).write(to: Self.fixture)
        }
        let expected = try String(contentsOf: Self.fixture, encoding: .utf8)
        #expect(json == expected)
    }

    @Test func reparsingGivesTheSameGraph() throws {
        #expect(try Self.graph("lv-LV") == Self.graph("lv-LV"))
    }

    @Test(.enabled(if: hasEnglishSeed, "Content/en-US/activate-or-reactivate-a-subscription.md is not written yet"))
    func englishAndLatvianShareNodesAndEdges() throws {
        let en = try Self.graph("en-US"), lv = try Self.graph("lv-LV")
        #expect(en.nodeIDs == lv.nodeIDs)
        #expect(en.edgeList == lv.edgeList)
        #expect(en.start == lv.start)
        #expect(en.tasks.map(\.steps) == lv.tasks.map(\.steps))
        #expect(en.validate() == [])
    }
}
