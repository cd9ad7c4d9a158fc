import StepwiseArticle
import Testing
@testable import StepwiseFlow

@Suite struct TaskTests {
    @Test func articleWithoutTaskHeadingsIsOneTaskStartingAtItsFirstStep() {
        let graph = build(article(
            heading(1, "Reset a password"),
            para("Before you begin."),
            ol("Open the portal.", "Select Billing.", "Save."),
            para("Done."),
            title: "Reset a password"))

        #expect(graph.start == "t1.s1")
        #expect(graph.tasks.map(\.title) == ["Reset a password"])
        #expect(graph.tasks[0].steps == ["t1.s1", "t1.s2", "t1.s3"])
        #expect(graph.tasks[0].intro == "Before you begin.")
        #expect(graph.nodeIDs == ["t1.s1", "t1.s2", "t1.s3", "end"])
        #expect(graph.edgeList == ["t1.s1 -next-> t1.s2", "t1.s2 -next-> t1.s3", "t1.s3 -next-> end"])
        #expect(graph.node("t1.s2")?.stepNumber == 2)
        #expect(graph.node("t1.s2")?.stepCount == 3)
        #expect(graph.node("t1.s2")?.text == "Select Billing.")
        // A closing of one paragraph is read on the last step's screen.
        #expect(graph.node("t1.s3")?.text == "Save.\nDone.")
        #expect(graph.article.intro == "")
        #expect(graph.validate().isEmpty)
    }

    @Test func aTitleHeadingThatSaysSomethingElseIsShown() {
        let graph = build(article(heading(1, "Reset your password"), ol("Open the portal.", "Save."), title: "Reset a password"))
        #expect(graph.article.title == "Reset a password")
        #expect(graph.tasks[0].intro == "Reset your password")
    }

    @Test func untitledArticleFallsBackToItsSlug() {
        let graph = build(article(ol("A"), title: nil, path: "Content/en-US/fix-it.md"))
        #expect(graph.tasks[0].title == "fix-it")
        #expect(graph.article.title == "fix-it")
    }

    @Test func twoTasksStartWithAChoice() {
        let graph = build(article(
            heading(1, "Sample article"),
            para("Pick what you need."),
            boldHeading("Activate a subscription"),
            ol("Assign a license.", "Install the apps."),
            heading(2, "Reactivate a subscription"),
            ol("Go to Billing.", "Reactivate.")))

        #expect(graph.start == "choice")
        #expect(graph.article.intro == "Pick what you need.")
        #expect(graph.tasks.map(\.title) == ["Activate a subscription", "Reactivate a subscription"])
        #expect(graph.nodeIDs == ["choice", "t1.s1", "t1.s2", "t2.s1", "t2.s2", "end"])
        let choices = graph.edges.filter { $0.kind == .choice }
        #expect(choices.map(\.to) == ["t1.s1", "t2.s1"])
        #expect(choices.map(\.label) == ["Activate a subscription", "Reactivate a subscription"])
        #expect(graph.node("choice")?.text == "Sample article")
        #expect(graph.validate().isEmpty)
    }

    @Test func groupingHeadingsAndEmptySectionsAreNotTasks() {
        let graph = build(article(
            heading(2, "Windows"),
            heading(3, "Install"), ol("Run setup."),
            heading(3, "Remove"), ol("Open Settings."),
            heading(3, "Nothing here"),
            heading(2, "Mac"), para("On a Mac, use the installer."),
            boldHeading("Related")))

        #expect(graph.tasks.map(\.title) == ["Install", "Remove", "Mac"])
        #expect(graph.tasks.map(\.group) == ["Windows", "Windows", nil])
        #expect(graph.tasks.map(\.steps) == [["t1.s1"], ["t2.s1"], ["t3.info"]])
    }

    @Test func bothKindsOfTaskHeadingsInDocumentOrder() {
        let graph = build(article(
            boldHeading("First"), ol("a"),
            heading(3, "Second"), ol("b"),
            boldHeading("Third"), ol("c")))
        #expect(graph.tasks.map(\.title) == ["First", "Second", "Third"])
    }

    @Test func boldRunInsideOtherTextIsNoHeading() {
        let graph = build(article(
            para(strong("Billing"), text(" is where you pay.")),
            para(text("  "), strong("Alone"), text(" ")),
            ol("Step")))
        #expect(graph.tasks.map(\.title) == ["Alone"])
        #expect(graph.article.intro == "Billing is where you pay.")
    }

