import Foundation
import Testing

/// Bound steps done through `stepwise run` in pipe mode, then checked with `tenant show` and
/// `tenant log` as a user would, plus the `do` actions the walk does not cover.
@Suite struct ActionRunTests {
    static let slug = "activate-or-reactivate-a-subscription"
    static let demoKey = TenantCommandTests.demoKey

    final class Sandbox {
        let dir = NSTemporaryDirectory() + "stepwise-actions-" + UUID().uuidString
        var tenant: String { dir + "/tenant.sqlite" }
        var state: String { dir + "/state" }
        deinit { try? FileManager.default.removeItem(atPath: dir) }

        func walk(_ lines: [String], locale: String) throws -> CLIResult {
            try CLI.run(["run", ActionRunTests.slug, "--locale", locale, "--tenant", tenant],
                        environment: ["XDG_STATE_HOME": state], stdin: lines.joined(separator: "\n") + "\n")
        }

        func cli(_ args: [String], locale: String = "en-US") throws -> CLIResult {
            try CLI.run(args + ["--tenant", tenant, "--locale", locale])
        }

        func shown() throws -> [String: Any] {
            let r = try cli(["tenant", "show", "--json"])
            return try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)")
        }

        func log() throws -> [[String: Any]] {
            let r = try cli(["tenant", "log", "--json"])
            return try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]], "\(r.stderr)")
        }

        func status(_ id: String) throws -> String? {
            (try shown()["subscriptions"] as? [[String: Any]])?.first { $0["id"] as? String == id }?["status"] as? String
        }

        /// Every byte Stepwise wrote: tenant database files and saved runs.
        func everythingWritten() -> Data {
            var data = Data()
            let walker = FileManager.default.enumerator(atPath: dir)
            while let file = walker?.nextObject() as? String {
                data += FileManager.default.contents(atPath: dir + "/" + file) ?? Data()
            }
            return data
        }
    }

    /// Reading a bound article creates no tenant; the first action does.
    @Test func theTenantIsCreatedOnlyByAnAction() throws {
        let s = Sandbox()
        _ = try s.walk(["2", "next", "quit"], locale: "en-US")
        #expect(!FileManager.default.fileExists(atPath: s.tenant))
        _ = try s.walk(["do", "cancel", "quit"], locale: "en-US")
        #expect(FileManager.default.fileExists(atPath: s.tenant))
    }

    @Test func reactivateTheExpiredSubscriptionInLatvian() throws {
        let s = Sandbox()
        #expect(try s.status("sub-2") == "expired")
        let r = try s.walk(["2", "next", "do", "2", "next", "do", "1", "do", "yes"], locale: "lv-LV")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Stepwise var izpildīt šo soli kopā ar jums"))
        #expect(r.stdout.contains("Kurš abonements?"))
        #expect(r.stdout.contains("Ierakstiet yes, lai izpildītu"))
        #expect(r.stdout.contains("✓ Abonements sub-2"))
        #expect(try s.status("sub-2") == "active")
        let entries = try s.log()
        let last = try #require(entries.last)
        #expect(last["action"] as? String == "subscription.reactivate")
        #expect(last["actor"] as? String == "stepwise-wizard")
        #expect(last["subject"] as? String == "sub-2")

        // Resumed at the end and walked back to the step: it says it is done and does nothing.
        let again = try s.walk(["back", "do"], locale: "lv-LV")
        #expect(again.stdout.contains("Šis solis šajā gaitā jau izpildīts"))
        #expect(try s.log().count == entries.count)
    }

    @Test func redeemADemoKeyInEnglishAndKeepItNowhereInClear() throws {
        let s = Sandbox()
        let before = (try s.shown()["subscriptions"] as? [[String: Any]])?.count ?? 0
        let r = try s.walk(["3", "next", "do", Self.demoKey.lowercased(), "yes"], locale: "en-US")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Product key (25 characters"))
        #expect(r.stdout.contains("•••••-•••••-•••••-•••••-9GVR8"))
        let subscriptions = try #require(try s.shown()["subscriptions"] as? [[String: Any]])
        #expect(subscriptions.count == before + 1)
        #expect(subscriptions.last?["status"] as? String == "active")
        #expect(subscriptions.last?["product"] as? String == "Microsoft 365 Business Premium")
        #expect(try s.log().last?["action"] as? String == "productKey.redeem")

        let normalized = Self.demoKey.replacingOccurrences(of: "-", with: "")
        let written = String(decoding: s.everythingWritten(), as: UTF8.self).uppercased()
        for secret in [Self.demoKey, normalized, "DMB6K", "7HQPW"] {
            #expect(!written.contains(secret), "\(secret) was written in clear")
            #expect(!r.stdout.uppercased().contains(secret), "\(secret) was shown")
        }
        let log = try s.cli(["tenant", "log"])
        #expect(!log.stdout.uppercased().contains("DMB6K"))
    }

    @Test func aDeletedSubscriptionIsRefusedAndTheWayToSupportOffered() throws {
        let s = Sandbox()
        let r = try s.walk(["2", "next", "do", "sub-5", "next", "do", "1", "do", "escape"], locale: "en-US")
        #expect(r.stdout.contains("✗ this subscription was deleted"))
        #expect(r.stdout.contains("Type escape to see how to contact support."))
        #expect(r.stdout.contains("Contact support for business products"))
        #expect(try s.status("sub-5") == "deleted")
    }

    /// A key given without its name is refused without being echoed.
    @Test func aBadInputNeverEchoesItsValue() throws {
        let s = Sandbox()
        let r = try s.cli(["do", "productKey.redeem", "--input", Self.demoKey, "--yes"])
        #expect(r.status == 2)
        #expect(!r.stderr.uppercased().contains("DMB6K"), "\(r.stderr)")
        #expect(r.stderr.contains("NAME=VALUE"))
    }

    @Test func assignALicenseAndAddACardWithDo() throws {
        let s = Sandbox()
        let assign = try s.cli(["do", "license.assign", "--input", "user=janis@contoso.example", "--input", "subscription=sub-1", "--yes"])
        #expect(assign.status == 0, "\(assign.stderr)")
        #expect(assign.stdout.contains("Jānis Ozols now has a license"))
        let twice = try s.cli(["do", "license.assign", "--input", "user=u-2", "--input", "subscription=sub-1", "--yes", "--json"])
        #expect(twice.status == 1)
        #expect(twice.stdout.contains("\"error\": \"already-licensed\""))
        let licenses = try #require(try s.shown()["licenses"] as? [[String: Any]])
        #expect(licenses.filter { $0["user"] as? String == "u-2" }.count == 1, "\(licenses)")

        let card = try s.cli(["do", "paymentMethod.add", "--input", "cardNumber=5555 5555 5555 4444", "--input", "expiry=12/40", "--yes"])
        #expect(card.status == 0, "\(card.stderr)")
        #expect(card.stdout.contains("pm-2"))
        #expect(!String(decoding: s.everythingWritten(), as: UTF8.self).contains("5555555555554444"))
        let bad = try s.cli(["do", "paymentMethod.add", "--input", "cardNumber=4242 4242 4242 4241", "--input", "expiry=12/40", "--yes", "--json"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("\"error\": \"card-invalid\""))
        let apps = try s.cli(["do", "apps.list", "--input", "user=u-2"])
        #expect(apps.stdout.contains("Jānis Ozols can install Word"))
    }

    /// Another program holds the write lock: the action fails with `locked` and changes nothing.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func aLockedTenantIsAClearErrorAndNothingChanges() throws {
        let s = Sandbox()
        #expect(try s.status("sub-2") == "expired")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = ["-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('BEGIN EXCLUSIVE')
            print('locked', flush=True)
            sys.stdin.read()
            """, s.tenant]
        // The lock is held until its stdin closes, however slow the machine.
        let out = Pipe(), release = Pipe()
        holder.standardOutput = out
        holder.standardInput = release
        try holder.run()
        defer { try? release.fileHandleForWriting.close(); holder.waitUntilExit() }
        _ = out.fileHandleForReading.availableData  // waits for "locked"
        let r = try s.cli(["do", "subscription.reactivate", "--input", "subscription=sub-2", "--input", "paymentMethod=pm-1", "--yes", "--json"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"error\": \"locked\""), "\(r.stdout) \(r.stderr)")
        try release.fileHandleForWriting.close()
        holder.waitUntilExit()
        #expect(try s.status("sub-2") == "expired")
    }
}
