import Foundation
import Testing

/// SIGKILL at random points while the wizard moves and while it adds a card: the saved run is
/// always a whole file (old or new), and the tenant never shows half an action.
@Suite struct KillTests {
    static let rounds = 200

    @Test func killedWalksNeverTearTheRunOrTheTenant() throws {
        let dir = NSTemporaryDirectory() + "stepwise-kill-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let tenant = dir + "/tenant.sqlite", state = dir + "/state"
        // Moves, then a new card added through the payment-method pick, then more moves.
        let walk = ["2", "next", "next", "next", "do", "new", "5555 5555 5555 4444", "12/40", "yes", "back", "next", "back", "next"]
            .joined(separator: "\n") + "\n"
        let runFile = state + "/stepwise/activate-or-reactivate-a-subscription__en-US.json"
        var generator = SystemRandomNumberGenerator()
        // Kills land anywhere in a walk as long as this machine takes for one: a fixed window
        // left most runs finished before their kill once the program got faster.
        let started = DispatchTime.now().uptimeNanoseconds
        let whole = try CLI.run(["run", "activate-or-reactivate-a-subscription", "--locale", "en-US", "--tenant", dir + "/timing.sqlite", "--restart"],
                                environment: ["XDG_STATE_HOME": dir + "/timing-state"], stdin: walk)
        #expect(whole.status == 0, "\(whole.stderr)")
        let window = UInt32(min(max((DispatchTime.now().uptimeNanoseconds - started) / 1000, 5_000), 500_000))
        var killed = 0
        for round in 0..<Self.rounds {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["run", "activate-or-reactivate-a-subscription", "--locale", "en-US", "--tenant", tenant] + (round % 2 == 0 ? ["--restart"] : [])
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": dir, "XDG_STATE_HOME": state, "LANG": "C.UTF-8"]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            try? input.fileHandleForWriting.write(contentsOf: Data(walk.utf8))
            try? input.fileHandleForWriting.close()
            usleep(UInt32.random(in: 0...window, using: &generator))
            if process.isRunning { kill(process.processIdentifier, SIGKILL); killed += 1 }
            process.waitUntilExit()

            if let data = FileManager.default.contents(atPath: runFile) {
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
                #expect(object?["position"] != nil, "round \(round): the saved run is torn: \(String(decoding: data.prefix(200), as: UTF8.self))")
            }
        }
        print("kill test: \(killed) of \(Self.rounds) runs killed mid-way (kills within \(window / 1000) ms of the start)")
        #expect(killed > Self.rounds / 4, "too few kills landed mid-run to mean anything")

        // Every card in the tenant has its audit entry and the other way round: no half action.
        let shown = try CLI.run(["tenant", "show", "--json", "--tenant", tenant])
        let log = try CLI.run(["tenant", "log", "--json", "--tenant", tenant])
        #expect(shown.status == 0 && log.status == 0, "\(shown.stderr) \(log.stderr)")
        let cards = ((try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])?["paymentMethods"] as? [Any])?.count ?? -1
        let added = ((try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]]) ?? [])
            .filter { $0["action"] as? String == "paymentMethod.add" }.count
        print("kill test: \(added) cards added and logged")
        #expect(cards == added + 1, "cards \(cards) vs logged additions \(added) (+1 demo card)")

        // The run resumes cleanly, and killed writers' temporary files do not pile up.
        let resumed = try CLI.run(["run", "activate-or-reactivate-a-subscription", "--locale", "en-US", "--tenant", tenant],
                                  environment: ["XDG_STATE_HOME": state], stdin: "quit\n")
        #expect(resumed.status == 0)
        #expect(!resumed.stdout.contains("couldn't be read"))
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: state + "/stepwise"))?.filter { $0.contains(".tmp-") } ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
