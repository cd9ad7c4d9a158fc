/// GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner
/// shows as annotations on the changed lines.
public enum GitHubReport {
    public static func render(_ report: CheckReport, wording: FindingWording) -> String {
        var out = ""
        for finding in report.findings {
            let command = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            var properties = ["file=" + property(wording.path(finding.location.file))]
            let r = finding.location.range
            if finding.location.hasPosition {
                properties += ["line=\(r.start.line)", "col=\(r.start.column)", "endLine=\(r.end.line)"]
                if r.end.line == r.start.line { properties.append("endColumn=\(r.end.column)") }
            }
            properties.append("title=" + property(finding.check.rawValue))
            var message = wording.message(finding)
            if let related = finding.related {
                let where_ = related.hasPosition ? "\(wording.path(related.file)):\(related.range.start.line):\(related.range.start.column)"
                    : wording.path(related.file)
                message += " (\(wording.relatedMessage(finding)): \(where_))"
            }
            out += "::\(command) \(properties.joined(separator: ","))::\(data(message))\n"
        }
        out += "::notice::" + data(wording.summary(report)) + "\n"
        return out
    }

    /// Escapes as the runner's toolkit does (`escapeData`).
    static func data(_ s: String) -> String {
        s.replacing(character: "%", with: "%25").replacing(character: "\r", with: "%0D").replacing(character: "\n", with: "%0A")
    }

    /// Property values also escape the separators `:` and `,` (`escapeProperty`).
    static func property(_ s: String) -> String {
        data(s).replacing(character: ":", with: "%3A").replacing(character: ",", with: "%2C")
    }
}

private extension String {
    func replacing(character target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
