import Foundation
import Testing
@testable import StepwiseDomain

/// THE race with two real OS processes: the test binary runs itself twice, each copy
/// running only `worker` below, which the environment switches on. Linux only, where the
/// binary is `/proc/self/exe` and takes swift-testing's filter.
struct StoreProcessRaceTests {
    static let environment = ProcessInfo.processInfo.environment
    static var isWorker: Bool { environment["STEPWISE_RACE_DB"] != nil }
    static var canSpawn: Bool { !isWorker && FileManager.default.fileExists(atPath: "/proc/self/exe") }

    @Test(.enabled(if: StoreProcessRaceTests.canSpawn), arguments: 0..<3)
    func lastFreeSeatGoesToExactlyOneOfTwoProcesses(round: Int) throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        var tenant = Fixtures.tenant(status: .active, seats: 3, assigned: 2)
        tenant.users.append(User(id: "u-3", name: "Alex Wilber", signInName: "alex@example.com"))
        try SQLiteTenantStore(path: folder.path, seedDemo: false).perform { _ in (TenantState(tenant: tenant), ()) }

        // A shared start time, so both are past process start-up when they begin.
        let start = Date().addingTimeInterval(0.5).timeIntervalSince1970
        let workers = try ["u-2", "u-3"].map { user in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            process.arguments = ["--testing-library", "swift-testing", "--filter", "StoreProcessRaceTests/worker"]
            process.environment = Self.environment.merging([
                "STEPWISE_RACE_DB": folder.path, "STEPWISE_RACE_USER": user, "STEPWISE_RACE_START": "\(start)",
                "STEPWISE_RACE_OUT": folder.url.appendingPathComponent("\(user).out").path,
            ]) { _, new in new }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in workers { process.waitUntilExit() }
        let outcomes = try ["u-2", "u-3"].map {
            try String(contentsOf: folder.url.appendingPathComponent("\($0).out"), encoding: .utf8)
        }
        #expect(outcomes.sorted() == ["noFreeSeats", "ok"])
        let final = try SQLiteTenantStore(path: folder.path, seedDemo: false).load()
        #expect(final.subscription("sub-1")?.assignedSeats == 3)
        #expect(final.auditLog.map(\.action) == [.assignLicense])
    }

    /// One side of the race; writes `ok`, a `DomainError` case name, or the store error.
    @Test(.enabled(if: StoreProcessRaceTests.isWorker))
    func worker() throws {
        let env = Self.environment
        let user = try #require(env["STEPWISE_RACE_USER"])
        let start = try #require(env["STEPWISE_RACE_START"].flatMap(Double.init))
        let store = try SQLiteTenantStore(path: try #require(env["STEPWISE_RACE_DB"]), seedDemo: false)
        Thread.sleep(until: Date(timeIntervalSince1970: start))
        let outcome: String
        do {
            try store.perform { state in
                let next = try LicenseAssignment.assign(
                    state.tenant, user: user, subscriptionID: "sub-1", actor: user, now: Fixtures.now).get()
                Thread.sleep(forTimeInterval: 0.1)
                return (TenantState(tenant: next.tenant, keyAttempts: state.keyAttempts), ())
            }
            outcome = "ok"
        } catch DomainError.noFreeSeats {
            outcome = "noFreeSeats"
        } catch {
            outcome = "\(error)"
        }
        try outcome.write(toFile: try #require(env["STEPWISE_RACE_OUT"]), atomically: true, encoding: .utf8)
    }
}
