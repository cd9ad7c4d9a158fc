import StepwiseArticle

/// Compiler-style lines: `file:line:column: error: message [check]`, a `note:` line at the
/// matching source place, and a closing summary. The severity stays `error`/`warning`/`note`
/// in every language, as gcc prints it, so editors' and CI's problem matchers read it; only
/// the message is localized.
public enum TextReport {
    public static func render(_ report: CheckReport, wording: FindingWording) -> String {
        var out = ""
        for finding in report.findings {
            out += place(finding.location, wording) + finding.severity.rawValue + ": "
                + wording.message(finding) + " [\(finding.check.rawValue)]\n"
            if let related = finding.related {
                out += place(related, wording) + Severity.note.rawValue + ": " + wording.relatedMessage(finding) + "\n"
            }
        }
        out += wording.summary(report) + "\n"
        return out
    }

    private static func place(_ location: FindingLocation, _ wording: FindingWording) -> String {
        let file = wording.path(location.file)
        guard location.hasPosition else { return file + ": " }
        return "\(file):\(location.range.start.line):\(location.range.start.column): "
    }
}
