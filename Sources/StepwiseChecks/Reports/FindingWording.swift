import StepwiseArticle
import StepwiseLocale

/// Turns findings into words in the reader's language, and paths into what is shown.
public struct FindingWording: Sendable {
    public let localizer: Localizer
    /// How a file is named in the output; the CLI makes paths relative to the working folder.
    public let displayPath: @Sendable (String) -> String

    public init(localizer: Localizer, displayPath: @escaping @Sendable (String) -> String = { $0 }) {
        self.localizer = localizer
        self.displayPath = displayPath
    }

    /// Arguments come from articles and catalogs: control characters never reach the output.
    public func message(_ finding: Finding) -> String {
        var args = finding.arguments.mapValues(Self.clean)
        if let key = args["detail-key"] { args["detail"] = localizer.string("error.detail.\(key)", args) }
        if args["detail"] == nil, finding.messageKey.hasPrefix("error.") { args["detail"] = "" }
        if let file = args["article"] { args["article"] = Self.clean(displayPath(file)) }
        if finding.check == .callout {
            for name in ["kind", "source"] { if let kind = args[name] { args[name] = localizer.string("callout.title.\(kind)") } }
        }
        for name in ["missing", "extra"] where args[name] == "" { args[name] = "—" }
        return localizer.string(finding.messageKey, args)
    }

    public func relatedMessage(_ finding: Finding) -> String {
        localizer.string(finding.check == .actionBinding ? "check.related.article" : "check.related.source")
    }

    public func path(_ file: String) -> String { Self.clean(displayPath(file)) }

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
