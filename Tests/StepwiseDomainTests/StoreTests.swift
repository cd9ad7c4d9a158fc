import Foundation
import GRDB
import Testing
@testable import StepwiseDomain

@Suite(.serialized)
struct StoreTests {
    let now = Fixtures.now

    @Test func migrationCreatesTablesTriggersAndWAL() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        _ = try SQLiteTenantStore(path: folder.path, now: now)
        let queue = try DatabaseQueue(path: folder.path)
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            for table in ["users", "payment_methods", "subscriptions", "licenses", "product_keys", "key_attempts", "audit_log"] {
                #expect(tables.contains(table))
            }
            let triggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
            #expect(Set(triggers) == ["audit_log_no_update", "audit_log_no_delete"])
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(licenses)").count == 2)
            let cardColumns = try Row.fetchAll(db, sql: "PRAGMA table_info(payment_methods)").map { $0["name"] as String }
            #expect(Set(cardColumns) == ["id", "kind", "brand", "last4", "expiry_month", "expiry_year"])
        }
    }

    @Test func removeTakesTheJournalFilesAndRefusesWhatIsNotATenant() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        for suffix in ["-wal", "-shm"] {
            FileManager.default.createFile(atPath: folder.path + suffix, contents: Data("stale".utf8))
        }
        _ = try SQLiteTenantStore(path: folder.path, now: now)
        try SQLiteTenantStore.remove(folder.path)
        for suffix in ["", "-wal", "-shm"] { #expect(!FileManager.default.fileExists(atPath: folder.path + suffix)) }
        // Nothing there is nothing to remove.
        try SQLiteTenantStore.remove(folder.path)
        // Another program's file stays as it was.
        let text = Data("not a database".utf8)
        FileManager.default.createFile(atPath: folder.path, contents: text)
        #expect(throws: StoreError.corrupt(folder.path)) { try SQLiteTenantStore.remove(folder.path) }
        #expect(FileManager.default.contents(atPath: folder.path) == text)
    }

    @Test func demoSeedHasEveryStatusAndIsIdempotent() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        let first = try SQLiteTenantStore(path: folder.path, now: now).load()
        let second = try SQLiteTenantStore(path: folder.path, now: now.addingTimeInterval(86_400)).load()
        #expect(first == second)
        #expect(first.subscriptions.map(\.status) == SubscriptionStatus.allCases)
        #expect(first.users.count == 3)
        #expect(first.paymentMethods == [PaymentMethod(
            id: "pm-1", kind: .card(CardDetails(brand: .visa, last4: "4242", expiryMonth: 12, expiryYear: 2029)))])
        #expect(first.productKeys.count == 2)
        #expect(first.productKeys.allSatisfy { $0.redeemedAt == nil })
        for (text, record) in zip(DemoTenant.productKeys, first.productKeys) {
            let key = try ProductKey(parsing: text)
            #expect(ProductKeyHash.sha256(key.normalized, record.salt) == record.hash)
        }
        #expect(first.auditLog.isEmpty)
    }

    @Test func unseededStoreStartsEmptyAndRoundTripsATenant() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        let store = try SQLiteTenantStore(path: folder.path, seedDemo: false)
        #expect(try store.load() == Tenant())
        let tenant = Fixtures.tenant()
        try store.perform { _ in (TenantState(tenant: tenant), ()) }
        #expect(try SQLiteTenantStore(path: folder.path, seedDemo: false).load() == tenant)
    }

    @Test func reactivationPersistsWithAnAuditRow() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        let store = try SQLiteTenantStore(path: folder.path, now: now)
        _ = try store.apply {
            Reactivation.reactivate($0, subscriptionID: "sub-2", payment: .existing(id: "pm-1"), actor: "u-1", now: now)
        }
        let reopened = try SQLiteTenantStore(path: folder.path, now: now).load()
        let renewed = try #require(reopened.subscription("sub-2"))
        #expect(renewed.status == .active)
        #expect(renewed.expiresAt == Fixtures.date(2027, 3, 15, 12))
        #expect(reopened.auditLog.map(\.action) == [.reactivateSubscription])
        #expect(reopened.auditLog.first?.subject == "sub-2")
        #expect(reopened.auditLog.first?.before?.contains("\"status\":\"expired\"") == true)
    }

    @Test func refusedRuleChangesNothing() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        let store = try SQLiteTenantStore(path: folder.path, now: now)
        let before = try store.load()
        #expect(throws: DomainError.subscriptionDeleted) {
            try store.apply {
                Reactivation.reactivate($0, subscriptionID: "sub-5", payment: .existing(id: "pm-1"), actor: "u-1", now: now)
            }
        }
        #expect(try store.load() == before)
    }

    @Test func auditRowsCannotBeUpdatedOrDeleted() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        let store = try SQLiteTenantStore(path: folder.path, now: now)
        _ = try store.apply {
            Reactivation.reactivate($0, subscriptionID: "sub-3", payment: .existing(id: "pm-1"), actor: "u-1", now: now)
        }
        let queue = try DatabaseQueue(path: folder.path)
        for sql in ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"] {
            let error = try #require(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: sql) } }
            #expect(error.resultCode == .SQLITE_CONSTRAINT)
            #expect(error.message?.contains("append-only") == true)
        }
        #expect(try store.load().auditLog.count == 1)
        // The store refuses too, before SQLite has to.
        #expect(throws: StoreError.unwritable(folder.path, detail: "audit log is append-only")) {
            try store.perform { state in
                var next = state
                next.tenant.auditLog.removeAll()
                return (next, ())
            }
        }
    }

    @Test func noProductKeyInClearAfterRedemption() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        let store = try SQLiteTenantStore(path: folder.path, now: now)
        let redeemed = try store.perform { state in
            let attempt = ProductKeyRedemption.redeem(
                state.tenant, key: DemoTenant.productKeys[0].lowercased(), actor: "u-1",
                attempts: state.keyAttempts, now: now, hash: store.keyHasher)
            let outcome = try attempt.result.get()
            return (TenantState(tenant: outcome.tenant, keyAttempts: attempt.attempts), outcome)
        }
        #expect(redeemed.tenant.productKeys[0].redeemedAt == now)
        let tenant = try store.load()
        #expect(tenant.subscriptions.count == 6)
        #expect(tenant.auditLog.map(\.action) == [.redeemProductKey])
        let bytes = try folder.allBytes()
        #expect(!bytes.isEmpty)
        for text in DemoTenant.productKeys {
            let key = try ProductKey(parsing: text)
            for form in [key.normalized, key.formatted, key.normalized.lowercased(), key.formatted.lowercased()] {
                #expect(bytes.range(of: Data(form.utf8)) == nil, "\(form.prefix(5))… found in the file")
            }
        }
    }

    @Test func failedKeyAttemptsPersistForTheLockout() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        let store = try SQLiteTenantStore(path: folder.path, now: now)
        for second in 0..<5 {
            let result = try store.perform { state in
                let attempt = ProductKeyRedemption.redeem(
                    state.tenant, key: "BBBBB-BBBBB-BBBBB-BBBBB-BBBBB", actor: "u-1", attempts: state.keyAttempts,
                    now: now.addingTimeInterval(Double(second)), hash: store.keyHasher)
                return (TenantState(tenant: state.tenant, keyAttempts: attempt.attempts), attempt.result)
            }
            #expect(result.failure == .keyNotRecognized)
        }
        let locked = try store.perform { state in
            (state, ProductKeyRedemption.redeem(
                state.tenant, key: DemoTenant.productKeys[0], actor: "u-1", attempts: state.keyAttempts,
                now: now.addingTimeInterval(60), hash: store.keyHasher).result)
        }
        #expect(locked.failure == .keyEntryLocked(until: now.addingTimeInterval(4 + 600)))
    }

    @Test func garbageFileIsCorruptAndUntouched() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        var generator = SystemRandomNumberGenerator()
        let garbage = Data("not a database\n".utf8) + Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try garbage.write(to: URL(fileURLWithPath: folder.path))
        #expect(throws: StoreError.corrupt(folder.path)) { try SQLiteTenantStore(path: folder.path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path)) == garbage)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["tenant.sqlite"])
    }

    @Test func lockedFileGivesLockedAfterTheBusyTimeoutAndChangesNothing() throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        let store = try SQLiteTenantStore(path: folder.path, busyTimeout: 0.3, now: now)
        let before = try store.load()
        let blocker = try DatabaseQueue(path: folder.path)
        try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let start = Date()
            #expect(throws: StoreError.locked(folder.path)) {
                try store.apply {
                    Reactivation.reactivate($0, subscriptionID: "sub-2", payment: .existing(id: "pm-1"), actor: "u-1", now: now)
                }
            }
            #expect(Date().timeIntervalSince(start) >= 0.25)
            // WAL readers are not blocked by a writer: showing the tenant still works.
            #expect(try SQLiteTenantStore(path: folder.path, busyTimeout: 0.3).load() == before)
        }
        #expect(try store.load() == before)
    }
}
