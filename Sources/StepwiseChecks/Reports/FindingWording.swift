import StepwiseArticle
import StepwiseLocale

/// Turns findings into words in the reader's language, and paths into what is shown.
public struct FindingWording: Sendable {
    public let localizer: Localizer
    /// How a file is named in the output; the CLI makes paths relative to the working folder.
    public let displayPath: @Sendable (String) -> String
    /// The one renderer of diagnostics; severities stay `error:`/`warning:` for problem matchers.
    package let text: DiagnosticText

    public init(localizer: Localizer, displayPath: @escaping @Sendable (String) -> String = { $0 }) {
        self.localizer = localizer
        self.displayPath = displayPath
        text = DiagnosticText(localizer: localizer, severityWords: .fixed, displayPath: displayPath)
    }

    /// Arguments come from articles and catalogs: `DiagnosticText` shows them by the one rule.
    public func message(_ finding: Finding) -> String { text.message(finding.diagnostic) }

    public func relatedMessage(_ finding: Finding) -> String {
        localizer.string(Finding.relatedKey(finding.check))
    }

    public func path(_ file: String) -> String { text.path(file) }

    public func ruleDescription(_ check: CheckID) -> String {
        localizer.string("check.rule.\(check.rawValue)")
    }

    public func summary(_ report: CheckReport) -> String {
        localizer.string("check.summary.line", [
            "errors": localizer.plural("check.summary.errors", count: report.count(.error)),
            "warnings": localizer.plural("check.summary.warnings", count: report.count(.warning)),
            "articles": localizer.plural("check.summary.articles", count: report.articlesChecked),
            "catalogs": localizer.plural("check.summary.catalogs", count: report.catalogsChecked),
        ])
    }

    /// Arguments and paths come from files: shown by the same rule as the terminal's.
    static func clean(_ s: String) -> String { DisplaySafeText.clean(s) }
}

extension Finding: DiagnosticConvertible {
    /// The finding as every other problem is told: its message key, its place, its arguments
    /// typed (an article is a path, a reason or a callout kind is worded by its own key).
    package var diagnostic: Diagnostic {
        var args = Diagnostic.texts(arguments)
        if let key = arguments["detail-key"] { args["detail"] = .message("error.detail." + key) }
        if args["detail"] == nil, messageKey.hasPrefix("error.") { args["detail"] = "" }
        if let file = arguments["article"] { args["article"] = .path(file) }
        if check == .callout {
            for name in ["kind", "source"] { if let kind = arguments[name] { args[name] = .message("callout.title." + kind) } }
        }
        for name in ["missing", "extra"] where arguments[name] == "" { args[name] = "—" }
        return Diagnostic(messageKey, severity, at: Self.place(location), arguments: args,
                          related: related.map { [Diagnostic.Related(Self.place($0), id: Self.relatedKey(check))] } ?? [])
    }

    static func relatedKey(_ check: CheckID) -> String {
        check == .actionBinding ? "check.related.article" : "check.related.source"
    }

    private static func place(_ location: FindingLocation) -> Diagnostic.Location {
        Diagnostic.Location(file: location.file, range: location.hasPosition ? location.range : nil)
    }
}
