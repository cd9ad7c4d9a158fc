import Foundation
import Testing

@Suite struct ErrorsAndUsageTests {
    @Test func unknownArticleIsAContentError() throws {
        let r = try CLI.run(["show", "no-such-article", "--locale", "lv-LV"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("kļūda"))
        #expect(r.stderr.contains("no-such-article"))
    }

    @Test func brokenFrontMatterNamesFileLineColumn() throws {
        let dir = NSTemporaryDirectory() + "stepwise-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/broken.md"
        try "---\ntitle: ok\n  bad: : x\n---\n# H\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["show", file], environment: ["LANG": "en_US.UTF-8"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix(file + ":3:"))
        #expect(r.stderr.contains("error: malformed front matter"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["show"]).status == 2)
        #expect(try CLI.run(["graph", "x", "--format", "png"]).status == 2)
        #expect(try CLI.run(["show", "x", "--width", "3"]).status == 2)
        #expect(try CLI.run(["frobnicate"]).status == 2)
    }

    @Test func helpTeachesInTheUsersLanguage() throws {
        let lv = try CLI.run(["--help"], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(lv.status == 0)
        #expect(lv.stdout.contains("soli pa solim"))
        let en = try CLI.run(["show", "--help", "--locale", "en-US"])
        #expect(en.stdout.contains("numbered footnotes"))
    }

    @Test func listCountsTasksAndSteps() throws {
        let r = try CLI.run(["list", "--json"])
        #expect(r.status == 0)
        let rows = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let seed = try #require(rows.first { $0["slug"] as? String == "activate-or-reactivate-a-subscription" })
        #expect(seed["tasks"] as? Int == 3)
        #expect(seed["steps"] as? Int == 10)
        #expect(seed["locales"] as? [String] == ["en-US", "lv-LV"])
        let text = try CLI.run(["list", "--locale", "lv-LV"])
        #expect(text.stdout.contains("3 uzdevumi"))
        #expect(text.stdout.contains("10 soļu"))
    }
}

@Suite struct HostileErrorsTests {
    func folder() throws -> String {
        let dir = NSTemporaryDirectory() + "stepwise-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir + "/en-US", withIntermediateDirectories: true)
        return dir
    }

    @Test func errorMessagesNeverCarryEscapesFromTheArticle() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/en-US/inj.md"
        try "[!INCLUDE [t](x&#27;]0;PWNED&#7;.md)]\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["show", file, "--content", dir])
        #expect(r.status == 1)
        #expect(r.stderr.contains("PWNED"))
        #expect(!r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func oneBrokenArticleDoesNotHideTheList() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "---\ntitle: Good\n---\n1. a\n".write(toFile: dir + "/en-US/good.md", atomically: true, encoding: .utf8)
        try "---\ntitle: [unclosed\n---\n".write(toFile: dir + "/en-US/broken.md", atomically: true, encoding: .utf8)
        let r = try CLI.run(["list", "--content", dir, "--locale", "en-US"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("good"))
        #expect(r.stderr.contains("broken.md:"))
    }

    @Test func quitWhenSavingFailsDoesNotClaimTheRunWasSaved() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "not a folder".write(toFile: dir + "/state", atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", "activate-or-reactivate-a-subscription", "--locale", "en-US", "--restart"],
                            environment: ["XDG_STATE_HOME": dir + "/state"], stdin: "1\nquit\n")
        #expect(r.stdout.contains("couldn't be saved"))
        #expect(!r.stdout.contains("Your place is saved"))
    }

    @Test func endScreenListsThePathInOrder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["run", "activate-or-reactivate-a-subscription", "--locale", "lv-LV", "--restart"],
                            environment: ["XDG_STATE_HOME": dir], stdin: "3\nnext\nnext\nnext\n")
        let end = try #require(r.stdout.components(separatedBy: "Jūsu ceļš").last)
        #expect(end.contains("• Jauna abonementa aktivizēšana, izmantojot produkta atslēgu, 1. solis no 2"))
        #expect(end.contains("2. solis no 2"))
        // `next` on the end screen explains where the reader is rather than asking for a choice.
        #expect(r.stdout.contains("! Šīs ir gaitas beigas"))
    }

    /// A message that quotes what was typed never passes a control character to the terminal:
    /// ours ("no article …") and swift-argument-parser's ("Unknown option …") alike.
    @Test(arguments: [["show", "\u{1B}]0;pwned\u{07}"], ["show", "x", "--\u{1B}]0;x\u{07}"], ["graph", "a", "b\u{1B}[2J"],
                      ["tenant", "show", "--\u{9B}31m"]])
    func typedInputIsNotEchoedRaw(_ args: [String]) throws {
        let r = try CLI.run(args)
        #expect(r.status != 0)
        let controls = (r.stdout + r.stderr).unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty, "\(args): \(controls.map { String($0.value, radix: 16) })")
        #expect(r.stderr.contains("\u{FFFD}"))
    }

    /// One reader for every command: a FIFO (which would block), a device (which never ends)
    /// is refused at once as not a regular file, by `run` as by `show` and `graph`.
    @Test(arguments: ["run", "show", "graph"])
    func onlyRegularFilesAreRead(_ command: String) throws {
        let fifo = NSTemporaryDirectory() + "stepwise-fifo-" + UUID().uuidString
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        for path in [fifo, "/dev/null", "/dev/zero"] {
            let start = Date()
            let r = try CLI.run([command, path, "--locale", "en-US"], stdin: "quit\n")
            #expect(r.status == 1, "\(command) \(path)")
            #expect(r.stderr.contains("not a regular file"), "\(command) \(path): \(r.stderr)")
            #expect(Date().timeIntervalSince(start) < 10)
        }
    }

    /// A walk whose place cannot be kept says where and why, and the command fails.
    @Test func aFailedSaveFailsTheWalk() throws {
        let state = NSTemporaryDirectory() + "stepwise-nosave-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: state) }
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        // The state folder's `stepwise` is a file, so no run file can be made under it.
        _ = FileManager.default.createFile(atPath: state + "/stepwise", contents: Data())
        for input in ["quit\n", "next\n"] {
            let r = try CLI.run(["run", "activate-or-reactivate-a-subscription", "--locale", "en-US"],
                                environment: ["XDG_STATE_HOME": state], stdin: input)
            #expect(r.status == 1, "\(input)")
            #expect((r.stdout + r.stderr).contains("couldn't be saved to \(state)/stepwise/"), "\(r.stdout)\(r.stderr)")
            #expect((r.stdout + r.stderr).contains("a part of the path is a file, not a folder"))
        }
    }

    /// Two articles of one locale with one ms.assetid: list and show warn at both id lines, and
    /// the id finds neither.
    @Test func aSharedAssetIDIsWarnedAboutAndFindsNothing() throws {
        let content = NSTemporaryDirectory() + "stepwise-assetid-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: content) }
        try FileManager.default.createDirectory(atPath: content + "/en-US", withIntermediateDirectories: true)
        for name in ["one", "two"] {
            try "---\ntitle: \(name)\nms.assetid: same-id\n---\n# \(name)\n\n1. Go.\n2. Done.\n"
                .write(toFile: content + "/en-US/\(name).md", atomically: true, encoding: .utf8)
        }
        let list = try CLI.run(["list", "--content", content, "--locale", "en-US"])
        #expect(list.status == 0)
        #expect(list.stderr.contains("\(content)/en-US/one.md:3:1: warning: ms.assetid same-id is also in \(content)/en-US/two.md:3:1"), "\(list.stderr)")
        #expect(list.stderr.contains("\(content)/en-US/two.md:3:1: warning:"))
        let show = try CLI.run(["show", "same-id", "--content", content, "--locale", "en-US"])
        #expect(show.status == 1)
        #expect(show.stderr.contains("names several articles (one, two)"), "\(show.stderr)")
        #expect(try CLI.run(["show", "one", "--content", content, "--locale", "en-US"]).stderr.contains("is also in"))
    }
}
