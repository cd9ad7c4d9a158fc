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
