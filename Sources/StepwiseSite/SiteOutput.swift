import Foundation
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

    /// True when the file was written, false when it already held these bytes. A changed file
    /// is replaced by renaming a finished copy over it, so readers never see half a page.
    func write(_ relative: String, _ bytes: [UInt8]) throws(SiteError) -> Bool {
        let path = root + "/" + relative
        if let existing = Self.read(path) {
            if existing == bytes { return false }
            let temporary = path + ".stepwise-tmp"
            guard Self.writeNew(temporary, bytes), rename(temporary, path) == 0 else {
                unlink(temporary)
                throw failure(path)
            }
            return true
        }
        if Self.writeNew(path, bytes) { return true }
        guard errno == ENOENT else { throw failure(path) }
        makeFolders(for: relative)
        guard Self.writeNew(path, bytes) else { throw failure(path) }
        return true
    }

    /// The common causes get a catalog key (`site.error.detail.*`); others keep the system's words.
    private func failure(_ path: String) -> SiteError {
        let code = errno
        var args = ["path": path, "detail": String(cString: strerror(code))]
        switch code {
        case ENOTDIR, EEXIST: args["detail-key"] = "not-a-folder"
        case EACCES, EPERM: args["detail-key"] = "permission-denied"
        case ENOSPC: args["detail-key"] = "disk-full"
        case EROFS: args["detail-key"] = "read-only"
        default: break
        }
        return SiteError(.outputUnwritable, args)
    }

    private func makeFolders(for relative: String) {
        var path = root
        mkdir(path, 0o755)
        for part in relative.split(separator: "/").dropLast() {
            path += "/" + part
            mkdir(path, 0o755)
        }
    }

    private static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
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

    private static func writeNew(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { close(fd); return false }
            done += n
        }
        return close(fd) == 0
    }

    /// Removes article pages (`<locale>/<slug>/index.html`) not in `keep`, and whole locale
    /// folders' pages for locales in `goneLocales`. Only files this exporter makes are removed,
    /// and a folder only once it is empty, so other files put in the output survive.
    func clean(locales: [String], keep: Set<String>, goneLocales: Set<String>) -> [String] {
        var removed: [String] = []
        let fm = FileManager.default
        for locale in (locales + goneLocales).sorted() {
            let folder = root + "/" + locale
            let slugs = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for slug in slugs {
                let page = locale + "/" + slug + "/index.html"
                guard !keep.contains(page), fm.fileExists(atPath: root + "/" + page) else { continue }
                if (try? fm.removeItem(atPath: root + "/" + page)) != nil {
                    removed.append(page)
                    removeIfEmpty(folder + "/" + slug)
                }
            }
            if goneLocales.contains(locale) {
                for file in ["index.html", "search.json"] where (try? fm.removeItem(atPath: folder + "/" + file)) != nil {
                    removed.append(locale + "/" + file)
                }
                removeIfEmpty(folder)
            }
        }
        return removed
    }

    private func removeIfEmpty(_ folder: String) {
        if let items = try? FileManager.default.contentsOfDirectory(atPath: folder), items.isEmpty {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}
