import Foundation
import StepwiseArticle
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a crash or power loss leaves either the old or the new content,
/// never a mix: write a temporary file in the same folder (rename is only atomic within one file
/// system), fsync it, and rename it over the target. The folder is synced too when the file is
/// new, or when the caller asks (`syncFolder`), so the rename is on disk; otherwise replacing
/// a file skips that second fsync (each is up to a few milliseconds of every move), at the
/// cost that a power loss right after a move may bring back the position before it, whole.
enum AtomicFile {
    static let temporaryMarker = ".tmp-"

    static func replaceContents(of path: String, with bytes: [UInt8], syncFolder mustSync: Bool = true) throws(RunStoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = folder + "/." + name + temporaryMarker + String(getpid()) + "-" + ContentHash.hex(UInt64.random(in: .min ... .max))
        removeAbandonedTemporaries(of: name, in: folder)

        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, errno: errno) }
        var failure = WholeWrite.write(fd, bytes)
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        var info = stat()
        let isNew = lstat(path, &info) != 0
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw .cannotWrite(path: path, errno: failure)
        }
        if isNew || mustSync { syncFolder(folder) }
    }

    /// A process killed between writing and renaming leaves its temporary file behind; the next
    /// save removes those whose writer is gone, so they cannot pile up.
    static func removeAbandonedTemporaries(of name: String, in folder: String) {
        let prefix = "." + name + temporaryMarker
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in names where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ pid_t($0) }), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + entry) }
        }
    }

    /// Best effort: the new file is already in place; some file systems refuse fsync on a folder.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
