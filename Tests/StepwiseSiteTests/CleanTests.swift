import Foundation
import Testing
@testable import StepwiseSite

/// `--clean` removes only files an export wrote (its manifest), never follows a symbolic link
/// out of the output, and keeps the last good page of an article that failed to read.
@Suite struct CleanTests {
    static let article = "---\ntitle: T\n---\n# T\n\nText.\n"

    struct Setup {
        let content = Temp.folder("clean2-content"), out = Temp.folder("clean2-out"), outside = Temp.folder("clean2-outside")
        func write(_ relative: String, _ text: String, under root: String? = nil) throws {
            let path = (root ?? content) + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: out + "/" + relative) }
        func remove() { for f in [content, out, outside] { try? FileManager.default.removeItem(atPath: f) } }
    }

    @Test func filesTheExportNeverMadeSurviveEvenInLocaleLikeFolders() throws {
        let s = Setup()
        defer { s.remove() }
        try s.write("en-US/a.md", Self.article)
        try s.write("en-US/b.md", Self.article)
        // Someone else's pages, laid out like an export's.
        try s.write("fr-FR/theirs/index.html", "theirs", under: s.out)
        try s.write("en-US/mine/index.html", "mine", under: s.out)
        _ = try Export.run(content: s.content, to: s.out)
        try FileManager.default.removeItem(atPath: s.content + "/en-US/b.md")
        let report = try Export.run(content: s.content, to: s.out, clean: true)
        #expect(report.removed == 1)
        #expect(!s.exists("en-US/b"))
        #expect(s.exists("en-US/a/index.html"))
        #expect(s.exists("fr-FR/theirs/index.html"))
        #expect(s.exists("en-US/mine/index.html"))
        let manifest = try String(contentsOfFile: s.out + "/.stepwise-export-manifest", encoding: .utf8)
        #expect(manifest.contains("en-US/a/index.html\n") && !manifest.contains("en-US/b/") && !manifest.contains("theirs"))
    }

    @Test func aLocaleGoneFromTheContentIsRemovedWholeButNotThroughALink() throws {
        let s = Setup()
        defer { s.remove() }
        try s.write("en-US/a.md", Self.article)
        try s.write("lv-LV/a.md", Self.article)
        try s.write("lv-LV/b.md", Self.article)
        _ = try Export.run(content: s.content, to: s.out)
        // The folder of b's page becomes a link to a folder outside with a file of the same name.
        try s.write("index.html", "outside", under: s.outside)
        try FileManager.default.removeItem(atPath: s.out + "/lv-LV/b")
        try FileManager.default.createSymbolicLink(atPath: s.out + "/lv-LV/b", withDestinationPath: s.outside)
        // A manifest edited to name a file outside is not believed either.
        let manifest = s.out + "/.stepwise-export-manifest"
        let listed = try String(contentsOfFile: manifest, encoding: .utf8)
        try (listed + "../" + (s.outside as NSString).lastPathComponent + "/index.html\n").write(toFile: manifest, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: s.content + "/lv-LV")

        _ = try Export.run(content: s.content, to: s.out, clean: true)
        #expect(!s.exists("lv-LV/a"))
        #expect(!s.exists("lv-LV/index.html") && !s.exists("lv-LV/search.json"))
        #expect(FileManager.default.fileExists(atPath: s.outside + "/index.html"))
        #expect(s.exists("en-US/a/index.html"))
    }

    @Test func aPageWhoseArticleFailsToReadIsKept() throws {
        let s = Setup()
        defer { s.remove() }
        try s.write("en-US/a.md", Self.article)
        try s.write("en-US/b.md", Self.article)
        _ = try Export.run(content: s.content, to: s.out)
        try Data([0xFF, 0xFE, 0x23, 0x20, 0xC3]).write(to: URL(fileURLWithPath: s.content + "/en-US/b.md"))
        let report = try Export.run(content: s.content, to: s.out, clean: true)
        #expect(report.failures.count == 1)
        #expect(report.removed == 0)
        #expect(s.exists("en-US/b/index.html"))
        // Still listed, so a later clean run removes it once the article is really gone.
        try FileManager.default.removeItem(atPath: s.content + "/en-US/b.md")
        #expect(try Export.run(content: s.content, to: s.out, clean: true).removed == 1)
        #expect(!s.exists("en-US/b"))
    }

    @Test func aLocaleLeftOutWithLocaleIsNotCleaned() throws {
        let s = Setup()
        defer { s.remove() }
        try s.write("en-US/a.md", Self.article)
        try s.write("lv-LV/a.md", Self.article)
        _ = try Export.run(content: s.content, to: s.out)
        _ = try Export.run(Export.sources(content: s.content), to: s.out, clean: true, locales: ["en-US"])
        #expect(s.exists("lv-LV/a/index.html") && s.exists("lv-LV/index.html"))
    }
}
