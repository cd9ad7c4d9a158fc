import Testing
import StepwiseArticle
@testable import StepwiseChecks

/// Findings about something the translation lacks point at the place it belongs there: the
/// matching step, introduction or references of the same task.
@Suite struct PositionTests {
    func place(_ report: CheckReport, _ message: String) -> String? {
        report.findings.first { $0.message == message }.map { "\($0.location.range.start.line):\($0.location.range.start.column)" }
    }

    @Test func missingCodeBlockAndTablePointAtTheTasksReferences() throws {
        // Line 16 of the translation starts task 1's references: the table (which the parser places at column 3), then the code block.
        let code = try Fixture.check(Fixture.replacing("```sh\nrun it\n```\n", ""))
        #expect(place(code, "code-block-missing") == "16:3")
        let table = try Fixture.check(Fixture.replacing("| A | B |\n|---|---|\n| 1 | 2 |\n\n", ""))
        #expect(place(table, "table-missing") == "16:1")
    }

    @Test func missingAnchorPointsAtItsTask() throws {
        let tree = Tree()
        tree.write("en-US/x.md", Fixture.english.replacingOccurrences(of: "## <a name=\"set-up\"></a>Set up\n\n",
                                                                     with: "## <a name=\"set-up\"></a>Set up\n\n#### <a name=\"prep\"></a>Prep\n\nRead first.\n\n"))
        tree.write("lv-LV/x.md", Fixture.latvian.replacingOccurrences(of: "## <a name=\"set-up\"></a>Iestatīšana\n\n",
                                                                     with: "## <a name=\"set-up\"></a>Iestatīšana\n\nVispirms izlasiet.\n\n"))
        tree.write("en-US/guide.md", Fixture.guideEnglish)
        tree.write("lv-LV/guide.md", Fixture.guideLatvian)
        let report = try tree.check()
        #expect(report.only(.anchor).map(\.arguments) == [["anchor": "prep"]])
        // Not the translation's last heading (line 8): task 1's introduction, the paragraph on line 10.
        #expect(place(report, "anchor-missing") == "10:1")
    }

    @Test func taskCountAlwaysHasAPlace() throws {
        // The translation's only task has no heading, so no range of its own.
        let tree = Tree()
        tree.write("en-US/x.md", article(locale: "en-US", "## Start\n\n1. Open.\n2. Close.\n\n## Finish\n\n1. Save.\n2. Leave.\n"))
        tree.write("lv-LV/x.md", article(locale: "lv-LV", "1. Atveriet.\n2. Aizveriet.\n"))
        let report = try tree.check()
        #expect(report.only(.structure).map(\.message) == ["task-count"])
        // The last part of the translation's last task: its last step.
        #expect(place(report, "task-count") == "7:1")
        // Near miss: an extra task is pointed at where it starts.
        let extra = try Fixture.check(Fixture.replacing("Izvēlieties *Gatavs*.\n", "Izvēlieties *Gatavs*.\n\n## Vēl\n\n1. Teksts.\n2. Vēl.\n"))
        #expect(place(extra, "task-count") == "16:1")
    }
}
