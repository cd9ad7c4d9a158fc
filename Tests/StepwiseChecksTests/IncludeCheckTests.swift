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

    /// What the reader meets inside an included file is compared like the article's own: a
    /// link, a code block or a callout the translated include lost is found, at its place in
    /// the included file (which is not checked on its own), with the source include's place.
    /// Both an include spliced in at the top and one inside a step.
    @Test(arguments: [false, true]) func linksCodeAndCalloutsInsideIncludesAreCompared(insideStep: Bool) throws {
        let english = "Open [the portal](https://example.com/portal).\n\n```\nSet-Thing -On\n```\n\n> [!NOTE]\n> Keep it.\n"
        func tree(latvian: String) -> Tree {
            let tree = Tree()
            for (locale, step) in [("en-US", "Open it"), ("lv-LV", "Atveriet")] {
                let include = "[!INCLUDE [shared](includes/shared.md)]"
                tree.write("\(locale)/a.md", article(locale: locale, insideStep
                    ? "# T\n\n## Do it\n\n1. \(step).\n\n   \(include)\n\n2. Done.\n"
                    : "# T\n\n## Do it\n\n1. \(step).\n2. Done.\n\n\(include)\n"))
            }
            tree.write("en-US/includes/shared.md", english)
            tree.write("lv-LV/includes/shared.md", latvian)
            return tree
        }
        // Near miss: the same link, code and callout in Latvian words.
        let faithful = "Atveriet [portālu](https://example.com/portal).\n\n```\nSet-Thing -On\n```\n\n> [!NOTE]\n> Paturiet.\n"
        #expect(try tree(latvian: faithful).check().findings == [])

        let damaged = "Atveriet portālu.\n\n```\nSet-Thing -Off\n```\n\nPaturiet.\n"
        let report = try tree(latvian: damaged).check()
        #expect(report.articlesChecked == 1)
        // What is missing is reported where it should be: the place that shows the include (the
        // step holding it, or the included part itself when it is spliced in at the top).
        let unitFile = insideStep ? "lv-LV/a.md" : "lv-LV/includes/shared.md"
        for (check, file) in [(CheckID.link, unitFile), (.code, "lv-LV/includes/shared.md"), (.callout, unitFile)] {
            let found = report.only(check)
            #expect(found.count == 1, "\(check)")
            #expect(found.first?.location.file.hasSuffix(file) == true, "\(check): \(found)")
            #expect(found.first?.related?.file.hasSuffix("en-US/includes/shared.md") == true, "\(check): \(found)")
        }
        // The changed code is pointed at exactly: line 3 of the included file.
        #expect(report.only(.code).first?.location.range.start.line == 3)
    }
}
