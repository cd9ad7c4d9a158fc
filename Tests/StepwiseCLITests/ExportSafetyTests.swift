import Foundation
import Testing

/// An export never loses a site to a typo and never writes outside its output folder.
@Suite struct ExportSafetyTests {
    static func files(_ root: String) -> [String] {
        (FileManager.default.subpaths(atPath: root) ?? []).sorted()
    }

    @Test(arguments: ["missing", "empty"])
    func contentWithoutArticlesWritesAndRemovesNothing(_ kind: String) throws {
        let f = ScratchFolder("export-safety")
        let site = f.path + "/site"
        #expect(try CLI.run(["export", "--out", site]).status == 0)
        let before = Self.files(site)
        let content = f.path + "/typo"
        if kind == "empty" { try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true) }
        let r = try CLI.run(["export", "--content", content, "--out", site, "--clean"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("holds no article"), "\(r.stderr)")
        #expect(!r.stdout.contains("removed"))
        #expect(Self.files(site) == before)
    }

    @Test func aLinkAtAPagesPathIsReplacedNotWrittenThrough() throws {
        let f = ScratchFolder("export-safety")
        let site = f.path + "/site", victim = f.path + "/victim"
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site + "/index.html", withDestinationPath: victim)
        try FileManager.default.createSymbolicLink(atPath: site + "/sitemap.xml.stepwise-tmp", withDestinationPath: victim)
        let r = try CLI.run(["export", "--out", site])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: victim))
        let type = try FileManager.default.attributesOfItem(atPath: site + "/index.html")[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    @Test func aFolderLinkInsideTheOutputIsRefused() throws {
        let f = ScratchFolder("export-safety")
        let site = f.path + "/site", outside = f.path + "/outside"
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site + "/en-US", withDestinationPath: outside)
        let r = try CLI.run(["export", "--out", site])
        #expect(r.status == 1)
        #expect(r.stderr.contains("en-US"), "\(r.stderr)")
        #expect(Self.files(outside) == [])
    }
}
