import StepwiseArticle

/// A path on the command line that cannot be checked: exit status 2.
public struct CheckInputError: Error, Sendable {
    public var path: String
    /// `no-such-file`, `not-checkable` or `unreadable`, for `check.error.<reason>`.
    public var reason: String
}

extension CheckInputError: DiagnosticConvertible {
    package var diagnostic: Diagnostic {
        Diagnostic("check.error." + reason, .error, at: nil, arguments: ["path": .path(path)])
    }
}
