/// Why a walk could not start. Front ends turn each case into a `wizard.error.*` string.
package enum WizardStartError: Error {
    /// The source could not give the article (not found, unreadable, a parse error: `underlying`
    /// keeps the `ArticleError` so the CLI can print its file:line:column).
    case articleUnavailable(slug: String, locale: String, underlying: any Error)
    /// The article's graph has no start node to show.
    case noStartNode(slug: String)
    /// `--resume` and no run is saved for this article and locale.
    case noSavedRun(slug: String, locale: String)
    /// `--resume` and the saved run could not be read; it was moved to `movedTo` (nil: left in place).
    case savedRunCorrupt(path: String, movedTo: String?)
    /// A decoded run that does not fit its article although the article is unchanged (or is for
    /// another article): treated like a corrupt file by `WizardSession`.
    case savedRunInvalid
}
