import StepwiseArticle
import StepwiseFlow

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
    /// The action and input names a binding may use (the domain's, given by the front end);
    /// nil: names are not checked.
    public var actions: Set<String>?
    public var picks: Set<String>?

    public init(paths: [String], locales: [String] = [], sourceLocale: String = "en-US",
                calloutLabels: CalloutLabels = CalloutLabels(), untranslated: UntranslatedRule = UntranslatedRule(),
                baseCatalogs: [String] = [], actions: Set<String>? = nil, picks: Set<String>? = nil) {
        self.paths = paths; self.locales = locales; self.sourceLocale = sourceLocale
        self.calloutLabels = calloutLabels; self.untranslated = untranslated; self.baseCatalogs = baseCatalogs
        self.actions = actions; self.picks = picks
    }

    /// The loader for articles of `root` (nil: a file checked on its own): links between the
    /// folder's articles are jumps, as in every other front end.
    func loader(root: String?) -> ArticleLoader {
        let slugs = root.map { Set(ContentLibrary(root: $0).slugs) } ?? []
        return ArticleLoader(calloutLabels: calloutLabels, contentRoot: root, graphOptions: StepGraphOptions(knownSlugs: slugs),
                             actions: actions, picks: picks)
    }
}