    @Test func onlyEmptyTaskHeadingsMeanOneTaskOverTheArticle() {
        let graph = build(article(para("Intro."), ol("One", "Two"), boldHeading("See also")))
        #expect(graph.tasks.count == 1)
        #expect(graph.tasks[0].title == "Sample article")
        #expect(graph.tasks[0].steps == ["t1.s1", "t1.s2"])
    }

    @Test func splitNumberedListContinues() {
        let graph = build(article(
            para("Intro."),
            ol("One", "Two"),
            ul("detail a", "detail b"),
            para("More on two."),
            ol(start: 3, "Three"),
            callout(.note, para("Between three and four.")),
            ol(start: 4, "Four"),
            para(text("Afterwards, see "), link("docs", "https://example.com/docs"), text(".")),
            ol("A new procedure")))

        let task = graph.tasks[0]
        #expect(task.steps == ["t1.s1", "t1.s2", "t1.s3", "t1.s4", "t1.s5"])
        #expect(graph.node("t1.s2")?.text == "Two\ndetail a\ndetail b\nMore on two.")
        #expect(graph.node("t1.s2")?.blocks.count == 3)
        #expect(graph.node("t1.s3")?.callouts.map(\.text) == ["Between three and four."])
        // A list numbered afresh is the next run of steps, introduced by what stood before it.
        #expect(graph.node("t1.s5")?.text == "Afterwards, see docs.\nA new procedure")
        #expect(graph.node("t1.s5")?.stepCount == 5)
        #expect(task.referenceBlocks.isEmpty)
    }

    @Test func whatFollowsTheStepsIsAClosingNode() {
        let graph = build(article(
            ol("One", "Two"),
            para(text("Afterwards, see "), link("docs", "https://example.com/docs"), text(".")),
            ul("A remark", "Another remark")))
        let task = graph.tasks[0]
        #expect(task.steps == ["t1.s1", "t1.s2", "t1.close"])
        #expect(graph.node("t1.close")?.kind == .closing)
        #expect(graph.node("t1.close")?.text == "Afterwards, see docs.\nA remark\nAnother remark")
        #expect(graph.edgeList.contains("t1.s2 -next-> t1.close"))
        #expect(graph.edgeList.contains("t1.close -next-> end"))
        #expect(task.references.map(\.url) == ["https://example.com/docs"])
        #expect(task.referenceBlocks.count == 2)
        #expect(graph.validate().isEmpty)
    }

    @Test func aOneItemListThatContinuesTheNumberingIsAStep() {
        // The near miss of ordinal prose: `3.` right after `1.`–`2.` continues them.
        let graph = build(article(ol("One", "Two"), para("Then:"), ol(start: 3, "Three")))
        #expect(graph.tasks[0].steps == ["t1.s1", "t1.s2", "t1.s3"])
        #expect(graph.node("t1.s2")?.text == "Two\nThen:")
    }

    @Test func ordinalProseIsNoStep() {
        // `2018. gada 15. septembrī …` at a paragraph start is a one-item list to cmark.
        let graph = build(article(para("Billing changed."), ol(start: 2018, "gada 15. septembrī pārgāja."), para("Nothing to do.")))
        #expect(graph.tasks[0].steps == ["t1.info"])
        #expect(graph.node("t1.info")?.blocks.count == 3)
        let afterSteps = build(article(ol("One", "Two"), ol(start: 21, "aprīlī mainījās."), para("More.")))
        #expect(afterSteps.tasks[0].steps == ["t1.s1", "t1.s2", "t1.close"])
    }

    @Test func numberingFollowsTheSourceStart() {
        // A list written from 3 continues at 5, not at its count + 1; a mis-indented
        // sub-list numbered from 1 in between is content of the step before.
        let graph = build(article(ol(start: 3, "c", "d"), para("x"), ol("sub a", "sub b"), ol(start: 5, "e")))
        #expect(graph.tasks[0].steps == ["t1.s1", "t1.s2", "t1.s3"])
        #expect(graph.node("t1.s2")?.text == "d\nx\nsub a\nsub b")
        #expect(graph.node("t1.s3")?.stepNumber == 3)
        // A one-item list numbered above 1 that continues nothing is prose: the closing here.
        let notContinued = build(article(ol(start: 3, "c", "d"), ol(start: 3, "again")))
        #expect(notContinued.tasks[0].steps == ["t1.s1", "t1.s2", "t1.close"])
        #expect(notContinued.tasks[0].referenceBlocks.count == 1)
        // A list the later one numbers on from is a run of its own, not content.
        let nearest = build(article(ol("a", "b"), para("x"), ol("c", "d"), ol(start: 3, "e")))
        #expect(nearest.node("t1.s2")?.text == "b")
        #expect(nearest.node("t1.s3")?.text == "x\nc")
        #expect(nearest.node("t1.s5")?.text == "e")
    }

