import Foundation
import StepwiseFlow
import StepwiseWizard
import Testing

/// The places of the partition on the wizard's screens: the overview, closing nodes and the
/// references sections are walked, not only kept in the graph.
@Suite struct WalkPlacesTests {
    static let twoTasks = """
        ---
        title: Printers
        ---
        # Printers

        Printers need paper and power.

        ## Set up

        1. Unpack it.
        2. Plug it in.

        It warms up for a minute.

        - Keep the lid closed.

        ## Test

        1. Print a page.
        2. Check it.

        ## See also

        - [Printer basics](https://example.com/printers)
        """
    static let oneTask = """
        ---
        title: Scanner
        ---
        # Scanner

        Scanners read paper.

        ## Scan

        1. Lay the page down.
        2. Press Scan.

        **Related**

        - [Scanner basics](https://example.com/scanners)
        """

    @Test func thePickerShowsTheOverviewAndTheEndTheReferences() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var wizard = try OtherArticleTests.wizard(["en-US/p.md": Self.twoTasks], slug: "p", in: folder)
        let picker = wizard.screen
        #expect(picker.kind == .choice)
        #expect(picker.intro?.text == "Printers need paper and power.")
        #expect(picker.choices.map(\.label) == ["Set up", "Test"])
        wizard.handle(.choose(1))
        wizard.handle(.next)
        let closing = wizard.handle(.next)
        #expect(closing.nodeID == "t1.close" && closing.kind == .info)
        #expect(closing.text == "It warms up for a minute.\nKeep the lid closed.")
        #expect(closing.progress == nil)
        let end = wizard.handle(.next)
        #expect(end.kind == .end)
        #expect(end.summary?.sections.map(\.title) == ["See also"])
        #expect(end.links.map(\.url) == ["https://example.com/printers"])
        #expect(end.commands.contains(.links))
        #expect(wizard.handle(.links).panel == .links)
    }

    @Test func aSingleTaskShowsTheOverviewOnItsFirstScreen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var wizard = try OtherArticleTests.wizard(["en-US/s.md": Self.oneTask], slug: "s", in: folder)
        let first = wizard.screen
        #expect(first.nodeID == "t1.s1")
        #expect(first.intro?.text == "Scanners read paper.")
        #expect(first.intro?.blocks.count == 1)
        // Not on the next step, and not again after going back and forth.
        #expect(wizard.handle(.next).intro == nil)
        #expect(wizard.handle(.back).intro?.text == "Scanners read paper.")
        wizard.handle(.next)
        let end = wizard.handle(.next)
        #expect(end.summary?.sections.map(\.title) == ["Related"])
    }
}
