import Foundation
import StepwiseLocale
import Testing
@testable import StepwiseChecks

/// `--baseline`: findings an earlier run's SARIF already holds are not new, wherever their
/// lines moved; a new one is.
struct BaselineTests {
    let wording = FindingWording(localizer: Localizer(catalog: OutputTests.english), displayPath: { $0 })

    @Test func onlyNewFindingsAreReportedAfterLinesMove() throws {
        let tree = Tree()
        tree.write("Locales/en-US.yml", CatalogCheckTests.english)
        let damaged = CatalogCheckTests.clean.replacingOccurrences(of: "Sveiki, {name}!", with: "Sveiki!")
        tree.write("Locales/lv-LV.yml", damaged)
        let first = try tree.check()
        #expect(first.findings.count == 1)
        let sarif = tree.write("baseline.sarif", SARIFReport.render(first, wording: wording, baseFolder: nil))
        let baseline = try Baseline(sarifAt: sarif)
        // Lines added above the finding: the same finding, not a new one.
        tree.write("Locales/lv-LV.yml", "# a comment\n\nextra: Papildus\n" + damaged)
        let moved = try tree.check()
        #expect(moved.findings.map(\.check).sorted() == [.extraKey, .placeholderMismatch])
        #expect(baseline.newFindings(in: moved, path: { $0 }).findings.map(\.check) == [.extraKey])
        // A finding the baseline holds once is new the second time it appears.
        tree.write("Locales/lv-LV.yml", damaged.replacingOccurrences(of: "close: Aizvērt", with: "close: Close"))
        let again = baseline.newFindings(in: try tree.check(), path: { $0 })
        #expect(again.findings.map(\.check) == [.untranslated])
    }

    @Test func fingerprintLeavesPositionsOut() {
        let a = Finding(.missingKey, at: FindingLocation(file: "x.yml", line: 3, column: 1), message: "missing-key", ["key": "a", "first": "2"])
        var b = a
        b.location = FindingLocation(file: "x.yml", line: 30, column: 9)
        b.arguments["first"] = "20"
        #expect(a.fingerprint(path: "x.yml") == b.fingerprint(path: "x.yml"))
        #expect(a.fingerprint(path: "x.yml") != a.fingerprint(path: "y.yml"))
        #expect(a.fingerprint(path: "x.yml").count == 16)
    }

    @Test func aFileThatIsNotOurSARIFIsAnInputError() throws {
        let tree = Tree()
        let other = tree.write("other.sarif", #"{"version":"2.1.0","runs":[{"results":[{"ruleId":"x"}]}]}"#)
        #expect(throws: CheckInputError.self) { try Baseline(sarifAt: other) }
        #expect(throws: CheckInputError.self) { try Baseline(sarifAt: tree.root + "/missing.sarif") }
        #expect(throws: CheckInputError.self) { try Baseline(sarifAt: tree.write("not-json.sarif", "{")) }
    }
}
