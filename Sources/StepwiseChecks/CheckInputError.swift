/// A path on the command line that cannot be checked: exit status 2.
public struct CheckInputError: Error, Sendable {
    public var path: String
    /// `no-such-file`, `not-checkable` or `unreadable`, for `check.error.<reason>`.
    public var reason: String
}
