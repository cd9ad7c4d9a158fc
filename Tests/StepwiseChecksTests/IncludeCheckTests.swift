import Testing
import StepwiseArticle
@testable import StepwiseChecks

/// `[!INCLUDE]`d files: their anchors count for the article, and they are no articles of their own.
@Suite struct IncludeCheckTests {
    static func tree(link: String) -> Tree {
        let tree = Tree()
        for (locale, step) in [("en-US", "Open it"), ("lv-LV", "Atveriet")] {
            tree.write("\(locale)/a.md", article(locale: locale, """
            # T

            ## Do it

            1. \(step), see [x](\(link)).
            2. Done.

            [!INCLUDE [shared](includes/shared.md)]

            """))
            // Include files carry no header: they are pieces of an article.
            tree.write("\(locale)/includes/shared.md", "## Shared part\n\n<a name=\"raw-anchor\"></a>Text.\n")
        }
        return tree
    }

    @Test func anchorsInIncludedContentResolve() throws {
        #expect(try Self.tree(link: "#shared-part").check().findings == [])
        #expect(try Self.tree(link: "#raw-anchor").check().findings == [])
        // Near miss: an anchor that is nowhere.
        let broken = try Self.tree(link: "#nowhere").check()
        #expect(broken.only(.brokenLink).map(\.severity) == [.warning])
        // A link from another article into one with includes sees its included anchors too.
        let tree = Self.tree(link: "#shared-part")
        for (locale, step) in [("en-US", "Open it"), ("lv-LV", "Atveriet")] {
            tree.write("\(locale)/b.md", article(locale: locale, assetID: "b1", "# B\n\n## Go\n\n1. \(step) [a](a.md#shared-part).\n2. Done.\n"))
        }
        #expect(try tree.check().findings == [])
    }

    @Test func includedFilesAreNotCheckedAsArticles() throws {
        let report = try Self.tree(link: "#shared-part").check()
        #expect(report.articlesChecked == 1)
        #expect(report.findings.filter { $0.location.file.contains("includes/") } == [])
        // Near miss: an includes file no checked article includes is still an article.
        let tree = Self.tree(link: "#shared-part")
        tree.write("lv-LV/includes/unused.md", "## Nekas\n\nTeksts.\n")
        let lone = try tree.check()
        #expect(lone.articlesChecked == 2)
        #expect(lone.findings.contains { $0.location.file.hasSuffix("includes/unused.md") && $0.message == "title-missing" })
        #expect(lone.findings.allSatisfy { !$0.location.file.hasSuffix("includes/shared.md") })
    }
}
