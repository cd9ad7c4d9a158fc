import Foundation
@testable import StepwiseDomain

/// A fresh folder per test with a database path in it; removed by `remove()`.
struct StoreFolder {
    let url: URL
    var path: String { url.appendingPathComponent("tenant.sqlite").path }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("stepwise-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The database and its WAL and shared-memory files: everything SQLite may have written.
    func allBytes() throws -> Data {
        var data = Data()
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            data += try Data(contentsOf: URL(fileURLWithPath: path + suffix))
        }
        return data
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

extension TenantStore {
    /// Runs a rule that gives a `Result`, storing its tenant on success and throwing its error.
    func apply(_ rule: (Tenant) -> Result<RuleOutcome, DomainError>) throws -> RuleOutcome {
        try perform { state in
            let outcome = try rule(state.tenant).get()
            return (TenantState(tenant: outcome.tenant, keyAttempts: state.keyAttempts), outcome)
        }
    }
}