    @Test func descriptiveBulletsAreNoSteps() {
        let graph = build(article(para("Choose one:"), ul("Word", "Excel"), ul("Later list")))
        #expect(graph.tasks[0].steps == ["t1.info"])
        #expect(graph.node("t1.info")?.text == "Choose one:\nWord\nExcel\nLater list")
        // Definitions open with their term.
        let terms = build(article(ul(items: [[para(strong("Policy A"), text(": blocks mail."))], [para(strong("Policy B"), text(": allows it."))]])))
        #expect(terms.tasks[0].steps == ["t1.info"])
    }

    @Test func bulletsThatOperateTheUIAreTheOnlyProcedure() {
        let graph = build(article(para("Choose one:"), ul(items: [
            [para(text("To pay, select "), strong("Billing"), text("."))],
            [para("Then wait for the mail.")],
        ]), ul("Later list")))
        #expect(graph.tasks[0].steps == ["t1.s1", "t1.s2", "t1.close"])
        #expect(graph.tasks[0].intro == "Choose one:")
        #expect(graph.node("t1.s2")?.text == "Then wait for the mail.")
        // Near miss: the same bullets beside a numbered list are not steps.
        let withNumbers = build(article(ul(items: [
            [para(text("To pay, select "), strong("Billing"), text("."))], [para("Then wait.")],
        ]), ol("One", "Two")))
        #expect(withNumbers.tasks[0].steps == ["t1.s1", "t1.s2"])
        #expect(withNumbers.tasks[0].introBlocks.count == 1)
    }

    @Test func bulletsHoldingNumberedSubStepsAreSteps() {
        let graph = build(article(ul(items: [
            [para(strong("Delays:")), para("Wait a while.")],
            [para(strong("Links:")), ol("Open the portal.", "Turn it on.")],
        ])))
        #expect(graph.tasks[0].steps == ["t1.s1", "t1.s2"])
    }

    @Test func numberedListWinsOverAnEarlierBulletList() {
        let graph = build(article(ul("Prerequisite"), ol("One", "Two")))
        #expect(graph.tasks[0].steps == ["t1.s1", "t1.s2"])
        #expect(graph.tasks[0].intro == "Prerequisite")
    }

    @Test func taskWithoutListIsOneInfoNode() {
        let graph = build(article(
            boldHeading("About billing", line: 3),
            para("You pay monthly.", line: 5),
            callout(.tip, para(text("See "), link("plans", "https://example.com/plans")), line: 7),
            para("Or yearly.", line: 9),
            boldHeading("Pay"), ol("Pay.")))

        let info = graph.node("t1.info")
        #expect(info?.kind == .info)
        #expect(info?.stepNumber == nil)
        #expect(info?.text == "You pay monthly.\nOr yearly.")
        #expect(info?.callouts.first?.kind == .tip)
        #expect(info?.blocks.count == 3)
        #expect(info?.range?.start.line == 5)
        #expect(info?.range?.end.line == 9)
        #expect(graph.edgeList.contains("t1.info -next-> end"))
        #expect(graph.edgeList.contains("t1.info -escape-> x.plans"))
    }

    @Test func emptyArticleStillHasAValidGraph() {
        let graph = build(article(title: nil, path: "x.md"))
        #expect(graph.nodeIDs == ["t1.info", "end"])
        #expect(graph.validate().isEmpty)
    }

    @Test func stepRangesAreTheListItems() {
        let graph = build(article(para("Intro", line: 2), ol(items: [[para("a")], [para("b")]], line: 4)))
        #expect(graph.node("t1.s1")?.range?.start.line == 4)
        #expect(graph.node("t1.s2")?.range?.start.line == 5)
        #expect(graph.node("end")?.range == nil)
    }
}
