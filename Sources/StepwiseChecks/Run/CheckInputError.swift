import StepwiseArticle

/// A path on the command line that cannot be checked: exit status 2.
public struct CheckInputError: Error, Sendable {
    public var path: String
    /// `no-such-file`, `not-checkable`, `unreadable`, `baseline-unreadable` or
    /// `baseline-not-sarif`, for `check.error.<reason>`.
    public var reason: String
    /// Why, as `Catalog.readFailure` gives it: an `error.detail.*` key, or the system's words.
    public var detail: [String: String]

    public init(path: String, reason: String, detail: [String: String] = [:]) {
        self.path = path; self.reason = reason; self.detail = detail
    }
}

extension CheckInputError: DiagnosticConvertible {
    package var diagnostic: Diagnostic {
        var arguments: [String: Diagnostic.Value] = ["path": .path(path)]
        if let key = detail["detail-key"] { arguments["detail"] = .message("error.detail." + key) }
        else if let words = detail["detail"] { arguments["detail"] = .text(words) }
        return Diagnostic("check.error." + reason, .error, at: nil, arguments: arguments)
    }
}
