import Foundation
import Testing

/// `stepwise export` as a user runs it.
@Suite struct ExportCommandTests {
    static func temp() -> String { NSTemporaryDirectory() + "stepwise-export-cli-" + UUID().uuidString }

    @Test func exportsTheContentAndReportsInTheUsersLanguage() throws {
        let out = Self.temp()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try CLI.run(["export", "--out", out], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Vietne saglabāta mapē \(out) (faili: 12, mainīti: 12, nemainīti: 0, izdzēsti: 0; no jauna izveidotas rakstu lapas: 4 no 4).\n")
        #expect(r.stderr.isEmpty)  // not a terminal: no progress line
        for page in ["index.html", "sitemap.xml", "assets/stepwise.css", "assets/stepwise.js", "lv-LV/search.json",
                     "lv-LV/activate-or-reactivate-a-subscription/index.html", "en-US/contact-support-for-business-products/index.html"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + page), "\(page)")
        }
        let again = try CLI.run(["export", "--out", out, "--clean"])
        #expect(again.stdout == "Site saved in \(out) (files: 12, changed: 0, unchanged: 12, removed: 0; article pages made: 0 of 4).\n")
    }

    /// Two shards, one after another as two CI jobs would, merged: the site a single export makes.
    @Test func shardsMergeIntoTheSite() throws {
        let root = Self.temp()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for k in 1...2 {
            let r = try CLI.run(["export", "--out", root + "/shard-\(k)", "--shard", "\(k)/2"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: root + "/shard-\(k)/index.html"))
        }
        let merged = try CLI.run(["export", "--out", root + "/merged", "--merge", root + "/shard-1", root + "/shard-2"])
        #expect(merged.status == 0 && merged.stderr.isEmpty, "\(merged.stderr)")
        #expect(merged.stdout.hasSuffix("article pages made: 0 of 4).\n"))
        _ = try CLI.run(["export", "--out", root + "/single"])
        let single = FileManager.default.subpaths(atPath: root + "/single")!.sorted()
        #expect(FileManager.default.subpaths(atPath: root + "/merged")!.sorted() == single)
        for path in single {
            #expect(FileManager.default.contents(atPath: root + "/merged/" + path) == FileManager.default.contents(atPath: root + "/single/" + path), "\(path)")
        }

        // A folder with no cache only costs time: its pages are made, and it is named.
        let none = try CLI.run(["export", "--out", root + "/again", "--merge", root + "/none"], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(none.status == 0)
        #expect(none.stderr == "brīdinājums: mapē \(root)/none nav šī stepwise būvējuma eksporta kešatmiņas: šīs mapes lapas tiek veidotas no jauna\n")
        #expect(none.stdout.hasSuffix("no jauna izveidotas rakstu lapas: 4 no 4).\n"))

        let bad = try CLI.run(["export", "--out", root + "/x", "--shard", "3/2"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--shard: must be K/N with 1 ≤ K ≤ N, such as 2/4"))
        let both = try CLI.run(["export", "--out", root + "/x", "--shard", "1/2", "--merge", root + "/shard-1"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("--merge: cannot be used with --shard"))
        // A shard cleaned into a whole site would leave one part of it: refused, nothing touched.
        let ownFolder = try CLI.run(["export", "--out", root + "/shard-1", "--shard", "1/2", "--clean"], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(ownFolder.status == 0, "\(ownFolder.stderr)")  // a shard's own folder holds no site
        let over = try CLI.run(["export", "--out", root + "/single", "--shard", "1/2", "--clean"], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(over.status == 1)
        #expect(over.stderr == "kļūda: mapē \(root)/single ir visa vietne: export --shard ar --clean noņemtu pārējo daļu lapas, tāpēc nekas netika ierakstīts vai noņemts. Eksportējiet daļu atsevišķā mapē.\n")
        #expect(FileManager.default.subpaths(atPath: root + "/single")!.sorted() == single)
        for path in single {
            #expect(FileManager.default.contents(atPath: root + "/single/" + path) == FileManager.default.contents(atPath: root + "/merged/" + path), "\(path)")
        }
    }

    @Test func unsafeLinksWarnWithTheirPlace() throws {
        let out = Self.temp()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let content = packageRoot + "/Tests/StepwiseSiteTests/Fixtures/Content"
        let r = try CLI.run(["export", "--out", out, "--content", content, "--locale", "en-US"])
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.first == "\(content)/en-US/injection.md:15:10: warning: link to javascript:alert('link') left out: javascript:, vbscript: and data: links are never exported")
    }

    @Test func usageAndContentErrors() throws {
        let out = Self.temp()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let badURL = try CLI.run(["export", "--out", out, "--base-url", "ftp://x"])
        #expect(badURL.status == 2)
        #expect(badURL.stderr.contains("--base-url: must start with http:// or https://"))
        let missing = try CLI.run(["export"])
        #expect(missing.status == 2)
        let templates = try CLI.run(["export", "--out", out, "--templates", out + "/none"], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(templates.status == 1)
        #expect(templates.stderr == "kļūda: \(out)/none nav mape\n")

        let unknown = try CLI.run(["export", "--out", out, "--locale", "de-DE"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasSuffix("has no articles in de-DE\n"))

        // The output is a file: nothing can go under it.
        _ = FileManager.default.createFile(atPath: out, contents: Data())
        let blocked = try CLI.run(["export", "--out", out, "--locale", "lv"], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(blocked.status == 1)
        #expect(blocked.stderr == "kļūda: nevar ierakstīt \(out)/lv-LV/activate-or-reactivate-a-subscription/index.html: kāda ceļa daļa ir fails, nevis mape\n")
    }

    @Test func aBrokenArticleIsReportedAndTheRestExported() throws {
        let content = Self.temp(), out = Self.temp()
        defer { try? FileManager.default.removeItem(atPath: content); try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: content + "/en-US", withIntermediateDirectories: true)
        try Data("# Fine\n\nText.\n".utf8).write(to: URL(fileURLWithPath: content + "/en-US/good.md"))
        try Data([0x62, 0x61, 0x64, 0x20, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: content + "/en-US/bad.md"))
        let r = try CLI.run(["export", "--out", out, "--content", content])
        #expect(r.status == 1)
        #expect(r.stderr == "\(content)/en-US/bad.md:1:5: error: the file is not valid UTF-8\n")
        #expect(FileManager.default.fileExists(atPath: out + "/en-US/good/index.html"))
        #expect(!FileManager.default.fileExists(atPath: out + "/en-US/bad"))
    }

    @Test func helpIsLocalized() throws {
        let r = try CLI.run(["export", "--help"], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Eksportē rakstus kā statisku HTML vietni"))
        #expect(r.stdout.contains("--clean"))
    }
}
