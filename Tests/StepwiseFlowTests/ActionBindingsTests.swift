import Foundation
import StepwiseArticle
import Testing
@testable import StepwiseFlow

@Suite struct ActionBindingsTests {
    private let contentRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Content").standardized

    private func seedGraph(_ locale: String) throws -> StepGraph {
        let url = contentRoot.appendingPathComponent("\(locale)/activate-or-reactivate-a-subscription.md")
        let article = try ArticleParser().parse(contentsOf: url.path)
        return StepGraphBuilder(options: StepGraphOptions(knownSlugs: ["contact-support-for-business-products"])).build(article)
    }

    @Test func parsesEntriesInFileOrderWithTheirPositions() throws {
        let bindings = try ActionBindings.parse("# c\nt2.s2:\n  pick: subscription\nt2.s5:\n  action: subscription.reactivate\n", file: "b.yml")
        #expect(bindings.entries == [
            ActionBinding(nodeID: "t2.s2", kind: .pick("subscription"), position: SourcePosition(line: 2, column: 1)),
            ActionBinding(nodeID: "t2.s5", kind: .action("subscription.reactivate"), position: SourcePosition(line: 4, column: 1)),
        ])
        #expect(bindings.binding(for: "t2.s5")?.name == "subscription.reactivate")
        #expect(bindings.binding(for: "t1.s1") == nil)
    }

    /// The plain files are read without Yams; the answer must be Yams' own, positions included.
    @Test(arguments: [
        "# c\nt2.s2:\n  pick: subscription\nt2.s5:\n  action: subscription.reactivate\n",
        "t1.s1:\n    action: 'quoted'\n\n# between\nt1.s2:\n    # inside\n    pick: x\n", "", "# only a comment\n",
    ])
    func plainFilesAreReadAsYamsReadsThem(_ yaml: String) throws {
        var text = yaml
        let quick = try #require(text.withUTF8 { ActionBindings.plainEntries($0, file: "b.yml") }, "not read as a plain file")
        #expect(quick == (try ActionBindings.parseWithYams(yaml, file: "b.yml")))
    }

    /// Anything else goes to Yams, which reads it or places the mistake.
    @Test(arguments: [
        "t1.s1:\n  action: a\n  action: b\n", "t1.s1:\n  action:\n", "t1.s1:\n  action: a b\n t1.s2:\n  pick: c\n",
        "t1.s1:\n  - action\n", "t1.s1:\n  action: a\n  - b\n", "t1.s1: a\n  pick: b\n", "t1.s1:\n  run: x\n",
        "t1.s1:\n  action: a\n  pick: b\n", "t1.s1:\n  action: [x]\n", "t1.s1:\n\taction: a\n",
    ])
    func otherFilesGoToYams(_ yaml: String) {
        var text = yaml
        #expect(text.withUTF8 { ActionBindings.plainEntries($0, file: "b.yml") } == nil)
    }

    @Test func theShippedBindingsAreAPlainFile() throws {
        // Or the walk's start pays for Yams again.
        var seed = try String(contentsOf: contentRoot.appendingPathComponent("activate-or-reactivate-a-subscription.actions.yml"), encoding: .utf8)
        let quick = try #require(seed.withUTF8 { ActionBindings.plainEntries($0, file: "b.yml") })
        #expect(quick == (try ActionBindings.parseWithYams(seed, file: "b.yml")))
    }

    @Test func anEmptyFileBindsNothing() throws {
        #expect(try ActionBindings.parse("# nothing yet\n", file: "b.yml").entries.isEmpty)
    }

    @Test(arguments: [
        ("t1.s1: [a]\n", ArticleError.Code.bindingsShape, 1),
        ("- t1.s1\n", .bindingsShape, 1),
        ("t1.s1:\n  run: x\n", .bindingsShape, 2),
        ("t1.s1:\n  action: a\n  pick: b\n", .bindingsShape, 2),
        ("t1.s1:\n  action: a\nt1.s1:\n  action: b\n", .bindingDuplicate, 1),
        ("t1.s1:\n  action: [\n", .bindingsSyntax, 3),
    ])
    func badFilesAreLocatedErrors(yaml: String, code: ArticleError.Code, line: Int) {
        #expect(throws: ArticleError.self) { try ActionBindings.parse(yaml, file: "b.yml") }
        do {
            _ = try ActionBindings.parse(yaml, file: "b.yml")
        } catch {
            #expect(error.code == code)
            #expect(error.file == "b.yml")
            #expect(error.position.line == line)
        }
    }

    @Test func problemsNameUnknownNodesNonStepsAndUnknownNames() throws {
        let graph = try seedGraph("en-US")
        let bindings = try ActionBindings.parse("""
            t9.s1:
              action: license.assign
            choice:
              action: license.assign
            t1.s1:
              action: frobnicate
            t2.s2:
              pick: colour
            t2.s5:
              action: license.assign
            """, file: "b.yml")
        let problems = bindings.problems(in: graph, actions: ["license.assign"], picks: ["subscription"])
        #expect(problems.map(\.code) == [.bindingUnknownNode, .bindingNotStep, .bindingUnknownAction, .bindingUnknownPick])
        #expect(problems.map(\.position.line) == [1, 3, 5, 7])
    }

    /// One file serves every translation: every binding of the shipped seed fits both graphs.
    @Test(arguments: ["en-US", "lv-LV"])
    func theSeedBindingsFitEveryTranslation(locale: String) throws {
        let bindings = try ActionBindings.loadIfPresent(slug: "activate-or-reactivate-a-subscription", contentRoot: contentRoot)
        #expect(bindings.entries.count == 6)
        let names: Set<String> = ["subscriptions.list", "subscription.reactivate", "paymentMethod.add", "productKey.redeem", "license.assign", "apps.list"]
        #expect(bindings.problems(in: try seedGraph(locale), actions: names, picks: ["subscription", "paymentMethod", "user"]) == [])
    }

    /// Billion laughs: aliases are never expanded into the walk, so it is a shape error at once.
    @Test func aliasBombIsAShapeError() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1..<10 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect(throws: ArticleError.self) { try ActionBindings.parse(yaml, file: "b.yml") }
    }

    @Test func anArticleWithoutAFileHasNoBindings() throws {
        #expect(try ActionBindings.loadIfPresent(slug: "no-such-article", contentRoot: contentRoot).entries.isEmpty)
    }
}
