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
