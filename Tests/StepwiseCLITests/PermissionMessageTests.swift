import Foundation
import Testing

/// What the system refuses is said as the user would say it, with the path, in their language:
/// never Foundation's or SQLite's internal words. Run as `nobody` (root passes every check).
@Suite(.enabled(if: CLI.canRunAsNobody, "needs root and setpriv to run as nobody"))
struct PermissionMessageTests {
    static func asNobody(_ args: [String], locale: String? = "en-US") throws -> CLIResult {
        try CLI.runAsNobody(args + (locale.map { ["--locale", $0] } ?? []))
    }

    static func privateFolder() throws -> String {
        let dir = NSTemporaryDirectory() + "stepwise-private-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir + "/inner", withIntermediateDirectories: true)
        try "# A\n\n1. One.\n2. Two.\n".write(toFile: dir + "/inner/a.md", atomically: true, encoding: .utf8)
        chmod(dir, 0o700)
        return dir
    }

    static let internalWords = ["NSCocoaErrorDomain", "Code=", "disk I/O error", "SQLITE", "Error Domain"]

    @Test func anArticleInAFolderYouMayNotEnterIsPermissionDenied() throws {
        let dir = try Self.privateFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for command in ["show", "graph", "run"] {
            let r = try Self.asNobody([command, dir + "/inner/a.md"])
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("permission denied"), "\(command): \(r.stderr)")
            #expect(!r.stderr.contains("no such file"))
        }
    }

    @Test func aTenantInAFolderYouMayNotWriteSaysWhy() throws {
        let dir = try Self.privateFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for locale in ["en-US", "lv-LV"] {
            let r = try Self.asNobody(["tenant", "show", "--tenant", dir + "/inner/t.sqlite"], locale: locale)
            #expect(r.status == 1)
            #expect(r.stderr.contains(dir + "/inner/t.sqlite"), "\(r.stderr)")
            #expect(r.stderr.contains(locale == "en-US" ? "permission denied" : "nav piekļuves tiesību"), "\(r.stderr)")
            for words in Self.internalWords { #expect(!r.stderr.contains(words), "\(r.stderr)") }
        }
    }

    /// A locale folder the user may not read hides its articles; `--clean` then removes none of
    /// their pages (they are not gone) and says why.
    @Test func cleanRemovesNothingWhenAFolderCannotBeRead() throws {
        let dir = NSTemporaryDirectory() + "stepwise-clean-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for locale in ["en-US", "lv-LV"] {
            try FileManager.default.createDirectory(atPath: dir + "/Content/" + locale, withIntermediateDirectories: true)
            try "# A\n\n1. One.\n2. Two.\n".write(toFile: dir + "/Content/\(locale)/a.md", atomically: false, encoding: .utf8)
            chmod(dir + "/Content/\(locale)/a.md", 0o644)
        }
        try FileManager.default.createDirectory(atPath: dir + "/site", withIntermediateDirectories: true)
        chmod(dir, 0o777); chmod(dir + "/site", 0o777)
        #expect(try Self.asNobody(["export", "--content", dir + "/Content", "--out", dir + "/site"], locale: nil).status == 0)
        let page = dir + "/site/lv-LV/a/index.html"
        #expect(FileManager.default.fileExists(atPath: page))
        chmod(dir + "/Content/lv-LV", 0o700)
        let r = try Self.asNobody(["export", "--content", dir + "/Content", "--out", dir + "/site", "--clean"], locale: nil)
        #expect(r.stderr.contains("could not be read"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: page))
    }
}
