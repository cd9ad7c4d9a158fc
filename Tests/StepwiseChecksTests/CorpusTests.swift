import Foundation
import StepwiseArticle
import Testing
@testable import StepwiseChecks

/// The human-translated DocFX pairs in the shared corpus: the run ends, every pair is found
/// and compared, and the totals by check are printed for the log.
@Suite struct CorpusTests {
    static let folder = sharedRoot + "/corpus/deployoffice-privacy"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CorpusTests.folder), "the shared corpus is not beside the checkout"))
    func deployOfficePrivacyRunsClean() throws {
        let report = try Checker(options: CheckOptions(paths: [Self.folder], calloutLabels: shippedLabels)).run()
        #expect(report.articlesChecked == 7)
        // Every translation found its source by path (these files have no ms.assetid).
        #expect(report.only(.missingSource) == [])
        #expect(report.only(.articleSyntax) == [])
        #expect(report.only(.structure) == [])
        var totals: [CheckID: [Severity: Int]] = [:]
        for f in report.findings { totals[f.check, default: [:]][f.severity, default: 0] += 1 }
        print("deployoffice-privacy: \(report.articlesChecked) pairs, \(report.findings.count) findings")
        for check in CheckID.allCases {
            let t = totals[check] ?? [:]
            print("  \(check.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)) errors \(t[.error] ?? 0)  warnings \(t[.warning] ?? 0)")
        }
        // Findings point into the files checked, at real lines.
        #expect(report.findings.allSatisfy { $0.location.file.hasPrefix(Self.folder) && ($0.location.range.start.line >= 1) })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedRoot + "/corpus/alchemyinsights-lv-LV"), "the shared corpus is not beside the checkout"))
    func translationsWithoutSourcesAreWarnings() throws {
        let folder = sharedRoot + "/corpus/alchemyinsights-lv-LV/articles"
        let report = try Checker(options: CheckOptions(paths: [folder], calloutLabels: shippedLabels)).run()
        // 1,495 files; `alchemyinsights-content-updates.md` has no header and no locale folder, so
        // nothing says it is a translation: it is read as a source, with nothing to hold it against.
        #expect(report.articlesChecked == 1494)
        #expect(report.only(.missingSource).count == 1494)
        #expect(report.only(.articleSyntax) == [])
        print("alchemyinsights-lv-LV: \(report.findings.count) findings, \(report.count(.error)) errors")
    }
}
