import Foundation
import StepwiseArticle
import StepwiseLocale

/// The findings of an earlier run (its SARIF output), so a run reports only what is new.
/// Matched by `Finding.fingerprint`, which leaves lines out: a finding whose line moved
/// because text was added above it is not new.
public struct Baseline: Sendable {
    /// How many times each fingerprint occurs: two equal findings in a file are two.
    var counts: [String: Int] = [:]

    public static let fingerprintKey = "stepwise/v1"

    public init(sarifAt path: String) throws(CheckInputError) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CheckInputError(path: path, reason: "baseline-unreadable", detail: Catalog.readFailure(at: path, error))
        }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let runs = root["runs"] as? [[String: Any]] else {
            throw CheckInputError(path: path, reason: "baseline-not-sarif")
        }
        for run in runs {
            for result in run["results"] as? [[String: Any]] ?? [] {
                guard let prints = result["partialFingerprints"] as? [String: Any], let print = prints[Self.fingerprintKey] as? String else {
                    throw CheckInputError(path: path, reason: "baseline-not-sarif")
                }
                counts[print, default: 0] += 1
            }
        }
    }

    /// The report without the findings the baseline has; `path` as the SARIF's fingerprints hashed it.
    public func newFindings(in report: CheckReport, path: (String) -> String) -> CheckReport {
        var left = counts
        let fresh = report.findings.filter { finding in
            let print = finding.fingerprint(path: path(finding.location.file))
            guard let n = left[print], n > 0 else { return true }
            left[print] = n - 1
            return false
        }
        return CheckReport(findings: fresh, articlesChecked: report.articlesChecked, catalogsChecked: report.catalogsChecked)
    }
}

extension Finding {
    /// Check, file, message and arguments, but no line or column: stable while lines move.
    /// FNV-1a over the UTF-8 bytes, so every run and machine computes the same value.
    public func fingerprint(path: String) -> String {
        // `first` is a line number in some messages (defined twice) and a category in others.
        let positional = { (key: String, value: String) in
            key == "line" || key == "column" || (key == "first" && !value.isEmpty && value.allSatisfy(\.isNumber))
        }
        var parts = [check.rawValue, path, message]
        parts += arguments.filter { !positional($0.key, $0.value) }.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{0}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
