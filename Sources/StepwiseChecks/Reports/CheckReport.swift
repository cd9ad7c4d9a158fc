import StepwiseArticle

/// What a run found, sorted (see `Finding.ordered`), with what was looked at.
public struct CheckReport: Sendable {
    public var findings: [Finding]
    public var articlesChecked: Int
    public var catalogsChecked: Int

    package init(findings: [Finding], articlesChecked: Int, catalogsChecked: Int) {
        self.findings = findings; self.articlesChecked = articlesChecked; self.catalogsChecked = catalogsChecked
    }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// 0 clean (warnings allowed unless strict), 1 findings.
    public func exitStatus(strict: Bool) -> Int32 {
        findings.contains { $0.severity == .error || (strict && $0.severity == .warning) } ? 1 : 0
    }
}
