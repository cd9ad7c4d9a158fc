import Foundation
import Testing

/// `stepwise check` end to end: exit statuses, every format, languages.
@Suite struct CheckCommandTests {
    static let seedPlace = "lv-LV/activate-or-reactivate-a-subscription.md:29:203: error: "

    func tree(_ latvian: String) throws -> String {
        let dir = NSTemporaryDirectory() + "stepwise-check-cli-" + UUID().uuidString
        for locale in ["en-US", "lv-LV"] {
            try FileManager.default.createDirectory(atPath: dir + "/" + locale, withIntermediateDirectories: true)
        }
        let header = { (locale: String) in "---\ntitle: T\nms.assetid: a\nms.contentlocale: \(locale)\n---\n" }
        try (header("en-US") + "1. Go to **Billing** > **Products**.\n").write(toFile: dir + "/en-US/a.md", atomically: true, encoding: .utf8)
        try (header("lv-LV") + latvian).write(toFile: dir + "/lv-LV/a.md", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func repositoryReportsTheSeedDamage() throws {
        let r = try CLI.run(["check"])
        #expect(r.status == 1)
        #expect(r.stdout.contains(Self.seedPlace + "segment 1 of 2 in this UI path is empty"))
        #expect(r.stdout.contains("en-US/activate-or-reactivate-a-subscription.md:24:173: note: the source has it here"))
        #expect(r.stdout.split(separator: "\n").last?.hasPrefix("2 errors, ") == true)
        // Messages follow the environment's language; --locale picks what is checked. The
        // severity stays `error` for problem matchers; only the message is Latvian.
        let lv = try CLI.run(["check", "--locale", "lv-LV"], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(lv.stdout.contains("lv-LV/activate-or-reactivate-a-subscription.md:29:203: error: šī saskarnes ceļa 1. posms no 2 ir tukšs"))
        #expect(lv.stdout.contains("en-US/activate-or-reactivate-a-subscription.md:24:173: note: "))
        #expect(!lv.stdout.contains("kļūda:"))
        let en = try CLI.run(["check", "--locale", "lv-LV"])
        #expect(en.stdout.contains(Self.seedPlace))
    }

    /// A PO file named relative to the working folder (`lv.po`, `.`): its template is looked
    /// for up the folders, and a baseline of the first run leaves the second clean.
    @Test func relativePOFilesAndABaseline() throws {
        let dir = NSTemporaryDirectory() + "stepwise-check-po-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let po = "msgid \"\"\nmsgstr \"Language: lv\\n\"\n\n#, c-format\nmsgid \"Hello, %s!\"\nmsgstr \"Sveiki, %d!\"\n"
        try po.write(toFile: dir + "/lv.po", atomically: true, encoding: .utf8)
        for path in ["lv.po", ".", "./lv.po"] {
            let r = try CLI.run(["check", path], directory: dir)
            #expect(r.status == 1, "\(path): \(r.stderr)")
            #expect(r.stdout.hasPrefix("lv.po:6:8: error: Hello, %s!: %d takes %d here but %s in the source [placeholder-mismatch]\n"), "\(path): \(r.stdout)")
        }
        let sarif = try CLI.run(["check", "--format", "sarif", "."], directory: dir)
        try sarif.stdout.write(toFile: dir + "/baseline.sarif", atomically: true, encoding: .utf8)
        let again = try CLI.run(["check", "--baseline", "baseline.sarif", "."], directory: dir)
        #expect(again.status == 0)
        #expect(again.stdout == "0 errors, 0 warnings; checked 0 translated articles and 1 catalog.\n")
        let bad = try CLI.run(["check", "--baseline", "lv.po", "."], directory: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("lv.po: the baseline is not a SARIF file written by stepwise check"))
    }

    @Test func exitStatuses() throws {
        let clean = try tree("1. Atveriet **Norēķini** > **Produkti**.\n")
        defer { try? FileManager.default.removeItem(atPath: clean) }
        #expect(try CLI.run(["check", clean]).status == 0)
        let warned = try tree("1. Atveriet **Norēķini** > **Produkti**. *Jauns*\n")
        defer { try? FileManager.default.removeItem(atPath: warned) }
        let w = try CLI.run(["check", warned])
        #expect(w.status == 0)
        #expect(w.stdout.contains("warning: "))
        #expect(try CLI.run(["check", warned, "--strict"]).status == 1)
        let broken = try tree("1. Atveriet   >  **Produkti**.\n")
        defer { try? FileManager.default.removeItem(atPath: broken) }
        let b = try CLI.run(["check", broken])
        #expect(b.status == 1)
        #expect(b.stdout.contains("lv-LV/a.md:6:14: error: "))
        let missing = try CLI.run(["check", "/no/such/folder"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/no/such/folder: no such file or folder"))
        #expect(try CLI.run(["check", "--format", "xml"]).status == 2)
        #expect(try CLI.run(["check", "--source-locale", "../x"]).status == 2)
        #expect(try CLI.run(["check", packageRoot + "/README.md"]).status == 0)
        #expect(try CLI.run(["check", packageRoot + "/Package.swift"]).status == 2)
    }

    @Test func everyFormat() throws {
        let json = try CLI.run(["check", "--format", "json"])
        #expect(json.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(findings.contains { ($0["file"] as? String)?.hasSuffix("lv-LV/activate-or-reactivate-a-subscription.md") == true
            && $0["line"] as? Int == 29 && $0["column"] as? Int == 203 && $0["check"] as? String == "ui-path" })
        let sarif = try CLI.run(["check", "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let github = try CLI.run(["check", "--format", "github"])
        #expect(github.stdout.split(separator: "\n").contains { $0.hasPrefix("::error file=") && $0.contains("activate-or-reactivate-a-subscription.md,line=29,col=203") })
        // Deterministic: the same run twice prints the same bytes.
        #expect(try CLI.run(["check", "--format", "json"]).stdout == json.stdout)
    }

    @Test func corpusTreeByPath() throws {
        let folder = sharedRoot + "/corpus/deployoffice-privacy"
        guard FileManager.default.fileExists(atPath: folder) else { return }
        let r = try CLI.run(["check", folder])
        // Only warnings remain on this tree (markup and broken links), so the run passes.
        #expect(r.status == 0, "\(r.stdout)")
        #expect(!r.stdout.contains(": error: "))
        #expect(r.stdout.contains("checked 7 translated articles and 0 catalogs."))
    }

    @Test func pathsInErrorsAreSanitized() throws {
        let r = try CLI.run(["check", "/no/such/\u{1B}]0;owned\u{07}\u{202E}x"])
        #expect(r.status == 2)
        #expect(!r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(r.stderr.contains("/no/such/\u{FFFD}]0;owned\u{FFFD}x: no such file or folder"))
    }

    @Test func givenCatalogFolderIsWhatIsChecked() throws {
        let dir = NSTemporaryDirectory() + "stepwise-check-locales-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["en-US.yml", "lv-LV.yml"] {
            try FileManager.default.copyItem(atPath: packageRoot + "/Sources/StepwiseLocale/Catalogs/" + name, toPath: dir + "/" + name)
        }
        let latvian = try String(contentsOfFile: dir + "/lv-LV.yml", encoding: .utf8)
        try (latvian + "zz-only-here: Lieks\n").write(toFile: dir + "/lv-LV.yml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", "--locales", dir])
        #expect(r.stdout.contains(dir + "/lv-LV.yml:"))
        #expect(r.stdout.contains("[extra-key]"))
        // Near miss: without --locales the checkout's own catalogs are checked, which have no such key.
        #expect(!(try CLI.run(["check"]).stdout.contains("[extra-key]")))
    }

    @Test func badSourceLocaleIsNamed() throws {
        let r = try CLI.run(["check", "--source-locale", "../x"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--source-locale: ../x"))
        let l = try CLI.run(["check", "--locale", "../y"])
        #expect(l.stderr.contains("--locale: ../y"))
    }

    @Test func helpInBothLanguages() throws {
        #expect(try CLI.run(["check", "--help"]).stdout.contains("Check string catalogs and translated articles"))
        #expect(try CLI.run(["check", "--help"], environment: ["LANG": "lv_LV.UTF-8"]).stdout.contains("Pārbauda virkņu katalogus"))
    }
}
