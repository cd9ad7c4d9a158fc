import StepwiseArticle

/// Something the reader should be told alongside a screen. Notices belong to the command that
/// produced them, not to the position: going back to a screen does not repeat them.
/// Front ends turn each case into a `wizard.notice.*` catalog string.
package enum WizardNotice: Sendable, Hashable {
    /// The article is not in the asked locale; it is shown in `used`.
    case localeFallback(asked: String, used: String)
    /// The article file (`slug`: the started one or one entered on the way) changed since the run was
    /// saved. `restarted`: the saved node is gone so the walk starts over; otherwise it resumes there.
    case articleChanged(slug: String, restarted: Bool)
    /// A saved run was picked up where it stopped.
    case resumed
    /// The saved run could not be read; it was renamed to `path` and the walk starts fresh.
    case corruptStateMovedAside(path: String)
    /// The saved run at `path` could not be read nor moved aside; it will be overwritten.
    case corruptStateIgnored(path: String)
    /// Input that is no command (shortened to 80 characters).
    case unknownCommand(String)
    /// A command this screen does not offer (`next` on the task picker, `back` at the start…).
    case commandUnavailable(WizardCommandKind)
    /// `choose` with a number outside 1...count.
    case noSuchChoice(Int, count: Int)
    /// Something loading an article left out (a binding entry that does not fit, a bindings
    /// file that cannot be read), at its place; the walk goes on without it.
    case articleProblem(ArticleError)
    /// A linked article could not be loaded, so its link is shown instead.
    case articleUnavailable(slug: String)
    /// A link leads to an article the walk is already inside; its link is shown instead of
    /// entering it again, so detours cannot nest without end.
    case articleAlreadyOpen(slug: String)
    /// A command other than an answer, `cancel` or `quit` while an action waits for an answer.
    case finishActionFirst
    /// The run could not be saved to `path` (`errno` says why, 0 when unknown); the walk goes
    /// on, and the command ends with a failure.
    case notSaved(path: String, errno: Int32)
}

extension WizardNotice {
    /// The walk's place was not kept: the command ends with a failure.
    package var isNotSaved: Bool { if case .notSaved = self { true } else { false } }
}
