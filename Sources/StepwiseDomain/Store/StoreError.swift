/// Why the store could not do its part. No text: front ends localize from the case. The
/// path is the database file, so the message can say which one.
public enum StoreError: Error, Sendable, Hashable {
    /// Another writer held the file past the busy timeout; nothing was changed.
    case locked(String)
    /// The file is not a SQLite database, or a damaged one; it was left as it was.
    case corrupt(String)
    /// The file or its folder cannot be created or written; `detail` is for diagnostics only.
    case unwritable(String, detail: String)
    /// The path is a folder; nothing was changed.
    case isFolder(String)
    /// Another program's database (not a Stepwise tenant, not empty); nothing was changed.
    case foreign(String)
    /// The tenant can be read but not changed by this user.
    case readOnly(String)
}
