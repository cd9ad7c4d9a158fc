import Foundation

/// A SQLite store opened on first use. A walk offers actions on every bound step, but most
/// walks never run one: opening (and on first use creating) the tenant file would cost every
/// start-up the SQLite open and migration check, and would create a tenant for readers who
/// never asked for one. A failure to open is reported by the action that needed the store.
package final class LazyTenantStore: TenantStore, @unchecked Sendable {
    package let path: String
    package let keyHasher: ProductKeyHasher = ProductKeyHash.sha256
    private let lock = NSLock()
    // Guarded by `lock`.
    private var opened: Result<SQLiteTenantStore, StoreError>?

    package init(path: String) { self.path = path }

    private func store() throws -> SQLiteTenantStore {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return try opened.get() }
        let result = Result { () throws(StoreError) -> SQLiteTenantStore in try SQLiteTenantStore(path: path) }
        // A locked file may be free a moment later; only a store that opened is kept.
        if case .success = result { opened = result }
        return try result.get()
    }

    package func load() throws -> Tenant { try store().load() }

    package func perform<T>(_ change: (TenantState) throws -> (TenantState, T)) throws -> T {
        try store().perform(change)
    }
}
