import StepwiseArticle

/// Compiler-style lines: `file:line:column: error: message [check]`, a `note:` line at the
/// matching source place, and a closing summary. The severity stays `error`/`warning`/`note`
/// in every language, as gcc prints it, so editors' and CI's problem matchers read it; only
/// the message is localized.
public enum TextReport {
    public static func render(_ report: CheckReport, wording: FindingWording) -> String {
        var out = ""
        for finding in report.findings {
            out += wording.text.lines(finding.diagnostic, tag: finding.check.rawValue) + "\n"
        }
        out += wording.summary(report) + "\n"
        return out
    }
}
