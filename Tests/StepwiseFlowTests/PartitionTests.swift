import StepwiseArticle
import Testing
@testable import StepwiseFlow

/// The graph is a partition of its article: every visible block in exactly one place.
@Suite struct PartitionTests {
    @Test func aProcedureBeforeTheFirstTaskIsTaskZero() {
        let graph = build(article(
            para("Pay now:", line: 3),
            ol(items: [[para("Open Billing.")], [para("Pay.")]], line: 5),
            boldHeading("Recommended documents", line: 8),
            ul(items: [[para(link("Billing basics", "https://example.com/a"))], [para(link("Invoices", "https://example.com/b"), text("."))]], line: 10)))
        #expect(graph.tasks.map(\.id) == ["t0"])
        #expect(graph.tasks[0].title == "Sample article")
        #expect(graph.start == "t0.s1")
        #expect(graph.nodeIDs == ["t0.s1", "t0.s2", "end"])
        #expect(graph.references.map(\.title) == ["Recommended documents"])
        #expect(graph.references[0].links.map(\.url) == ["https://example.com/a", "https://example.com/b"])
        #expect(graph.validate(against: articleOf(graph)).isEmpty)
    }

    @Test func taskZeroDoesNotRenumberTheOthers() {
        let graph = build(article(
            ol("Sign in.", "Open the page."),
            heading(2, "Reactivate"), ol("Select it.", "Reactivate.")))
        #expect(graph.tasks.map(\.id) == ["t0", "t1"])
        #expect(graph.edgeList.prefix(2) == ["choice -choice-> t0.s1", "choice -choice-> t1.s1"])
    }

    @Test func anOpeningWithoutProcedureIsTheOverview() {
        let graph = build(article(
            para("Why this matters."),
            ul("One fact", "Another fact"),
            heading(2, "Do it"), ol("Go.", "Done.")))
        #expect(graph.tasks.map(\.id) == ["t1"])
        #expect(graph.article.intro == "Why this matters.\nOne fact\nAnother fact")
        #expect(graph.article.overviewBlocks.count == 2)
    }

    @Test func aReferencesSectionWithOneInstructionIsATask() {
        // The near miss: one item says what to do, so the section is read, not listed.
        let graph = build(article(
            heading(2, "Do it"), ol("Go.", "Done."),
            heading(2, "See also"),
            ul(items: [[para(link("Billing", "https://example.com/a"))], [para(text("Call support if it fails."))]])))
        #expect(graph.tasks.map(\.title) == ["Do it", "See also"])
        #expect(graph.references.isEmpty)
        // In-page links only are a table of contents, not references either.
        let toc = build(article(heading(2, "Do it"), ol("Go.", "Done."), heading(2, "Contents"), ul(items: [[para(link("Do it", "#do-it"))]])))
        #expect(toc.references.isEmpty)
    }

    @Test func emptyHeadingsAreStillShownInDocumentOrder() {
        let a = article(heading(3, "Lonely", line: 2), heading(3, "Task", line: 3), ol(items: [[para("Go.")], [para("Done.")]], line: 4),
                        boldHeading("Trailing", line: 7))
        let graph = build(a)
        #expect(graph.tasks.map(\.title) == ["Task"])
        #expect(graph.article.intro == "Lonely")
        #expect(graph.node("t1.s2")?.text == "Done.\nTrailing")
        #expect(graph.validate(against: a).isEmpty)
    }

    @Test func aGroupHeadingWithoutTasksIsStillShown() {
        let a = article(heading(2, "Do it", line: 2), ol(items: [[para("Go.")], [para("Done.")]], line: 3),
                        heading(2, "Resources", line: 6), heading(3, "See also", line: 7),
                        ul(items: [[para(link("Basics", "https://example.com/a"))]], line: 8))
        let graph = build(a)
        #expect(graph.references.map(\.title) == ["See also"])
        #expect(graph.node("t1.s2")?.text == "Done.\nResources")
        #expect(graph.validate(against: a).isEmpty)
    }

