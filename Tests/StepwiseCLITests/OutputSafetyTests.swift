import Foundation
import Testing

/// Whatever a tenant file or an article holds, no output format passes a control character
/// a terminal obeys: text is cleaned, JSON escapes, DOT and Mermaid drop.
@Suite struct OutputSafetyTests {
    static let hostile = "x\u{1B}]0;pwned\u{07}\u{08}\u{7F}\u{9B}31m\u{9D}t\u{9C}"

    /// DEL and C0/C1 controls, raw (line feeds aside).
    static func rawControls(_ s: String) -> [UInt32] {
        s.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }.map(\.value)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func tenantIdsAreCleanedAndEscaped() throws {
        let dir = NSTemporaryDirectory() + "stepwise-output-safety-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/tenant.sqlite"
        #expect(try CLI.run(["tenant", "show", "--tenant", path]).status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"insert into payment_methods(id, kind) values (?, 'invoice')\", (sys.argv[2],)); c.commit()",
                       path, "pm-" + Self.hostile]
        try p.run()
        p.waitUntilExit()
        for args in [["tenant", "show"], ["tenant", "show", "--json"], ["tenant", "log", "--json"]] {
            let r = try CLI.run(args + ["--tenant", path])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(Self.rawControls(r.stdout) == [], "\(args)")
        }
        let json = try CLI.run(["tenant", "show", "--json", "--tenant", path]).stdout
        #expect(json.contains("\\u009B31m") || json.contains("\\u009b31m"))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    @Test(arguments: ["json", "dot", "mermaid"])
    func graphFormatsPassNoControl(_ format: String) throws {
        let dir = NSTemporaryDirectory() + "stepwise-output-safety-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/en-US", withIntermediateDirectories: true)
        try "# T\n\n1. Step \(Self.hostile) one.\n2. Two [\(Self.hostile)](https://example.com/\u{9B}).\n"
            .write(toFile: dir + "/en-US/a.md", atomically: true, encoding: .utf8)
        let r = try CLI.run(["graph", "a", "--content", dir, "--format", format])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.rawControls(r.stdout) == [])
        if format == "json" { #expect(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) is [String: Any]) }
    }

    @Test func doUsageErrorsAreJSONWithJSON() throws {
        let dir = NSTemporaryDirectory() + "stepwise-output-safety-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (args, code) in [(["do", "license.assign", "--input", "\u{1B}]0;x"], "bad-input"),
                             (["do", "no.such.action"], "unknown-action"),
                             (["do", "license.assign", "--input", "user=u-1", "--input", "subscription=sub-1"], "confirm-needed")] {
            let r = try CLI.run(args + ["--json", "--tenant", dir + "/t.sqlite"])
            #expect(r.status == 2, "\(args)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(args): \(r.stdout)")
            #expect(object["ok"] as? Bool == false)
            #expect(object["error"] as? String == code)
            #expect(Self.rawControls(r.stdout) == [])
        }
    }
}
