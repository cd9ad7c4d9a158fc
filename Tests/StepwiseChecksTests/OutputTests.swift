import Foundation
import Testing
import StepwiseArticle
import StepwiseLocale
@testable import StepwiseChecks

@Suite struct OutputTests {
    static let english = try! LocaleFolder.loadCatalog("en-US", in: localesFolder)
    static let latvian = try! LocaleFolder.loadCatalog("lv-LV", in: localesFolder)
    let wording = FindingWording(localizer: Localizer(catalog: OutputTests.english), displayPath: { $0.replacingOccurrences(of: packageRoot + "/", with: "") })

    static func seedReport() throws -> CheckReport {
        try Checker(options: CheckOptions(paths: [packageRoot + "/Content", packageRoot + "/Sources/StepwiseLocale/Catalogs"], calloutLabels: shippedLabels)).run()
    }

    /// A report with what article text could smuggle in: control characters, quotes, a newline.
    static let hostile = CheckReport(findings: [
        Finding(.brokenLink, at: FindingLocation(file: "lv LV/a,b:c.md", range: SourceRange(line: 3, column: 5, endLine: 3, endColumn: 9)),
                message: "broken-link", ["target": "x\u{1B}[31m\n\"q\"%"]),
        Finding(.missingSource, at: .wholeFile("lv-LV/b.md"), message: "missing-source"),
    ], articlesChecked: 2, catalogsChecked: 0)

    @Test func textLinesNoteAndSummary() throws {
        let text = TextReport.render(try Self.seedReport(), wording: wording)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Content/lv-LV/activate-or-reactivate-a-subscription.md:29:203: error: segment 1 of 2 in this UI path is empty: a label was lost in translation [ui-path]"))
        let i = lines.firstIndex { $0.hasPrefix("Content/lv-LV/activate-or-reactivate-a-subscription.md:29:203:") }!
        #expect(lines[i + 1] == "Content/en-US/activate-or-reactivate-a-subscription.md:24:173: note: the source has it here")
        #expect(lines.last?.hasPrefix("2 errors, ") == true)
        let latvian = FindingWording(localizer: Localizer(catalog: Self.latvian, fallback: Self.english))
        let lv = TextReport.render(CheckReport(findings: [], articlesChecked: 1, catalogsChecked: 2), wording: latvian)
        #expect(lv == "Kopā 0 kļūdu un 0 brīdinājumu. Pārbaudes apjoms: 1 tulkots raksts un 2 katalogi.\n")
    }

    @Test func textHasNoControlCharacters() {
        let text = TextReport.render(Self.hostile, wording: wording)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.split(separator: "\n").count == 3)
        #expect(text.contains("lv-LV/b.md: warning: "))
    }

    @Test func bidiControlsAndLineSeparatorsNeverReachTheOutput() {
        let finding = Finding(.brokenLink, at: FindingLocation(file: "lv-LV/\u{202E}a.md", line: 1, column: 1), message: "broken-link",
                              ["target": "a\u{202E}b\u{2066}c\u{2069}\u{200F}\u{061C}d\u{2028}e\u{2029}f"])
        let report = CheckReport(findings: [finding], articlesChecked: 1, catalogsChecked: 0)
        for text in [TextReport.render(report, wording: wording), GitHubReport.render(report, wording: wording)] {
            #expect(!text.unicodeScalars.contains { [0x202E, 0x2066, 0x2069, 0x200F, 0x061C, 0x2028, 0x2029].contains($0.value) })
        }
        #expect(wording.message(finding).contains("abcd e f"))
        #expect(wording.path(finding.location.file) == "lv-LV/a.md")
        // Near miss: letters of right-to-left scripts are content, not controls.
        #expect(FindingWording.clean("שלום") == "שלום")
    }

    @Test func jsonFieldsAndNulls() throws {
        let json = JSONReport.render(Self.hostile, wording: wording)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(Set(array[0].keys) == ["file", "line", "column", "endLine", "endColumn", "severity", "check", "message", "related"])
        #expect(array[0]["line"] as? Int == 3 && array[0]["endColumn"] as? Int == 9)
        #expect(array[0]["check"] as? String == "broken-link")
        #expect(array[1]["line"] is NSNull)
        #expect(array[1]["related"] is NSNull)
        let seed = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport.render(try Self.seedReport(), wording: wording).utf8)) as? [[String: Any]])
        let related = try #require(seed.first { $0["line"] as? Int == 29 && $0["check"] as? String == "ui-path" }?["related"] as? [String: Any])
        #expect(related["file"] as? String == "Content/en-US/activate-or-reactivate-a-subscription.md")
        #expect(related["line"] as? Int == 24)
    }

    @Test func githubAnnotationsEscaped() {
        let lines = GitHubReport.render(Self.hostile, wording: wording).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("::error file=lv LV/a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=9,title=broken-link::"))
        #expect(!lines[0].unicodeScalars.contains { $0.value < 0x20 })
        #expect(lines[0].contains("%25"))
        #expect(lines[1].hasPrefix("::warning file=lv-LV/b.md,title=missing-source::"))
        #expect(lines[2].hasPrefix("::notice::"))
    }

    @Test func sarifShape() throws {
        let sarif = SARIFReport.render(try Self.seedReport(), wording: wording, baseFolder: packageRoot)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == CheckID.allCases.map(\.rawValue))
        let results = try #require(run["results"] as? [[String: Any]])
        let ui = try #require(results.first { $0["ruleId"] as? String == "ui-path" })
        let physical = try #require(((ui["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "Content/lv-LV/activate-or-reactivate-a-subscription.md")
        #expect((physical["region"] as? [String: Any])?["startColumn"] as? Int == 203)
        // Our end column is inclusive, SARIF's exclusive.
        #expect((physical["region"] as? [String: Any])?["endColumn"] as? Int == 204)
    }

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let hasJSONSchema: Bool = {
        guard let python else { return false }
        return (try? run(python, ["-c", "import jsonschema"]).status) == 0
    }()

    @Test(.enabled(if: OutputTests.hasJSONSchema, "python3 with the jsonschema module is not installed here (CI installs python3-jsonschema)"))
    func sarifValidatesAgainstTheSchema() throws {
        let folder = NSTemporaryDirectory() + "stepwise-sarif-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let schema = packageRoot + "/Tests/StepwiseChecksTests/Fixtures/sarif-schema-2.1.0.json"
        let reports = [("seed", try Self.seedReport()), ("hostile", Self.hostile),
                       ("empty", CheckReport(findings: [], articlesChecked: 0, catalogsChecked: 0))]
        var files: [String] = []
        for (name, report) in reports {
            let path = folder + "/\(name).sarif"
            try SARIFReport.render(report, wording: wording, baseFolder: packageRoot).write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        // An invalid log must fail, or the validation proves nothing.
        let broken = folder + "/broken.sarif"
        try "{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}".write(toFile: broken, atomically: true, encoding: .utf8)
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
        bad = 0
        for path in sys.argv[2:]:
            errors = list(validator.iter_errors(json.load(open(path))))
            for e in errors[:5]:
                print(path, list(e.absolute_path), e.message)
            bad += bool(errors)
        sys.exit(1 if bad else 0)
        """
        let good = try Self.run(Self.python!, ["-c", script, schema] + files)
        #expect(good.status == 0, "\(good.output)")
        let invalid = try Self.run(Self.python!, ["-c", script, schema, broken])
        #expect(invalid.status == 1)
    }

    static func run(_ tool: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = args
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