    @Test func includedBlocksHaveTheirPlaces() {
        // The included file's blocks have positions in that file (lines 4 and 6 here).
        let included = Block.include(Include(title: "steps", target: "../includes/steps.md", path: "/c/includes/steps.md",
                                             children: [para("Shared intro.", line: 4), ol(items: [[para("One.")], [para("Two.")]], line: 6)],
                                             range: range(5)))
        let a = article(para("Before.", line: 3), included, para("After.", line: 7))
        let graph = build(a)
        #expect(graph.tasks[0].intro == "Before.\nShared intro.")
        #expect(graph.node("t1.s2")?.text == "Two.\nAfter.")
        #expect(graph.validate(against: a).isEmpty)
        // The include's line 7 is not the article's: JSON says which file a range is in.
        #expect(graph.node("t1.s2")?.covers == [SourceSpan(file: "/c/includes/steps.md", range: range(7)), SourceSpan(range: range(7))])
        #expect(graph.json().contains("\"file\": \"/c/includes/steps.md\""))
        // The same include twice is two places, not one block shown twice.
        let twice = article(included, para("Between.", line: 9), included)
        #expect(build(twice).validate(against: twice).isEmpty)
    }

    @Test func aGroupHeadingIsShownOnceWhateverFollowsIt() {
        // An empty sub-heading right after the group heading ends the place before it, which
        // takes the group heading in: the group's task still says its group, without a second copy.
        let a = article(para("Intro.", line: 2), heading(2, "G", line: 3), heading(3, "E", line: 4), heading(3, "T", line: 5),
                        para("Text.", line: 6), heading(3, "U", line: 7), ol(items: [[para("Go.")], [para("Done.")]], line: 8))
        let graph = build(a)
        #expect(graph.tasks.map(\.title) == ["T", "U"])
        #expect(graph.tasks.map(\.group) == ["G", "G"])
        #expect(graph.validate(against: a).isEmpty)
        // The same include twice, with a group in it: each copy's heading has its place.
        let grouped = Block.include(Include(title: "g", target: "g.md", path: "/c/g.md",
                                            children: [heading(2, "G", line: 1), heading(3, "A", line: 2), ol(items: [[para("x")], [para("y")]], line: 3)],
                                            range: range(9)))
        let twice = article(grouped, grouped)
        #expect(build(twice).validate(against: twice).isEmpty)
    }

    @Test func aOneItemListShownTwiceIsCaught() {
        // cmark gives a one-item list and its item one range.
        let item = ListItem(children: [para("Only.", line: 3)], range: range(3))
        let a = article(para("Intro.", line: 2), .list(ListBlock(kind: .ordered(start: 1), isTight: true, items: [item], range: range(3))))
        var graph = build(a)
        #expect(graph.validate(against: a).isEmpty)
        graph.nodes[0].covers += graph.nodes[0].covers
        #expect(graph.validate(against: a).map(\.code) == [.repeatedBlock])
    }

    @Test func validationFindsWhatNoPlaceShows() {
        let a = article(para("Intro.", line: 3), ol(items: [[para("a")], [para("b")]], line: 5), para("Done.", line: 8))
        var graph = build(a)
        #expect(graph.validate(against: a).isEmpty)
        // The last step shows item b and the closing paragraph: both are lost without it.
        graph.nodes[1].covers = []
        #expect(graph.validate(against: a) == [GraphIssue(.unplacedBlock, arguments: ["line": "5", "column": "1"]),
                                               GraphIssue(.unplacedBlock, arguments: ["line": "8", "column": "1"])])
        graph.nodes[1].covers = [SourceSpan(range: range(5)), SourceSpan(range: range(5))]
        #expect(graph.validate(against: a).map(\.code).contains(.repeatedBlock))
        graph = build(a)
        graph.nodes[1].covers.reverse()
        #expect(graph.validate(against: a).map(\.code) == [.outOfOrder])
    }

    @Test func jsonGivesEveryPlaceItsRanges() {
        let graph = build(article(para("Intro.", line: 3), ol(items: [[para("a")], [para("b")]], line: 5),
                                  para("Done.", line: 8), ul(items: [[para("x")]], line: 10)))
        let json = graph.json()
        #expect(json.contains("\"introRanges\": [\n        {\n          \"line\": 3,"))
        #expect(json.contains("\"id\": \"t1.close\""))
        #expect(json.contains("\"ranges\": [\n        {\n          \"line\": 8,"))
        #expect(json.contains("\"line\": 10,"))
    }

    private func articleOf(_ graph: StepGraph) -> Article {
        article(para("Pay now:", line: 3),
                ol(items: [[para("Open Billing.")], [para("Pay.")]], line: 5),
                boldHeading("Recommended documents", line: 8),
                ul(items: [[para(link("Billing basics", "https://example.com/a"))], [para(link("Invoices", "https://example.com/b"), text("."))]], line: 10))
    }
}
