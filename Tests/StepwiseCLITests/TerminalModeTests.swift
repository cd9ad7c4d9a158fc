import Foundation
import Testing

/// The wizard in a real terminal: tmux gives it a pty, keys are typed with send-keys and the
/// screen read with capture-pane. CI installs tmux; elsewhere the suite runs when tmux is there.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct TerminalModeTests {
    @Test func keysWalkAndQuitRestoresTheTerminal() throws {
        let t = try TmuxSession()
        try t.start("run activate-or-reactivate-a-subscription --locale lv-LV --color never")
        try t.waitFor("Ko vēlaties darīt?")
        t.keys("2")
        try t.waitFor("1. solis no 5")
        t.keys("Right")
        try t.waitFor("2. solis no 5")
        t.keys("Enter")
        try t.waitFor("3. solis no 5")
        #expect(t.screen().contains("Svarīgi"))
        t.keys("Left")
        try t.waitFor("2. solis no 5")
        t.keys("q")
        try t.waitForExit()
        let stty = try t.sttyAfterExit()
        #expect(stty.restored, "terminal settings differ after exit: \(stty.after)")
        // The place is kept: the next run opens where q was pressed.
        let again = try TmuxSession(state: t.state)
        try again.start("run activate-or-reactivate-a-subscription --locale lv-LV --color never")
        try again.waitFor("2. solis no 5")
        again.keys("q")
        try again.waitForExit()
    }

    /// A product key typed on a terminal shows as bullets, and the redeemed key is masked.
    @Test func aProductKeyIsMaskedWhileTyped() throws {
        let t = try TmuxSession()
        try t.start("run activate-or-reactivate-a-subscription --locale en-US --color never --tenant '\(t.folder)/tenant.sqlite'")
        try t.waitFor("What do you want to do?")
        t.keys("3")
        try t.waitFor("Step 1 of 2")
        t.keys("Right")
        try t.waitFor("press a.")
        t.keys("a")
        try t.waitFor("Product key (25 characters")
        t.type("TRY24-DMB6K-7HQPW-XC3FJ-9GVR8")
        try t.waitFor("> " + String(repeating: "•", count: 29))
        #expect(!t.screen().contains("DMB6K"))
        t.keys("Enter")
        try t.waitFor("Press Enter or y to do it")
        t.keys("y")
        try t.waitFor("✓ Product key •••••-•••••-•••••-•••••-9GVR8 redeemed")
        #expect(!t.screen().contains("DMB6K"))
        t.keys("q")
        try t.waitForExit()
    }

    /// A step taller than a 20-row terminal: the title and counter stay, the body scrolls.
    @Test func aLongStepScrollsUnderAFixedHeader() throws {
        let t = try TmuxSession()
        let content = t.folder + "/Content"
        try FileManager.default.createDirectory(atPath: content + "/en-US", withIntermediateDirectories: true)
        let paragraphs = (1...30).map { "   Paragraph \($0) of the long step." }.joined(separator: "\n\n")
        try "# A long step\n\n1. Read all of this:\n\n\(paragraphs)\n\n2. Done.\n"
            .write(toFile: content + "/en-US/long-step.md", atomically: true, encoding: .utf8)
        try t.start("run long-step --content '\(content)' --locale en-US --color never", rows: 20)
        try t.waitFor("Step 1 of 2")
        var screen = t.screen()
        #expect(screen.contains("A long step") && screen.contains("Paragraph 1 of"))
        #expect(!screen.contains("Paragraph 30 of"))
        #expect(screen.contains("more lines") && screen.contains("PgDn"))
        t.keys("End")
        try t.waitFor("Paragraph 30 of")
        screen = t.screen()
        #expect(screen.contains("Step 1 of 2") && screen.contains("A long step"))
        #expect(!screen.contains("Paragraph 1 of"))
        #expect(screen.contains("Enter/→ next"))
        t.keys("Home")
        try t.waitFor("Paragraph 1 of")
        t.keys("PageDown")
        try t.waitFor("Paragraph 8 of")
        #expect(t.screen().contains("Step 1 of 2"))
        // ↓ and ↑ move a line at a time.
        t.keys("Down"); t.keys("Down")
        try t.waitFor("Paragraph 12 of")
        #expect(!t.screen().contains("Paragraph 6 of"))
        t.keys("Up"); t.keys("Up")
        try t.waitFor("Paragraph 6 of")
        // Space pages on while there is more below, and only then goes to the next step.
        t.keys("Space")
        try t.waitFor("Paragraph 15 of")
        #expect(!t.screen().contains("Paragraph 6 of"))
        for _ in 0..<6 where !t.screen().contains("Paragraph 30 of") {
            t.keys("Space")
            usleep(300_000)
        }
        screen = t.screen()
        #expect(screen.contains("Paragraph 30 of") && screen.contains("Step 1 of 2"))
        t.keys("Space")
        try t.waitFor("Step 2 of 2")
        #expect(!t.screen().contains("Your path"))
        t.keys("q")
        try t.waitForExit()
    }

    @Test(arguments: ["C-c", "TERM"])
    func interruptAndTerminateRestoreTheTerminal(_ how: String) throws {
        let t = try TmuxSession()
        try t.start("run activate-or-reactivate-a-subscription --locale en-US")
        try t.waitFor("What do you want to do?")
        if how == "TERM" { t.terminateChild() } else { t.keys(how) }
        try t.waitForExit()
        let stty = try t.sttyAfterExit()
        #expect(stty.restored, "terminal settings differ after exit: \(stty.after)")
    }
}

