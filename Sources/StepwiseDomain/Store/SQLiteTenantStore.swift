import Foundation
import GRDB

/// The embedded default backend: one SQLite file in WAL mode, so readers never wait for a
/// writer, and every action one `BEGIN IMMEDIATE` transaction, so two writers (threads or
/// processes) queue on the file lock instead of both reading the same old state.
package final class SQLiteTenantStore: TenantStore {
    package static let defaultBusyTimeout: TimeInterval = 5

    package let path: String
    package let keyHasher: ProductKeyHasher = ProductKeyHash.sha256
    /// A pool (WAL: readers never wait for the writer); a read-only queue for a file this
    /// process may not write, which can still be viewed.
    private let pool: any DatabaseWriter

    /// Opens (creating if needed) the file, sets it up, and on an empty database writes the
    /// demo tenant when `seedDemo` is set. `busyTimeout` is how long to wait for another
    /// writer before giving up with `.locked`. Anything at the path that is not a Stepwise
    /// tenant or an empty database (a folder, a text file, another program's database) is
    /// refused before SQLite opens it, and comes out byte-identical.
    package init(
        path: String, busyTimeout: TimeInterval = SQLiteTenantStore.defaultBusyTimeout, seedDemo: Bool = true,
        now: Date = Date()
    ) throws(StoreError) {
        // Absolute, so SQLite never reads `file:…` as a URI naming another file than the one checked.
        let path = URL(fileURLWithPath: path).path
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        // Another process creating the same file holds locks that SQLite reports at once, not
        // after the busy wait (a new file switching to WAL): wait for it here, then find its
        // work done.
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                pool = try Self.open(path, configuration, seedDemo: seedDemo, now: now)
                return
            } catch {
                guard case .locked = error, Date() < deadline else { throw error }
                usleep(25_000)
            }
        }
    }

    private static func open(_ path: String, _ configuration: Configuration, seedDemo: Bool, now: Date) throws(StoreError) -> any DatabaseWriter {
        let state = try inspect(path)
        try createFolder(for: path)
        do {
            if state == .readOnlyTenant {
                var readOnly = configuration
                readOnly.readonly = true
                return try readOnlyQueue(path, readOnly)
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            try prepare(pool, path: path, seedDemo: seedDemo, now: now)
            return pool
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// A WAL file opens read-only only where its `-shm` exists or can be made; in a folder the
    /// user may not write, it is opened as immutable (SQLite then assumes no one writes it).
    /// Only where SQLite cannot open it otherwise (CANTOPEN, READONLY) and no write-ahead log
    /// holds data: an immutable reader ignores the log, so a file another program is writing
    /// (busy, locked, or with its changes still in `-wal`) is never read that way.
    private static func readOnlyQueue(_ path: String, _ configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode.primaryResultCode) {
            var wal = stat()
            if stat(path + "-wal", &wal) == 0, wal.st_size > 0 { throw error }
            let uri = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1"
            return try DatabaseQueue(path: uri, configuration: configuration)
        }
    }

    /// What is at a tenant path, as far as opening or replacing it goes.
    package enum FileState: Equatable {
        /// Nothing there, or an empty file or database: a tenant can be made.
        case new
        /// A Stepwise tenant this process can write.
        case tenant
        /// A Stepwise tenant this process may only read.
        case readOnlyTenant
    }

    /// Looks at the path without changing anything. Throws `.isFolder`, `.corrupt` (not a
    /// database, or unreadable) or `.foreign` (another program's database).
    package static func inspect(_ path: String) throws(StoreError) -> FileState {
        let path = URL(fileURLWithPath: path).path
        var info = stat()
        guard lstat(path, &info) == 0 else { return .new }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw .isFolder(path)
        case S_IFREG: break
        case S_IFLNK:
            // A link is followed to what it names; a dangling one names nothing yet.
            guard stat(path, &info) == 0 else { return .new }
            if info.st_mode & S_IFMT == S_IFDIR { throw .isFolder(path) }
            guard info.st_mode & S_IFMT == S_IFREG else { throw .corrupt(path) }
        default: throw .corrupt(path)
        }
        guard info.st_size > 0 else { return .new }
        try refuseNonDatabase(at: path)
        var configuration = Configuration()
        configuration.readonly = true
        // A busy file is waited for, then reported as locked: never guessed at.
        configuration.busyMode = .timeout(defaultBusyTimeout)
        let kind: Schema.Kind
        do {
            kind = try readOnlyQueue(path, configuration).read { try Schema.kind(of: $0) }
        } catch {
            throw storeError(error, path: path)
        }
        switch kind {
        case .foreign: throw .foreign(path)
        case .empty: return .new
        case .tenant:
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            return access(path, W_OK) == 0 && access(folder, W_OK) == 0 ? .tenant : .readOnlyTenant
        }
    }

    /// Deletes the tenant at the path with the journal files SQLite keeps beside it (`-wal`,
    /// `-shm`), so a new tenant opened there starts clean. Only a Stepwise tenant (or nothing)
    /// is removed: a folder, another program's file or a tenant made read-only is refused as it
    /// is, by `inspect`'s errors or `.readOnly`.
    package static func remove(_ path: String) throws(StoreError) {
        if try inspect(path) == .readOnlyTenant { throw .readOnly(path) }
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            do {
                try FileManager.default.removeItem(atPath: file)
            } catch {
                throw .unwritable(path, detail: StoreError.reason(of: error))
            }
        }
    }

    package func load() throws -> Tenant {
        do {
            return try pool.read { try TenantRows.read($0).tenant }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    package func perform<T>(_ change: (TenantState) throws -> (TenantState, T)) throws -> T {
        // A tenant this user may only read still answers what changes nothing (a list, a dry
        // run); a change is refused before anything is written.
        if let queue = pool as? DatabaseQueue, queue.configuration.readonly {
            let old: TenantState
            do { old = try queue.read { try TenantRows.read($0) } } catch { throw Self.storeError(error, path: path) }
            let (new, result) = try change(old)
            guard new == old else { throw StoreError.readOnly(path) }
            return result
        }
        // Errors from `change` must reach the caller as they are; only SQLite's are mapped.
        do {
            return try pool.writeWithoutTransaction { db in
                var value: T?
                try db.inTransaction(.immediate) {
                    let old = try TenantRows.read(db)
                    let (new, result) = try change(old)
                    try TenantRows.write(new, over: old, in: db)
                    value = result
                    return .commit
                }
                return value!
            }
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        } catch is TenantRows.AuditRewritten {
            throw StoreError.unwritable(path, detail: "audit log is append-only")
        }
    }

    /// Reading needs no write lock, so a tenant already set up opens even while another
    /// process is writing. Setting up (tables, stamp, demo) is one immediate transaction: a
    /// process that comes second waits for it and then finds the work done.
    private static func prepare(_ pool: DatabasePool, path: String, seedDemo: Bool, now: Date) throws {
        let ready = try pool.read { db in
            try Schema.kind(of: db) == .tenant(stamped: true) && !(seedDemo && isEmpty(db))
        }
        if ready { return }
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                switch try Schema.kind(of: db) {
                case .foreign: throw StoreError.foreign(path)
                case .empty: try Schema.create(db)
                case .tenant(let stamped): if !stamped { try Schema.stamp(db) }
                }
                if seedDemo {
                    let old = try TenantRows.read(db)
                    if old == TenantState(tenant: Tenant()) {
                        try TenantRows.write(TenantState(tenant: DemoTenant.make(now: now)), over: old, in: db)
                    }
                }
                return .commit
            }
        }
    }

    private static func isEmpty(_ db: Database) throws -> Bool {
        let tables = ["users", "subscriptions", "payment_methods", "product_keys", "audit_log"]
        for table in tables where try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") == true {
            return false
        }
        return true
    }

    /// SQLite may write to a file it fails to read (journal, WAL header), so a file that is not
    /// a database is refused before SQLite opens it: it must come out byte-identical.
    private static func refuseNonDatabase(at path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if !header.isEmpty && header != Data("SQLite format 3\0".utf8) {
            throw .corrupt(path)
        }
    }

    private static func createFolder(for path: String) throws(StoreError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path, detail: StoreError.reason(of: error))
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return .unwritable(path, detail: StoreError.reason(of: error))
        }
        // SQLite's own words ("10 (disk I/O error)") are no message for a user: the reason is
        // named by a catalog key where it is one the catalogs know.
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .corrupt(path)
        case .SQLITE_READONLY: return .readOnly(path)
        case .SQLITE_FULL: return .unwritable(path, detail: "disk-full")
        case .SQLITE_PERM, .SQLITE_AUTH: return .unwritable(path, detail: "permission-denied")
        case .SQLITE_CANTOPEN: return .unwritable(path, detail: access(URL(fileURLWithPath: path).deletingLastPathComponent().path, W_OK) == 0 ? "cannot-open" : "permission-denied")
        case .SQLITE_IOERR: return .unwritable(path, detail: "io-error")
        default: return .unwritable(path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
