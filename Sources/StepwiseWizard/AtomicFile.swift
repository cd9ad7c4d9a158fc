import Foundation
import StepwiseArticle
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a crash or power loss leaves either the old or the new content,
/// never a mix: write a temporary file in the same folder (rename is only atomic within one file
/// system), fsync it, and rename it over the target. The folder is synced too only when the
/// caller asks (`syncFolder`), so the rename is on disk: otherwise a save costs one fsync, not
/// two (each is up to a few milliseconds of every move), and a power loss in the seconds after
/// a save may bring back what the folder held before it, whole: the position before the move;
/// for a run's first save, no saved run; after `run --restart`, the run it discarded.
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
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw .cannotWrite(path: path, errno: failure)
        }
        if mustSync { syncFolder(folder) }
    }

    /// A process killed between writing and renaming leaves its temporary file behind; the next
    /// save removes those whose writer is gone, so they cannot pile up.
    static func removeAbandonedTemporaries(of name: String, in folder: String) {
        let prefix = "." + name + temporaryMarker
        // One readdir pass, not FileManager's listing, whose first use looked up a conformance
        // through every one of the program's.
        guard let names = FolderWalk.names(in: folder) else { return }
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
