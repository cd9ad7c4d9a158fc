import StepwiseArticle

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

extension WizardStartError: DiagnosticConvertible {
    package var diagnostic: Diagnostic {
        switch self {
        case .articleUnavailable(let slug, let locale, let underlying):
            if let e = underlying as? ArticleError { return e.diagnostic }
            return Diagnostic("error.locale-not-found", .error, at: nil, arguments: ["article": .text(slug), "locale": .text(locale)])
        case .noStartNode(let slug):
            return Diagnostic("wizard.error.no-start-node", .error, at: nil, arguments: ["article": .text(slug)])
        case .noSavedRun(let slug, let locale):
            return Diagnostic("wizard.error.no-saved-run", .error, at: nil, arguments: ["article": .text(slug), "locale": .text(locale)])
        case .savedRunCorrupt(let path, let movedTo):
            return Diagnostic("wizard.error.saved-run-corrupt", .error, at: nil, arguments: ["path": .path(movedTo ?? path)])
        case .savedRunInvalid:
            return Diagnostic("wizard.error.saved-run-corrupt", .error, at: nil, arguments: ["path": ""])
        }
    }
}
