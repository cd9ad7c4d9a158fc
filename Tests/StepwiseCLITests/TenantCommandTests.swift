import Foundation
import Testing

@Suite struct TenantCommandTests {
    static let demoKey = "TRY24-DMB6K-7HQPW-XC3FJ-9GVR8"

    /// A fresh tenant file per test, in its own folder, removed afterwards.
    final class TempTenant {
        let dir = NSTemporaryDirectory() + "stepwise-tenant-" + UUID().uuidString
        var path: String { dir + "/tenant.sqlite" }
        deinit { try? FileManager.default.removeItem(atPath: dir) }

        func run(_ args: [String], locale: String = "en-US") throws -> CLIResult {
            try CLI.run(args + ["--tenant", path, "--locale", locale])
        }

        func json(_ args: [String], locale: String = "en-US") throws -> [String: Any] {
            let r = try run(args, locale: locale)
            return try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)")
        }

        func subscriptions() throws -> [[String: Any]] {
            try #require(try json(["tenant", "show", "--json"])["subscriptions"] as? [[String: Any]])
        }

        func status(_ id: String) throws -> String? {
            try subscriptions().first { $0["id"] as? String == id }?["status"] as? String
        }

        func fileBytes() -> Data {
            [path, path + "-wal", path + "-shm"].reduce(into: Data()) { $0 += FileManager.default.contents(atPath: $1) ?? Data() }
        }
    }

    @Test func freshDemoTenantHasEveryStatus() throws {
        let t = TempTenant()
        let statuses = Set(try t.subscriptions().compactMap { $0["status"] as? String })
        #expect(statuses == ["active", "expired", "disabled", "canceled", "deleted"])
        let shown = try t.json(["tenant", "show", "--json"])
        #expect((shown["users"] as? [[String: Any]])?.first?["name"] != nil)
        #expect((shown["paymentMethods"] as? [[String: Any]])?.first?["last4"] as? String == "4242")
    }

    @Test func reactivateTheExpiredOneThenShowAndLog() throws {
        let t = TempTenant()
        let expired = try #require(try t.subscriptions().first { $0["status"] as? String == "expired" }?["id"] as? String)
        let r = try t.run(["do", "subscription.reactivate", "--input", "subscription=\(expired)", "--input", "paymentMethod=pm-1", "--yes", "--json"])
        #expect(r.status == 0)
        let out = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(out["ok"] as? Bool == true)
        #expect(out["action"] as? String == "subscription.reactivate")
        #expect(out["error"] is NSNull)
        #expect(try t.status(expired) == "active")
        let log = try t.run(["tenant", "log"])
        #expect(log.status == 0)
        #expect(log.stdout.contains("subscription.reactivate"))
        #expect(log.stdout.contains(expired))
    }

    @Test func reactivatingTheDeletedOneIsRefused() throws {
        let t = TempTenant()
        let r = try t.run(["do", "subscription.reactivate", "--input", "subscription=sub-5", "--input", "paymentMethod=pm-1", "--yes", "--json"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"subscription-deleted\""))
        #expect(try t.status("sub-5") == "deleted")
    }

    @Test func redeemADemoKeyNeverKeepsItInClear() throws {
        let t = TempTenant()
        let before = try t.subscriptions().count
        let r = try t.run(["do", "productKey.redeem", "--input", "key=\(Self.demoKey)", "--yes", "--json"])
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        #expect(!r.stdout.contains(Self.demoKey))
        #expect(r.stdout.contains("9GVR8"))
        let after = try t.subscriptions()
        #expect(after.count == before + 1)
        #expect(after.last?["status"] as? String == "active")
        let normalized = Self.demoKey.replacingOccurrences(of: "-", with: "")
        for text in [try t.run(["tenant", "show"]).stdout, try t.run(["tenant", "show", "--json"]).stdout,
                     try t.run(["tenant", "log"]).stdout, try t.run(["tenant", "log", "--json"]).stdout] {
            #expect(!text.contains(Self.demoKey))
            #expect(!text.contains(normalized))
        }
        let bytes = t.fileBytes()
        #expect(bytes.range(of: Data(Self.demoKey.utf8)) == nil)
        #expect(bytes.range(of: Data(normalized.utf8)) == nil)

        let again = try t.run(["do", "productKey.redeem", "--input", "key=\(Self.demoKey)", "--yes", "--json"])
        #expect(again.status == 1)
        #expect(again.stdout.contains("\"key-already-used\""))
    }

    @Test func malformedKeyNamesThePosition() throws {
        let t = TempTenant()
        let r = try t.run(["do", "productKey.redeem", "--input", "key=TRY24-DMB6K-7HQPW-XC3FJ-9GVRA", "--yes", "--json"])
        #expect(r.status == 1)
        let out = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(out["error"] as? String == "key-invalid-character")
        #expect((out["message"] as? String)?.contains("25") == true)
        #expect((out["message"] as? String)?.contains("“A”") == true)
    }

    @Test func dryRunChangesNothing() throws {
        let t = TempTenant()
        let before = try t.run(["tenant", "show", "--json"]).stdout
        let r = try t.run(["do", "subscription.reactivate", "--input", "subscription=sub-2", "--input", "paymentMethod=pm-1", "--dry-run", "--json"])
        #expect(r.status == 0)
        let redeem = try t.run(["do", "productKey.redeem", "--input", "key=\(Self.demoKey)", "--dry-run"])
        #expect(redeem.status == 0)
        #expect(try t.run(["tenant", "show", "--json"]).stdout == before)
        let log = try t.run(["tenant", "log", "--json"]).stdout
        #expect(!log.contains("subscription.reactivate"))
        #expect(!log.contains("productKey.redeem"))
    }

    @Test func usageErrorsExitTwo() throws {
        let t = TempTenant()
        #expect(try t.run(["do", "no.such-action", "--yes"]).status == 2)
        #expect(try t.run(["do", "productKey.redeem", "--yes"]).status == 2)
        #expect(try t.run(["do", "productKey.redeem", "--input", "nonsense", "--yes"]).status == 2)
        let unconfirmed = try t.run(["do", "subscription.reactivate", "--input", "subscription=sub-2", "--input", "paymentMethod=pm-1"])
        #expect(unconfirmed.status == 2)
        #expect(unconfirmed.stderr.contains("--yes"))
        #expect(try t.status("sub-2") == "expired")
    }

    @Test func latvianMessages() throws {
        let t = TempTenant()
        let r = try t.run(["do", "subscription.reactivate", "--input", "subscription=sub-5", "--input", "paymentMethod=pm-1", "--yes"], locale: "lv-LV")
        #expect(r.status == 1)
        #expect(r.stderr.contains("kļūda"))
        #expect(r.stderr.contains("izdzēsts"))
        let ok = try t.run(["do", "subscription.reactivate", "--input", "subscription=sub-2", "--input", "paymentMethod=pm-1", "--yes"], locale: "lv-LV")
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("atkal ir aktīvs"))
        let show = try t.run(["tenant", "show"], locale: "lv-LV")
        #expect(show.stdout.contains("Abonementi"))
        #expect(show.stdout.contains("izdzēsts"))
    }

    @Test func resetStartsOverWithTheDemo() throws {
        let t = TempTenant()
        _ = try t.run(["do", "subscription.reactivate", "--input", "subscription=sub-2", "--input", "paymentMethod=pm-1", "--yes"])
        #expect(try t.run(["tenant", "reset", "--demo"]).status == 0)
        #expect(try t.status("sub-2") == "expired")
    }

    @Test func corruptFileIsAClearErrorAndLeftAlone() throws {
        let t = TempTenant()
        try FileManager.default.createDirectory(atPath: t.dir, withIntermediateDirectories: true)
        let junk = Data("this is not a database, just text".utf8)
        try junk.write(to: URL(fileURLWithPath: t.path))
        let r = try t.run(["do", "subscriptions.list", "--json"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"corrupt\""))
        #expect(r.stdout.contains(t.path))
        #expect(FileManager.default.contents(atPath: t.path) == junk)
        #expect(try t.run(["tenant", "show"]).status == 1)
    }
}