/// One tmux server per test, on its own socket, killed when the test ends.
final class TmuxSession {
    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    let socket = "stepwise-test-" + UUID().uuidString.prefix(8)
    let folder: String
    let state: String

    init(state: String? = nil) throws {
        folder = NSTemporaryDirectory() + "stepwise-tmux-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        self.state = state ?? folder + "/state"
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Spawned with posix_spawn and reaped with waitpid: the tmux server that `new-session`
    /// starts inherits the client's descriptors, which keeps Foundation's Process waiting forever.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let outPath = folder + "/tmux-out-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + args).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv + [nil], environ)
        guard spawned == 0 else { throw Timeout(what: "tmux to start (\(spawned))", screen: "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    /// Runs stepwise in the pane; afterwards the pane's terminal settings are written to a file.
    func start(_ arguments: String, rows: Int = 50) throws {
        let script = """
        export XDG_STATE_HOME='\(state)' LANG=C.UTF-8 TERM=xterm-256color
        stty -g > '\(folder)/stty-before'
        ( echo $BASHPID > '\(folder)/pid'; exec '\(CLI.binary)' \(arguments) )
        stty -g > '\(folder)/stty'; echo done > '\(folder)/exited'; sleep 30
        """
        try script.write(toFile: folder + "/run.sh", atomically: true, encoding: .utf8)
        try tmux(["new-session", "-d", "-x", "100", "-y", String(rows), "bash '\(folder)/run.sh'"])
    }

    func screen() -> String { (try? tmux(["capture-pane", "-p"])) ?? "" }

    func keys(_ k: String) { _ = try? tmux(["send-keys", k]) }
    /// Literal text, not key names.
    func type(_ text: String) { _ = try? tmux(["send-keys", "-l", text]) }

    func terminateChild() {
        if let pid = try? String(contentsOfFile: folder + "/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), let n = Int32(pid) {
            kill(n, SIGTERM)
        }
    }

    func waitFor(_ text: String, seconds: Double = 15) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if screen().contains(text) { return }
            usleep(50_000)
        }
        throw Timeout(what: text, screen: screen())
    }

    func waitForExit(seconds: Double = 15) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: folder + "/exited") { return }
            usleep(50_000)
        }
        throw Timeout(what: "exit", screen: screen())
    }

    /// The pane's settings after stepwise ended, and whether they equal those before it started.
    func sttyAfterExit() throws -> (after: String, restored: Bool) {
        let before = try String(contentsOfFile: folder + "/stty-before", encoding: .utf8)
        let after = try String(contentsOfFile: folder + "/stty", encoding: .utf8)
        return (after, before == after)
    }

    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var screen: String
        var description: String { "timed out waiting for \(what); screen:\n\(screen)" }
    }
}
