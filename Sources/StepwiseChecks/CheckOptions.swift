import StepwiseArticle

public struct CheckOptions: Sendable {
    /// Folders and files to check: catalogs (`<locale>.yml`) and articles (`.md`).
    public var paths: [String]
    /// Only translations and catalogs in these locales; empty: every locale but the source's.
    public var locales: [String]
    public var sourceLocale: String
    /// Localized callout labels, from the catalogs, so `**Svarīgi!**` reads as an alert.
    public var calloutLabels: CalloutLabels
    public var untranslated: UntranslatedRule

    public init(paths: [String], locales: [String] = [], sourceLocale: String = "en-US",
                calloutLabels: CalloutLabels = CalloutLabels(), untranslated: UntranslatedRule = UntranslatedRule()) {
        self.paths = paths; self.locales = locales; self.sourceLocale = sourceLocale
        self.calloutLabels = calloutLabels; self.untranslated = untranslated
    }
}

/// What a run found, sorted (see `Finding.ordered`), with what was looked at.
public struct CheckReport: Sendable {
    public var findings: [Finding]
    public var articlesChecked: Int
    public var catalogsChecked: Int

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// 0 clean (warnings allowed unless strict), 1 findings.
    public func exitStatus(strict: Bool) -> Int32 {
        findings.contains { $0.severity == .error || (strict && $0.severity == .warning) } ? 1 : 0
    }
}

/// A path on the command line that cannot be checked: exit status 2.
public struct CheckInputError: Error, Sendable {
    public var path: String
    /// `no-such-file`, `not-checkable` or `unreadable`, for `check.error.<reason>`.
    public var reason: String
}
