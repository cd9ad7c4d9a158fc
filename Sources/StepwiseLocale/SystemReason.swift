#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Why the system refused a file operation, as the catalog key that says it to a user
/// (`error.detail.<key>`): one mapping for the tenant store, the saved walk and the export,
/// so every front end names the same reason the same way. Nil for an errno with no key, whose
/// system words are shown instead.
package enum SystemReason {
    /// Every key `key(errno:)` gives, and the store's own (`io-error`, `cannot-open`).
    package static let keys: Set<String> = [
        "permission-denied", "no-such-file", "disk-full", "read-only", "not-a-folder", "io-error", "cannot-open",
    ]

    package static func key(errno code: Int32) -> String? {
        switch code {
        case EACCES, EPERM: "permission-denied"
        case ENOENT: "no-such-file"
        case ENOSPC: "disk-full"
        case EROFS: "read-only"
        case ENOTDIR, EEXIST: "not-a-folder"
        case EIO: "io-error"
        default: nil
        }
    }
}
