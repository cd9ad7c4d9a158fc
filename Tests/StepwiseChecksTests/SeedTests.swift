import Foundation
import Testing
import StepwiseArticle
@testable import StepwiseChecks

/// The Latvian seed against the en-US source in Content/. Its machine-translation damage,
/// worked out by hand from the two files:
/// - line 29 (t1.s3): `uz   >  **Fails Office Konts**`: the source's `**File** > **Office Account**`
///   lost its first label, the two labels ran into one bold run, and "Switch account" lost its bold
///   start (`Pārslēgt **kontu**`): three bold runs where the source has four;
/// - line 35 (t2.s1): `lapu  >  [Norēķini jūsu](…)`: `**Billing**` is gone, bold and all;
/// - line 37 (t2.s3): `**abonementu.**`: the bold run swallowed the full stop (source `**Reactivate subscription**.`);
/// - line 40 (t2.s4): `**Pievienot maksāšanas metodi.**`: the same.
/// Tasks, steps, the IMPORTANT alert, every link target and the heading anchor survived.
@Suite struct SeedTests {
    static let content = packageRoot + "/Content"

    @Test func seedIsUnchanged() throws {
        let seed = try Data(contentsOf: URL(fileURLWithPath: sharedRoot + "/seed/activate-or-reactivate-a-subscription.lv-LV.md"))
        let ours = try Data(contentsOf: URL(fileURLWithPath: Self.content + "/lv-LV/activate-or-reactivate-a-subscription.md"))
        #expect(seed == ours)
    }

    @Test func seedDamageWithExactPositions() throws {
        let report = try Checker(options: CheckOptions(paths: [Self.content], calloutLabels: shippedLabels)).run()
        let seed = Self.content + "/lv-LV/activate-or-reactivate-a-subscription.md"
        let source = Self.content + "/en-US/activate-or-reactivate-a-subscription.md"
        let found = report.findings.filter { $0.location.file == seed }.map { f in
            "\(f.location.range.start) \(f.severity.rawValue) \(f.check.rawValue) \(f.message) "
                + f.arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                + " -> " + (f.related.map { ($0.file == source ? "en:" : "?:") + "\($0.range.start)" } ?? "-")
        }
        #expect(found == [
            "29:1 warning markup strong-count count=3,source=4,unit=t1.s3 -> en:24:1",
            "29:203 error ui-path ui-path-empty segment=1,segments=2 -> en:24:173",
            "35:1 warning markup strong-count count=0,source=1,unit=t2.s1 -> en:30:1",
            "35:45 error ui-path ui-path-empty segment=1,segments=2 -> en:30:35",
            "37:89 warning markup strong-punctuation text=abonementu. -> en:32:62",
            "40:93 warning markup strong-punctuation text=Pievienot maksāšanas metodi. -> en:35:100",
        ])
        // The article's action bindings name only steps the translation has.
        #expect(report.only(.actionBinding) == [])
        #expect(FileManager.default.fileExists(atPath: Self.content + "/activate-or-reactivate-a-subscription.actions.yml"))
        // The other Content/ pair is clean.
        #expect(report.findings.filter { $0.location.file.contains("contact-support") } == [])
        #expect(report.exitStatus(strict: false) == 1)
    }

    /// Columns count characters: line 29 has ā, ē, ī, š, ū before the path, so bytes would put it further right.
    @Test func columnsAreCharacters() throws {
        let text = try String(contentsOfFile: Self.content + "/lv-LV/activate-or-reactivate-a-subscription.md", encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[28]
        let separator = line.unicodeScalars.firstIndex(of: ">")!
        #expect(line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: separator) + 1 == 204)
        #expect(line.utf8.distance(from: line.utf8.startIndex, to: separator) + 1 > 204)
    }
}
