import Foundation
import Testing

/// The wizard driven through a pipe, as scripts drive it: one command per line, one plain
/// screen per command. Each test has its own state folder.
@Suite struct RunCommandTests {
    let seed = "activate-or-reactivate-a-subscription"

    final class StateFolder {
        let path = NSTemporaryDirectory() + "stepwise-state-" + UUID().uuidString
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var env: [String: String] { ["XDG_STATE_HOME": path] }
    }

    func run(_ args: [String], _ input: String, _ state: StateFolder) throws -> CLIResult {
        try CLI.run(["run"] + args, environment: state.env, stdin: input)
    }

    /// Screens are separated by the footer rule; the last one is what the reader sees now.
    func screens(_ output: String) -> [String] {
        output.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    }

    @Test(arguments: [
        ("lv-LV", "1", ["1. solis no 3", "2. solis no 3", "3. solis no 3", "Gatavs"]),
        ("lv-LV", "2", ["1. solis no 5", "2. solis no 5", "3. solis no 5", "4. solis no 5", "5. solis no 5", "Gatavs"]),
        ("lv-LV", "3", ["1. solis no 2", "2. solis no 2", "Gatavs"]),
        ("en-US", "1", ["Step 1 of 3", "Step 2 of 3", "Step 3 of 3", "Done"]),
        ("en-US", "2", ["Step 1 of 5", "Step 2 of 5", "Step 3 of 5", "Step 4 of 5", "Step 5 of 5", "Done"]),
        ("en-US", "3", ["Step 1 of 2", "Step 2 of 2", "Done"]),
    ])
    func walkEveryTask(_ locale: String, _ task: String, _ expected: [String]) throws {
        let state = StateFolder()
        let input = ([task] + Array(repeating: "next", count: expected.count - 1)).joined(separator: "\n") + "\n"
        let r = try run([seed, "--locale", locale], input, state)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}"))
        var rest = Substring(r.stdout)
        for marker in expected {
            guard let found = rest.range(of: marker) else { Issue.record("missing \(marker) in order"); return }
            rest = rest[found.upperBound...]
        }
    }

    @Test func latvianStepShowsCalloutAndEscape() throws {
        let state = StateFolder()
        let r = try run([seed, "--locale", "lv-LV"], "2\nnext\nnext\n", state)
        let last = r.stdout.components(separatedBy: "Abonementa aktivizēšana vai atkārtota aktivizēšana\n═").last ?? ""
        #expect(last.contains("3. solis no 5"))
        #expect(last.contains("Svarīgi"))
        #expect(last.contains("Atlasiet Citas darbības"))
        #expect(last.contains("Neredzu šo opciju"))
        #expect(last.contains("escape — neredzu šo"))
    }

    @Test func escapeEntersTheSupportArticleAndComesBack() throws {
        let state = StateFolder()
        let r = try run([seed, "--locale", "en-US"], "2\nnext\nnext\nescape\n", state)
        #expect(r.stdout.contains("Contact support for business products"))
        #expect(r.stdout.contains("When you finish here, you go back to"))
        let back = try run([seed, "--locale", "en-US"], "back\n", state)
        let tail = back.stdout.components(separatedBy: "Step 3 of 5").count
        #expect(tail >= 2, "back should return to step 3: \(back.stdout.suffix(400))")
    }

    @Test func quitAndResume() throws {
        let state = StateFolder()
        let first = try run([seed, "--locale", "lv-LV"], "2\nnext\nquit\n", state)
        #expect(first.status == 0)
        #expect(first.stdout.hasSuffix("Jūsu vieta ir saglabāta; palaidiet to pašu komandu, lai turpinātu.\n"))
        let files = try FileManager.default.contentsOfDirectory(atPath: state.path + "/stepwise")
        #expect(files.count == 1)
        #expect(!files.contains { $0.contains(".tmp") })
        let second = try run([seed, "--locale", "lv-LV"], "", state)
        #expect(second.stdout.contains("Turpinām no vietas, kur pārtraucāt."))
        #expect(second.stdout.contains("2. solis no 5"))
        let restarted = try run([seed, "--locale", "lv-LV", "--restart"], "", state)
        #expect(restarted.stdout.contains("Ko vēlaties darīt?"))
    }

    @Test func endOfInputSavesTheRun() throws {
        let state = StateFolder()
        _ = try run([seed, "--locale", "en-US"], "1\nnext\n", state)
        let again = try run([seed, "--locale", "en-US", "--resume"], "", state)
        #expect(again.status == 0)
        #expect(again.stdout.contains("Step 2 of 3"))
    }

    @Test func resumeWithoutASavedRunFails() throws {
        let state = StateFolder()
        let r = try run([seed, "--locale", "lv-LV", "--resume"], "", state)
        #expect(r.status == 1)
        #expect(r.stderr.contains("nav saglabātas gaitas"))
        #expect(try run([seed, "--resume", "--restart"], "", state).status == 2)
    }

    @Test func unknownCommandKeepsThePlace() throws {
        let state = StateFolder()
        let r = try run([seed, "--locale", "en-US"], "1\nfly\n", state)
        let last = try #require(r.stdout.components(separatedBy: "═\n").last)
        #expect(last.contains("Unknown command “fly”"))
        #expect(last.contains("Step 1 of 3"))
    }

    @Test func anyMarkdownFileCanBeWalked() throws {
        let state = StateFolder()
        let file = sharedRoot + "/corpus/alchemyinsights-lv-LV/articles/change-nameservers.md"
        let r = try run([file, "--locale", "lv-LV"], "next\nnext\n", state)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("1. solis no 3"))
        #expect(r.stdout.contains("3. solis no 3"))
        #expect(r.stdout.contains("ns1.bdm.microsoftonline.com"))
    }

    @Test func corruptStateIsMovedAside() throws {
        let state = StateFolder()
        _ = try run([seed, "--locale", "en-US"], "1\nquit\n", state)
        let folder = state.path + "/stepwise"
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
        try "{ not json".write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        let r = try run([seed, "--locale", "en-US"], "", state)
        #expect(r.status == 0)
        #expect(r.stdout.contains("couldn't be read"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.contains(".corrupt-") })
    }
}
