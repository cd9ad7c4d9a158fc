import StepwiseArticle
import StepwiseFlow
import Testing
@testable import StepwiseWizard

/// The wizard's articles by key, as a dictionary would keep them.
@Suite struct ArticleShelfTests {
    private func article(_ hash: String) throws -> WizardArticle {
        let parsed = try ArticleParser().parse(bytes: Array("# Title\n\nText.\n".utf8), path: "a.md")
        return WizardArticle(graph: StepGraphBuilder().build(parsed), locale: "en-US", contentHash: hash)
    }

    @Test func keepsOneArticlePerKeyAndForgetsOnNil() throws {
        let root = ArticleKey(slug: "a", locale: "en-US"), side = ArticleKey(slug: "b", locale: "en-US")
        let other = ArticleKey(slug: "a", locale: "lv-LV")
        var shelf = ArticleShelf(root, try article("1"))
        #expect(shelf[root]?.contentHash == "1")
        #expect(shelf[side] == nil && shelf[other] == nil)
        shelf[side] = try article("2")
        shelf[root] = try article("3")
        #expect(shelf[root]?.contentHash == "3")
        #expect(shelf[side]?.contentHash == "2")
        #expect(shelf[other] == nil)
        shelf[side] = nil
        #expect(shelf[side] == nil)
        #expect(shelf[root]?.contentHash == "3")
        shelf[other] = nil
        #expect(shelf[root]?.contentHash == "3")
    }
}
