import Foundation
import StepwiseLocale

/// Why the store could not do its part. No text: front ends localize from the case. The
/// path is the database file, so the message can say which one.
package enum StoreError: Error, Sendable, Hashable {
    /// Another writer held the file past the busy timeout; nothing was changed.
    case locked(String)
    /// The file is not a SQLite database, or a damaged one; it was left as it was.
    case corrupt(String)
    /// The file or its folder cannot be created or written; `detail` is a reason key
    /// (`permission-denied`, `disk-full`, … as `error.detail.*` in the catalogs) where the
    /// reason is known, else the system's words.
    case unwritable(String, detail: String)
    /// The path is a folder; nothing was changed.
    case isFolder(String)
    /// Another program's database (not a Stepwise tenant, not empty); nothing was changed.
    case foreign(String)
    /// The tenant can be read but not changed by this user.
    case readOnly(String)
}

extension StoreError {
    /// The reason keys `unwritable` carries, each `error.detail.<key>` in the catalogs.
    package static var reasonKeys: Set<String> { SystemReason.keys }

    /// A system error's reason as a key where its errno is one we name, else its own words.
    package static func reason(of error: any Error) -> String {
        var ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { ns = underlying }
        let code: Int32? = ns.domain == NSPOSIXErrorDomain ? Int32(ns.code) : Self.posixCode(cocoa: ns.code, domain: ns.domain)
        return code.flatMap { SystemReason.key(errno: $0) } ?? ns.localizedDescription
    }

    /// Foundation's file error codes for the reasons above (513: no permission to write).
    private static func posixCode(cocoa code: Int, domain: String) -> Int32? {
        guard domain == NSCocoaErrorDomain else { return nil }
        switch code {
        case 513, 257: return EACCES
        case 4, 260: return ENOENT
        case 640: return ENOSPC
        case 642: return EROFS
        case 516: return EEXIST
        default: return nil
        }
    }
}
