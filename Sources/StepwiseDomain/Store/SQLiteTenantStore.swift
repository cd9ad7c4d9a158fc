import Foundation
import GRDB

/// The embedded default backend: one SQLite file in WAL mode, so readers never wait for a
/// writer, and every action one `BEGIN IMMEDIATE` transaction, so two writers (threads or
/// processes) queue on the file lock instead of both reading the same old state.
public final class SQLiteTenantStore: TenantStore {
    public static let defaultBusyTimeout: TimeInterval = 5

    public let path: String
    public let keyHasher: ProductKeyHasher = ProductKeyHash.sha256
    private let pool: DatabasePool

    /// Opens (creating if needed) the file, migrates it, and on an empty database writes the
    /// demo tenant when `seedDemo` is set. `busyTimeout` is how long to wait for another
    /// writer before giving up with `.locked`.
    public init(
        path: String, busyTimeout: TimeInterval = SQLiteTenantStore.defaultBusyTimeout, seedDemo: Bool = true,
        now: Date = Date()
    ) throws(StoreError) {
        self.path = path
        try Self.refuseNonDatabase(at: path)
        try Self.createFolder(for: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, path: path)
        }
        do {
            try prepare(seedDemo: seedDemo, now: now)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    public func load() throws -> Tenant {
        do {
            return try pool.read { try TenantRows.read($0).tenant }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    public func perform<T>(_ change: (TenantState) throws -> (TenantState, T)) throws -> T {
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
    /// process is writing.
    private func prepare(seedDemo: Bool, now: Date) throws {
        let migrator = Schema.migrator
        let ready = try pool.read { db in
            try migrator.hasCompletedMigrations(db) && !(seedDemo && Self.isEmpty(db))
        }
        if ready { return }
        try migrator.migrate(pool)
        guard seedDemo else { return }
        _ = try perform { state in
            // Checked again inside the transaction: another process may have seeded meanwhile.
            guard state == TenantState(tenant: Tenant()) else { return (state, ()) }
            return (TenantState(tenant: DemoTenant.make(now: now)), ())
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
            throw .unwritable(path, detail: String(describing: error))
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return .unwritable(path, detail: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .corrupt(path)
        default: return .unwritable(path, detail: "\(error.resultCode): \(error.message ?? "")")
        }
    }
}
