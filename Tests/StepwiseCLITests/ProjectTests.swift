import Foundation
import Testing

/// `stepwise.yml` found from below, `--project`, the defaults without one, the error outside
/// any project, `init`'s refusal to replace files, and a project's catalogs over the built-in ones.
@Suite struct ProjectTests {
    func project() throws -> ScratchFolder {
        let folder = ScratchFolder("project")
        let made = try CLI.run(["init", folder.path])
        try #require(made.status == 0, "\(made.stderr)")
        return folder
    }

    @Test func foundFromASubfolderAndByFlag() throws {
        let folder = try project()
        let below = folder.path + "/Content/en-US"
        let listed = try CLI.run(["list"], directory: below)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("example"))
        #expect(!listed.stdout.contains("activate-or-reactivate"))
        let elsewhere = ScratchFolder("elsewhere")
        let flagged = try CLI.run(["list", "--project", folder.path], directory: elsewhere.path)
        #expect(flagged.stdout.contains("example"), "\(flagged.stderr)")
    }

    @Test func noProjectSaysWhatWasLookedFor() throws {
        let elsewhere = ScratchFolder("none")
        let result = try CLI.run(["list"], directory: elsewhere.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("stepwise.yml") && result.stderr.contains(elsewhere.path), "\(result.stderr)")
        // A file path needs no project.
        let shown = try CLI.run(["show", packageRoot + "/Content/en-US/activate-or-reactivate-a-subscription.md"], directory: elsewhere.path)
        #expect(shown.status == 0, "\(shown.stderr)")
    }

    @Test func workingFolderWithContentIsAProject() throws {
        let folder = ScratchFolder("defaults")
        try FileManager.default.createDirectory(atPath: folder.path + "/Content/en-US", withIntermediateDirectories: true)
        try "# Plain\n\n1. One.\n2. Two.\n".write(toFile: folder.path + "/Content/en-US/plain.md", atomically: true, encoding: .utf8)
        let listed = try CLI.run(["list"], directory: folder.path)
        #expect(listed.stdout.contains("plain"), "\(listed.stderr)")
    }

    @Test func unknownKeyIsLocated() throws {
        let folder = try project()
        try "content: Content\ncontnet: Docs\n".write(toFile: folder.path + "/stepwise.yml", atomically: true, encoding: .utf8)
        let result = try CLI.run(["list"], directory: folder.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("stepwise.yml:2:1:") && result.stderr.contains("contnet"), "\(result.stderr)")
    }

    @Test func initNeverReplacesAFile() throws {
        let folder = try project()
        let article = folder.path + "/Content/en-US/example.md"
        try "# Mine\n".write(toFile: article, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder.path + "/stepwise.yml")
        let again = try CLI.run(["init", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("example.md"), "\(again.stderr)")
        #expect(try String(contentsOfFile: article, encoding: .utf8) == "# Mine\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/stepwise.yml"), "all or nothing")
    }

    @Test func projectCatalogsOverrideKeysAndAddLanguages() throws {
        let folder = try project()
        try FileManager.default.createDirectory(atPath: folder.path + "/Locales", withIntermediateDirectories: true)
        try "list:\n  header:\n    slug: Raksts\n".write(toFile: folder.path + "/Locales/lv-LV.yml", atomically: true, encoding: .utf8)
        let listed = try CLI.run(["list", "--locale", "lv-LV"], directory: folder.path)
        #expect(listed.stdout.contains("Raksts"), "\(listed.stdout)\(listed.stderr)")
        #expect(listed.stdout.contains("Nosaukums"), "the other keys still come from the shipped catalog")
        // An override of a shipped language is not missing the keys the shipped one has.
        let checked = try CLI.run(["check", "--format", "json"], directory: folder.path)
        #expect(!checked.stdout.contains("missing-key"), "\(checked.stdout)")
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    }

    /// A project's broken catalog is named at its line and column in the shipped catalog's
    /// words (in the language asked for), and the command goes on with the shipped strings.
    @Test func aBrokenProjectCatalogIsLocatedAndTheShippedOneUsed() throws {
        let folder = try project()
        try FileManager.default.createDirectory(atPath: folder.path + "/Locales", withIntermediateDirectories: true)
        try "list:\n  header: [open\n".write(toFile: folder.path + "/Locales/lv-LV.yml", atomically: true, encoding: .utf8)
        let listed = try CLI.run(["list", "--locale", "lv-LV"], directory: folder.path)
        #expect(listed.stderr.contains("Locales/lv-LV.yml:3:1: kļūda: kļūdains katalogs: "), "\(listed.stderr)")
        #expect(listed.stdout.contains("Nosaukums"), "\(listed.stdout)")
        #expect(listed.status == 0)
    }
}
