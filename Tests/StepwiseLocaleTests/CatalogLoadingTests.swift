import Foundation
import Testing
@testable import StepwiseLocale

struct CatalogLoadingTests {
    /// How a person sees a catalog error: through the shipped English catalog.
    static func said(_ error: CatalogError) throws -> String {
        let english = try LocaleFolder.loadCatalog("en-US", in: ShippedCatalogTests.localesFolder)
        return DiagnosticText(localizer: Localizer(catalog: english)).lines(error.diagnostic)
    }

    @Test func flattensNestedKeysAndReadsAllShapes() throws {
        let catalog = try Catalog(yaml: """
            show:
              references: References
              deeper:
                still: "Step {number}"
            list:
              steps:
                zero: "{count} soļu"
                one: "{count} solis"
                other: "{count} soļi"
            callout:
              labels:
                note: [Piezīme, Piezīmes]
                tip:
                  - Padoms
                  - Padomi
            dotted.key: ok
            """, locale: "lv-LV")
        #expect(catalog.issues.isEmpty)
        #expect(catalog["show.references"] == .text("References"))
        #expect(catalog["show.deeper.still"] == .text("Step {number}"))
        #expect(catalog["list.steps"] == .plural([.zero: "{count} soļu", .one: "{count} solis", .other: "{count} soļi"]))
        #expect(catalog["callout.labels.note"] == .list(["Piezīme", "Piezīmes"]))
        #expect(catalog["callout.labels.tip"] == .list(["Padoms", "Padomi"]))
        #expect(catalog["dotted.key"] == .text("ok"))
        #expect(catalog["show"] == nil)
        #expect(catalog.keys == ["callout.labels.note", "callout.labels.tip", "dotted.key", "list.steps",
                                 "show.deeper.still", "show.references"])
        #expect(catalog.positions["show.references"] == CatalogPosition(line: 2, column: 3))
        #expect(catalog.language == "lv")
    }

    @Test func scalarsKeepTheirWrittenText() throws {
        let catalog = try Catalog(yaml: """
            number: 1.50
            int: 007
            yes: yes
            bool: true
            hex: 0x1F
            date: 2024-01-02
            quoted-empty: ""
            list: [1, true, 2.0]
            """, locale: "en-US")
        #expect(catalog["number"] == .text("1.50"))
        #expect(catalog["int"] == .text("007"))
        #expect(catalog["yes"] == .text("yes"))
        #expect(catalog["bool"] == .text("true"))
        #expect(catalog["hex"] == .text("0x1F"))
        #expect(catalog["date"] == .text("2024-01-02"))
        #expect(catalog["quoted-empty"] == .text(""))
        #expect(catalog["list"] == .list(["1", "true", "2.0"]))
        #expect(catalog.issues.isEmpty)
    }

    @Test func mappingWithANonCategoryKeyIsANamespace() throws {
        let catalog = try Catalog(yaml: "count:\n  one: x\n  title: y\n", locale: "en-US")
        #expect(catalog["count.one"] == .text("x"))
        #expect(catalog["count.title"] == .text("y"))
        #expect(catalog["count"] == nil)
    }

    @Test func wrongShapesBecomeIssuesNotCrashes() throws {
        let catalog = try Catalog(yaml: """
            empty:
            tilde: ~
            good: fine
            plural:
              one: [not, text]
              other: "{count} things"
            list: [a, {b: c}, [d], e]
            ? [complex, key]
            : value
            "": empty key
            twice.key: first
            twice:
              key: second
            emptymap: {}
            emptylist: []
            """, locale: "en-US", file: "bad.yml")
        #expect(catalog["good"] == .text("fine"))
        #expect(catalog["empty"] == nil)
        #expect(catalog["tilde"] == nil)
        #expect(catalog["plural"] == .plural([.other: "{count} things"]))
        #expect(catalog["list"] == .list(["a", "e"]))
        #expect(catalog["twice.key"] == .text("first"))
        #expect(catalog["emptylist"] == .list([]))
        #expect(catalog.keys.count == 5)
        let lines = catalog.issues.map(\.line)
        #expect(lines == [1, 2, 5, 7, 7, 8, 10, 13])
        #expect(catalog.issues.map(\.code) == [.noText, .noText, .formNotText, .itemNotText, .itemNotText, .emptyKey, .emptyKey, .definedTwice])
        #expect(try Self.said(catalog.issues[7]) == "bad.yml:13:3: error: twice.key is defined twice (first at line 11); the second one is left out")
        #expect(catalog.issues.allSatisfy { $0.file == "bad.yml" && $0.column > 0 })
    }

    @Test func rootMustBeAMapping() throws {
        for yaml in ["- a\n- b\n", "just text\n", "42"] {
            #expect(throws: CatalogError.self) { try Catalog(yaml: yaml, locale: "en-US") }
        }
        #expect(try Catalog(yaml: "", locale: "en-US").entries.isEmpty)
        #expect(try Catalog(yaml: "# only a comment\n", locale: "en-US").entries.isEmpty)
    }

    @Test("YAML syntax errors report file, line and column", arguments: [
        // unclosed flow sequence: libyaml notices at the next key
        ("a:\n  b: [1, 2\n  c: d\n", 3, 4),
        // tab indentation
        ("a:\n\tb: c\n", 2, 1),
        // bad indentation of a sibling key
        ("show:\n  a: 1\n b: 2\n", 3, 2),
        // unterminated quoted string
        ("a: \"open\nb: c\n", 3, 1),
        // undefined alias
        ("a: x\nb: *nothing\n", 2, 4),
        // two documents
        ("a: 1\n---\nb: 2\n", 2, 1),
        // duplicate key: reported where the key first appears
        ("x: 1\ny:\n  k: 1\n  k: 2\n", 3, 3),
        // control character
        ("a: b\nc: dé\u{1}e\n", 2, 6),
    ])
    func syntaxErrors(_ yaml: String, _ line: Int, _ column: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("lv-LV.yml", yaml)
        let error = try #require(throws: CatalogError.self) { try Catalog(contentsOf: file) }
        #expect(error.file == file.path)
        #expect(error.line == line, "\(error)")
        #expect(error.column == column, "\(error)")
        #expect([.syntax, .duplicateKey].contains(error.code))
        #expect(error.code == .duplicateKey || error.arguments["detail"]?.isEmpty == false)
        #expect(try Self.said(error).hasPrefix("\(file.path):\(line):\(column): error: "))
    }

    @Test func invalidUTF8IsLocated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("lv-LV.yml", bytes: Array("a: ā\nb: x".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        let error = try #require(throws: CatalogError.self) { try Catalog(contentsOf: file) }
        #expect(error.line == 2 && error.column == 5, "\(error)")
        #expect(error.code == .invalidUTF8)
        #expect(try Self.said(error).hasSuffix(":2:5: error: the catalog is not valid UTF-8"))
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("en-US.yml", bytes: [0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8))
        #expect(try Catalog(contentsOf: file)["a"] == .text("b"))
    }

    @Test func missingFileNamesThePath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.url.appendingPathComponent("xx-XX.yml")
        let error = try #require(throws: CatalogError.self) { try Catalog(contentsOf: missing) }
        #expect(error.file == missing.path)
        #expect(error.line == 0)
        #expect(try Self.said(error) == missing.path + ": error: cannot read the catalog: no such file")
    }

    @Test func localeDefaultsToFileName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("lv-LV.yml", "a: b\n")
        #expect(try Catalog(contentsOf: file).locale == "lv-LV")
    }

    @Test func deepNestingDoesNotCrash() throws {
        let flow = "a: " + String(repeating: "[", count: 990) + String(repeating: "]", count: 990) + "\n"
        let catalog = try Catalog(yaml: flow, locale: "en-US")
        #expect(catalog["a"] == .list([]))
        #expect(catalog.issues.count == 1)

        let tooDeep = "a: " + String(repeating: "[", count: 5000)
        #expect(throws: CatalogError.self) { try Catalog(yaml: tooDeep, locale: "en-US") }

        var nested = ""
        for level in 0..<200 { nested += String(repeating: " ", count: level) + "k\(level):\n" }
        nested += String(repeating: " ", count: 200) + "leaf: x\n"
        let deepKeys = try Catalog(yaml: nested, locale: "en-US")
        #expect(deepKeys.entries.isEmpty)
        #expect(deepKeys.issues.count == 1)
    }

    /// A catalog is translator input too: escape sequences in it never reach the terminal.
    @Test func controlCharactersAreDropped() throws {
        let catalog = try Catalog(yaml: "a: \"x\\e[2J\\e]0;t\\ay\\x85z\"\nb: |\n  one\n  two\n", locale: "en-US")
        let l = Localizer(catalog: catalog)
        #expect(l.string("a") == "x[2J]0;tyz")
        #expect(l.string("b") == "one\ntwo\n")
    }

    @Test func aliasExpansionIsBounded() throws {
        // Each level is a namespace repeating the previous one ten times: 10^9 keys if expanded.
        var yaml = "l0: &l0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x}\n"
        for level in 1...8 {
            let fields = "abcdefghij".map { "\($0): *l\(level - 1)" }.joined(separator: ", ")
            yaml += "l\(level): &l\(level) {\(fields)}\n"
        }
        let start = ContinuousClock.now
        let error = try #require(throws: CatalogError.self) { try Catalog(yaml: yaml, locale: "en-US") }
        #expect(error.code == .tooManyValues)
        #expect(try Self.said(error).contains("more than 200000 values"))
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func availableLocalesListsOnlyCatalogFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["lv-LV.yml", "en-US.yml", "README.yml", "notes.txt", "lv_LV.yml", "de.yml", "en-US.yml.bak"] {
            try folder.write(name, "a: b\n")
        }
        #expect(LocaleFolder.availableLocales(in: folder.url) == ["de", "en-US", "lv-LV"])
        #expect(LocaleFolder.availableLocales(in: folder.url.appendingPathComponent("missing")) == [])
    }
}
