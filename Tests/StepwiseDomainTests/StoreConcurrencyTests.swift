import Foundation
import Synchronization
import Testing
@testable import StepwiseDomain

/// Two writers with their own connection pools on one file, as two processes would have.
/// They share this process's address space but not a connection, so each goes through
/// SQLite's file locking; the two-process version belongs with the `stepwise do` command.
struct StoreConcurrencyTests {
    @Test(arguments: 0..<5)
    func lastFreeSeatGoesToExactlyOneOfTwoWriters(round: Int) throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        var tenant = Fixtures.tenant(status: .active, seats: 3, assigned: 2)
        tenant.users.append(User(id: "u-3", name: "Alex Wilber", signInName: "alex@example.com"))
        try SQLiteTenantStore(path: folder.path, seedDemo: false).perform { _ in (TenantState(tenant: tenant), ()) }

        let stores = try [SQLiteTenantStore(path: folder.path), SQLiteTenantStore(path: folder.path)]
        let results = Mutex<[String: Result<Int, DomainError>]>([:])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let user = ["u-2", "u-3"][index]
            let result = Result { () throws(DomainError) -> Int in
                do {
                    return try stores[index].perform { state in
                        let outcome = try LicenseAssignment.assign(
                            state.tenant, user: user, subscriptionID: "sub-1", actor: user, now: Fixtures.now).get()
                        // Holding the transaction open makes the other writer arrive while it is.
                        Thread.sleep(forTimeInterval: 0.05)
                        return (TenantState(tenant: outcome.tenant, keyAttempts: state.keyAttempts), index)
                    }
                } catch let error as DomainError {
                    throw error
                } catch {
                    Issue.record("store error: \(error)")
                    throw .unknownUser(user)
                }
            }
            results.withLock { $0[user] = result }
        }
        let outcomes = results.withLock { $0 }
        #expect(outcomes.values.filter { (try? $0.get()) != nil }.count == 1)
        #expect(outcomes.values.compactMap(\.failure) == [.noFreeSeats])
        let final = try stores[0].load()
        #expect(final.subscription("sub-1")?.assignedSeats == 3)
        #expect(final.licenses.filter { $0.subscriptionID == "sub-1" }.count == 2)
        #expect(final.auditLog.map(\.action) == [.assignLicense])
    }
}
