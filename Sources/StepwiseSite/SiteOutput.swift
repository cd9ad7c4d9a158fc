import Foundation
import StepwiseArticle
import StepwiseLocale
#if canImport(Glibc)
import Glibc
#endif

/// Writes files under the output folder only when their bytes change, so a re-export leaves
/// unchanged pages (and their times) alone, and removes pages of articles that are gone.
///
/// Plain POSIX calls: for a thousand small pages, Foundation's atomic writes and directory
/// creation cost several times the rendering.
struct SiteOutput: Sendable {
    let root: String
    /// Called before the first file is replaced (`ExportCache` removes itself: a cache must
    /// never vouch for pages an export stopped halfway has already changed).
    var beforeFirstChange: FirstTime? = nil

    /// True when the file was written, false when it already held these bytes. Every page, new
    /// or changed, is written to a temporary file and renamed into place, so a reader (or a
    /// killed export) never sees half a page, and a symbolic link at the page's path is
    /// replaced, never written through: no write leaves the output folder.
    func write(_ relative: String, _ bytes: [UInt8]) throws(SiteError) -> Bool {
        let path = root + "/" + relative
        try prepareFolders(for: relative)
        if Self.isRegularFile(path), let existing = Self.read(path), existing == bytes { return false }
        beforeFirstChange?.run()
        try replace(path, with: bytes)
        return true
    }

    /// Writes a finished copy beside `path` and renames it over whatever is there.
    private func replace(_ path: String, with bytes: [UInt8]) throws(SiteError) {
        let temporary = Self.temporaryName(for: path)
        guard Self.writeNew(temporary, bytes), rename(temporary, path) == 0 else {
            let failed = failure(path)
            unlink(temporary)
            throw failed
        }
    }

    /// Makes the folders a page sits in, each a real folder inside the output: one that is a
    /// symbolic link (or a file) is refused rather than followed.
    /// A failure names the page, with the reason the folder gave.
    private func prepareFolders(for relative: String) throws(SiteError) {
        var path = root
        // `--out build/site` when build/ is not there yet: the folders above it are made too.
        if mkdir(path, 0o755) != 0 && errno == ENOENT {
            try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        }
        for part in relative.split(separator: "/").dropLast() {
            path += "/" + part
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure(root + "/" + relative) }
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                errno = ENOTDIR
                throw failure(root + "/" + relative)
            }
        }
    }

    /// The size of the regular file at `relative`, nil when there is none.
    func size(of relative: String) -> Int? {
        var info = stat()
        guard lstat(root + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The common causes get a catalog key (`error.detail.*`, `SystemReason`); others keep the
    /// system's words.
    private func failure(_ path: String) -> SiteError {
        let code = errno
        var args = ["path": path, "detail": String(cString: strerror(code))]
        if let key = SystemReason.key(errno: code) { args["detail-key"] = key }
        return SiteError(.outputUnwritable, args)
    }

    /// A regular file's bytes; nil for anything else. Opened without blocking, so a FIFO put
    /// where a file is expected cannot make the export wait forever.
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(st.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, size - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }

    /// A name no other writer uses (two exports into one folder, two workers on one page):
    /// the process and a random part, so one writer never renames another's half-written file.
    private static func temporaryName(for path: String) -> String {
        path + ".stepwise-tmp-\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }

    /// A new file only, created exclusively and without following a link: a name taken by
    /// anything (a link someone put there) fails instead of being written through.
    private static func writeNew(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        guard WholeWrite.write(fd, bytes) == 0 else { close(fd); return false }
        return close(fd) == 0
    }

    /// The list of files the exports into this folder wrote, one relative path a line: what
    /// `--clean` may remove. Files put there by anyone else are never listed, so never removed.
    static let manifestName = ".stepwise-export-manifest"

    /// The listed paths that are still safe to name (relative, no `.`/`..` steps); empty
    /// when there is no manifest yet.
    func readManifest() -> Set<String> {
        guard let bytes = Self.read(root + "/" + Self.manifestName) else { return [] }
        var out = Set<String>()
        // Lines and path steps are found in bytes, as the file system splits a path: splitting
        // by Characters was a sixth of an unchanged re-export.
        for line in bytes.split(separator: 0x0A) {
            let path = String(decoding: line, as: UTF8.self)
            if Self.isSafeRelative(path[...]) { out.insert(path) }
        }
        return out
    }

    /// Written whole to a temporary file and renamed over the old one, so an interrupted
    /// export leaves the previous list, never half of one.
    func writeManifest(_ paths: Set<String>) throws(SiteError) {
        let bytes = Array(paths.sorted().map { $0 + "\n" }.joined().utf8)
        let path = root + "/" + Self.manifestName
        if Self.read(path) == bytes { return }
        try replace(path, with: bytes)
    }

    /// Removes the given files (paths from the manifest), then any folder left empty on the
    /// way up. A path is only removed when every folder on it is a real folder inside the
    /// output (no symbolic link is followed) and it is a regular file.
    func remove(_ paths: Set<String>) -> [String] {
        var removed: [String] = []
        for relative in paths.sorted() where Self.isSafeRelative(relative[...]) {
            let parts = relative.split(separator: "/")
            var folder = root
            var inside = true
            for part in parts.dropLast() {
                folder += "/" + part
                var info = stat()
                if lstat(folder, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR { inside = false; break }
            }
            guard inside else { continue }
            let path = root + "/" + relative
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, unlink(path) == 0 else { continue }
            removed.append(relative)
            var up = parts.dropLast()
            while !up.isEmpty, rmdir(root + "/" + up.joined(separator: "/")) == 0 { up = up.dropLast() }
        }
        return removed
    }

    static func isSafeRelative(_ path: Substring) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), path != Substring(manifestName) else { return false }
        let dot = UInt8(ascii: ".")
        return path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { step in
            !step.isEmpty && !step.elementsEqual([dot]) && !step.elementsEqual([dot, dot])
        }
    }
}

/// An action run once, by whichever worker gets there first; the others wait until it is done.
final class FirstTime: @unchecked Sendable {
    private let lock = NSLock()
    private var action: (() -> Void)?

    init(_ action: @escaping () -> Void) { self.action = action }

    func run() {
        lock.withLock {
            action?()
            action = nil
        }
    }
}
