import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saved runs on disk: one JSON file per article and asked locale in one folder.
package struct RunStore: Sendable, Hashable {
    package let folder: String

    package init(folder: String) { self.folder = folder }

    /// `$XDG_STATE_HOME/stepwise`, else `<home>/.local/state/stepwise`. Environment and home are
    /// parameters so tests never touch the real ones; home is asked for only without
    /// `XDG_STATE_HOME` (finding it reads the password database).
    package init(environment: [String: String], home: @autoclosure () -> String) {
        self.init(folder: Self.folder(environment: environment, home: home()))
    }

    /// The XDG spec says a relative `XDG_STATE_HOME` is invalid and must be ignored; following it
    /// would save runs wherever the command happened to be started.
    package static func folder(environment: [String: String], home: @autoclosure () -> String) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return Self.trimmed(state) + "/stepwise"
        }
        return Self.trimmed(home()) + "/.local/state/stepwise"
    }

    private static func trimmed(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.last == "/" { path = path.dropLast() }
        return path == "/" ? "" : String(path)
    }

    package func path(slug: String, locale: String) -> String {
        folder + "/" + RunFileName.make(slug: slug, locale: locale)
    }

    package enum LoadResult: Sendable, Hashable {
        case nothingSaved
        case found(SavedRun)
        /// The file could not be read or decoded, or belongs to another article or format
        /// version. It was renamed to `movedTo`; nil when even that failed.
        case corrupt(path: String, movedTo: String?)
    }

    /// Reads the saved run. A file that is there but unusable is moved aside at once, so the
    /// next save cannot destroy what someone may want to look at.
    package func load(slug: String, locale: String, now: Date) -> LoadResult {
        let path = path(slug: slug, locale: locale)
        var info = stat()
        // ENOTDIR: some folder on the way is a file, so no run can be saved there either.
        if lstat(path, &info) != 0, errno == ENOENT || errno == ENOTDIR { return .nothingSaved }
        if let data = FileManager.default.contents(atPath: path),
           let run = try? Self.decoder.decode(SavedRun.self, from: data),
           run.version == SavedRun.formatVersion, run.slug == slug, run.locale == locale {
            return .found(run)
        }
        return .corrupt(path: path, movedTo: try? moveAside(path, now: now))
    }

    /// `durable`: the rename itself is synced too (`AtomicFile`), for a save that records
    /// what an action did.
    package func save(_ run: SavedRun, durable: Bool = true) throws(RunStoreError) {
        try createFolder()
        try AtomicFile.replaceContents(of: path(slug: run.slug, locale: run.locale), with: run.json.prettyBytes(), syncFolder: durable)
    }

    /// Removes the saved run; no saved run is not an error.
    package func discard(slug: String, locale: String) throws(RunStoreError) {
        let path = path(slug: slug, locale: locale)
        if unlink(path) != 0, errno != ENOENT { throw .cannotRemove(path: path, errno: errno) }
    }

    /// Renames the file at `path` to `<path>.corrupt-<UTC time>`, adding `-2`, `-3`… rather than
    /// replacing an earlier one. Returns the new path.
    @discardableResult
    package func moveAside(_ path: String, now: Date) throws(RunStoreError) -> String {
        let base = path + ".corrupt-" + Self.timestamp(now)
        var target = base
        var n = 2
        var info = stat()
        while lstat(target, &info) == 0 { target = base + "-\(n)"; n += 1 }
        guard rename(path, target) == 0 else { throw .cannotMoveAside(path: path, errno: errno) }
        AtomicFile.syncFolder(folder)
        return target
    }

    /// `mkdir -p` with 0700 for what it creates: a saved run tells which guides someone
    /// followed and when.
    /// Each prefix ending before a `/` and the whole, found on the bytes: splitting into
    /// substrings looks up a conformance of `Substring` through every one of the program's, a
    /// sixtieth of a walk's start-up.
    func createFolder() throws(RunStoreError) {
        let bytes = Array(folder.utf8)
        for end in bytes.indices where (end + 1 == bytes.count || bytes[end + 1] == UInt8(ascii: "/")) && bytes[end] != UInt8(ascii: "/") {
            let path = String(decoding: bytes[...end], as: UTF8.self)
            if mkdir(path, 0o700) != 0, errno != EEXIST { throw .cannotCreateFolder(path: path, errno: errno) }
        }
    }

    /// `20250102T030405Z`: sorts by time and has no `:`, which some file systems refuse.
    static func timestamp(_ date: Date) -> String {
        String(SavedRun.iso8601(date).filter { $0 != "-" && $0 != ":" })
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

package enum RunStoreError: Error, Sendable, Hashable {
    case cannotCreateFolder(path: String, errno: Int32)
    case cannotWrite(path: String, errno: Int32)
    case cannotRemove(path: String, errno: Int32)
    case cannotMoveAside(path: String, errno: Int32)

    /// The system's reason, 0 when there is none.
    package var errno: Int32 {
        switch self {
        case .cannotCreateFolder(_, let e), .cannotWrite(_, let e), .cannotRemove(_, let e), .cannotMoveAside(_, let e): e
        }
    }
}
