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
    /// Catalog folders the checked ones are laid over (the program's own, under a project's
    /// `Locales/`): a catalog whose folder has no source catalog is compared with theirs, and a
    /// key they already translate into its language is not missing from it.
    public var baseCatalogs: [String]

    public init(paths: [String], locales: [String] = [], sourceLocale: String = "en-US",
                calloutLabels: CalloutLabels = CalloutLabels(), untranslated: UntranslatedRule = UntranslatedRule(),
                baseCatalogs: [String] = []) {
        self.paths = paths; self.locales = locales; self.sourceLocale = sourceLocale
        self.calloutLabels = calloutLabels; self.untranslated = untranslated; self.baseCatalogs = baseCatalogs
    }
}
