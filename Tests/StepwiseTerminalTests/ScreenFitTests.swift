import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale
import StepwiseWizard
import Testing
@testable import StepwiseTerminal

/// Screens that fit: a viewport keeps header and footer, choice labels hang under their text.
@Suite struct ScreenFitTests {
    let localizer = try! Localizer(locale: "en-US", folder: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/StepwiseLocale/Catalogs"))

    func screen(body lines: Int) -> RenderedScreen {
        RenderedScreen(header: ["Title", "Step 1 of 2", "───"], body: (1...lines).map { "line \($0)" }, footer: ["───", "keys"])
    }

    @Test func aScreenThatFitsIsDrawnWhole() {
        var viewport = ScreenViewport(rows: 20)
        let text = viewport.compose(screen(body: 15), more: { _, _ in "MORE" })
        #expect(text.split(separator: "\n").count == 20)
        #expect(!text.contains("MORE"))
    }

    @Test func aTallScreenKeepsHeaderAndFooterAndScrolls() {
        var viewport = ScreenViewport(rows: 20)
        let tall = screen(body: 40)
        var lines = viewport.compose(tall, more: { "above \($0) below \($1)" }).split(separator: "\n").map(String.init)
        #expect(lines.count == 20)
        #expect(Array(lines.prefix(3)) == ["Title", "Step 1 of 2", "───"])
        #expect(Array(lines.suffix(3)) == ["above 0 below 26", "───", "keys"])
        #expect(lines[3] == "line 1")
        viewport.scrollPage(tall, down: true)
        lines = viewport.compose(tall, more: { "above \($0) below \($1)" }).split(separator: "\n").map(String.init)
        #expect(lines[3] == "line 14")
        viewport.toBottom()
        lines = viewport.compose(tall, more: { "above \($0) below \($1)" }).split(separator: "\n").map(String.init)
        #expect(lines[3] == "line 27" && lines[16] == "line 40")
        #expect(!viewport.canScrollDown)
        viewport.scroll(by: 100)
        #expect(viewport.offset == 26)
        viewport.scroll(by: -1000)
        #expect(viewport.offset == 0)
    }

    @Test func theRendererSplitsAScreenIntoItsParts() throws {
        let renderer = WizardScreenRenderer(localizer: localizer, width: 40, color: false, input: .keys)
        let screen = WizardScreen(kind: .step, article: ArticleHeader(slug: "x", title: "Title", locale: "en-US", requestedLocale: "en-US"),
                                  nodeID: "t1.s1", task: TaskHeader(id: "t1", title: "Task", number: 1, count: 1),
                                  progress: StepProgress(number: 1, count: 2), text: "Do it.",
                                  blocks: [.paragraph(Paragraph(inlines: [.text(Text("Do it.", range: .unknown))], range: .unknown))],
                                  commands: [.next, .quit])
        let parts = renderer.renderParts(screen)
        #expect(parts.header.contains("Step 1 of 2"))
        #expect(parts.body.contains("Do it."))
        #expect(parts.footer.last?.contains("q quit") == true)
        #expect(!parts.body.contains { $0.contains("Step 1 of 2") || $0.contains("q quit") })
    }

    @Test func longChoiceLabelsHangUnderTheirText() {
        let renderer = WizardScreenRenderer(localizer: localizer, width: 30, color: false, input: .keys)
        let label = "Reactivate a subscription that has expired or was disabled"
        let screen = WizardScreen(kind: .choice, article: ArticleHeader(slug: "x", title: "Title", locale: "en-US", requestedLocale: "en-US"),
                                  nodeID: "choice", choices: [WizardChoice(number: 1, kind: .task, label: label, target: "t1.s1")],
                                  commands: [.choose, .quit])
        let lines = renderer.render(screen, highlight: 1).split(separator: "\n").map(String.init)
        let first = try! #require(lines.firstIndex { $0.hasPrefix("› 1) Reactivate") })
        #expect(lines[first + 1].hasPrefix("     ") && !lines[first + 1].hasPrefix("      "))
        #expect(lines[first...].joined(separator: " ").contains("expired"))
    }

    @Test func aScreenExactlyAsTallAsTheWindowLeavesNoRowForANewline() {
        var viewport = ScreenViewport(rows: 20)
        let exact = screen(body: 15)
        #expect(!viewport.overflows(exact) && !viewport.leavesARow(exact))
        #expect(viewport.leavesARow(screen(body: 14)))
        #expect(!viewport.compose(exact, more: { _, _ in "" }).hasSuffix("\n"))
    }

    @Test func aWindowTooShortForAnyBodyGetsEverything() {
        var viewport = ScreenViewport(rows: 5)
        #expect(viewport.compose(screen(body: 3), more: { _, _ in "MORE" }).split(separator: "\n").count == 8)
    }

    @Test func bottomBeforeTheFirstDrawMeansTheBottomOnce() {
        var viewport = ScreenViewport(rows: 20)
        viewport.toBottom()
        let lines = viewport.compose(screen(body: 40), more: { _, _ in "" }).split(separator: "\n")
        #expect(lines[16] == "line 40")
    }

    @Test func pageKeysAreDecoded() {
        var decoder = KeyDecoder()
        let keys = decoder.feed(Array("\u{1B}[5~\u{1B}[6~\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}OH".utf8))
        #expect(keys == [.pageUp, .pageDown, .home, .end, .home, .end, .home])
    }
}
