import Foundation
import Testing
@testable import StepwiseLocale

struct LocalizerTests {
    static let english = """
        show:
          step-label: "Step {number}"
          only-english: "Only in English, {name}"
        list:
          steps:
            one: "{count} step"
            other: "{count} steps"
          only-english-plural:
            one: "{count} file"
            other: "{count} files"
        callout:
          labels:
            note: [Note, Notes]
            english-only: [Hint]
        """
    static let latvian = """
        show:
          step-label: "{number}. solis"
        list:
          steps:
            zero: "{count} soļu"
            one: "{count} solis"
            other: "{count} soļi"
          incomplete:
            other: "{count} vienības"
          flat: "{count} (bez locījuma)"
        callout:
          labels:
            note: [Piezīme, Piezīmes]
        """

    func makeLocalizer() throws -> Localizer {
        Localizer(catalog: try Catalog(yaml: Self.latvian, locale: "lv-LV"),
                  fallback: try Catalog(yaml: Self.english, locale: "en-US"))
    }

    @Test func stringsWithPlaceholders() throws {
        let l = try makeLocalizer()
        #expect(l.locale == "lv-LV")
        #expect(l.string("show.step-label", ["number": "3"]) == "3. solis")
        #expect(l.string("show.step-label") == "{number}. solis")
        #expect(l.string("show.step-label", ["other": "x"]) == "{number}. solis")
    }

    @Test func missingKeyFallsBackToEnglishThenToTheKey() throws {
        let l = try makeLocalizer()
        #expect(l.string("show.only-english", ["name": "Anna"]) == "Only in English, Anna")
        #expect(l.string("no.such.key") == "no.such.key")
        #expect(l.plural("no.such.plural", count: 2) == "no.such.plural")
        #expect(!l.contains("no.such.key"))
        #expect(l.contains("show.only-english"))
    }

    @Test("Latvian plural forms", arguments: [
        (0, "0 soļu"), (1, "1 solis"), (2, "2 soļi"), (10, "10 soļu"), (11, "11 soļu"), (12, "12 soļu"),
        (19, "19 soļu"), (21, "21 solis"), (22, "22 soļi"), (100, "100 soļu"), (101, "101 solis"), (111, "111 soļu"),
    ])
    func latvianPlural(_ count: Int, _ expected: String) throws {
        #expect(try makeLocalizer().plural("list.steps", count: count) == expected)
    }

    @Test func decimalPlural() throws {
        let l = try makeLocalizer()
        #expect(l.plural("list.steps", decimal: "1.50") == "1.50 soļi")
        #expect(l.plural("list.steps", decimal: "0.11") == "0.11 soļu")
        #expect(l.plural("list.steps", decimal: "2.21") == "2.21 solis")
        #expect(l.plural("list.steps", decimal: "1.0") == "1.0 solis")
        #expect(l.plural("list.steps", decimal: "not a number") == "not a number soļi")
    }

    @Test func pluralFallbackUsesTheRulesOfTheCatalogThatHasTheEntry() throws {
        let l = try makeLocalizer()
        // From en-US: 11 is "other" in English even though it is "zero" in Latvian.
        #expect(l.plural("list.only-english-plural", count: 11) == "11 files")
        #expect(l.plural("list.only-english-plural", count: 1) == "1 file")
        // A Latvian entry lacking the selected category falls back to its own `other`.
        #expect(l.plural("list.incomplete", count: 1) == "1 vienības")
        // A plain string serves every count.
        #expect(l.plural("list.flat", count: 5) == "5 (bez locījuma)")
        // Extra arguments and an explicit count argument: `count` always wins.
        #expect(l.plural("list.steps", count: 3, ["count": "x"]) == "3 soļi")
    }

    @Test func stringOfAPluralEntryIsItsOtherForm() throws {
        #expect(try makeLocalizer().string("list.steps", ["count": "7"]) == "7 soļi")
    }

    @Test func lists() throws {
        let l = try makeLocalizer()
        #expect(l.list("callout.labels.note") == ["Piezīme", "Piezīmes"])
        #expect(l.list("callout.labels.english-only") == ["Hint"])
        #expect(l.list("show.step-label") == ["{number}. solis"])
        #expect(l.list("no.such.list") == [])
    }

    @Test func englishAlone() throws {
        let l = Localizer(catalog: try Catalog(yaml: Self.english, locale: "en-US"))
        #expect(l.locale == "en-US")
        #expect(l.plural("list.steps", count: 1) == "1 step")
        #expect(l.plural("list.steps", count: 0) == "0 steps")
        #expect(l.plural("list.steps", decimal: "1.0") == "1.0 steps")
        #expect(l.catalog.locale == l.fallback.locale)
    }

    @Test func loadsFromAFolderWithNegotiation() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("en-US.yml", Self.english)
        try folder.write("lv-LV.yml", Self.latvian)

        let fromEnvironment = try Localizer(folder: folder.url, requested: nil, environment: ["LANG": "lv_LV.UTF-8"])
        #expect(fromEnvironment.locale == "lv-LV")
        #expect(fromEnvironment.plural("list.steps", count: 10) == "10 soļu")

        let requested = try Localizer(folder: folder.url, requested: "en", environment: ["LANG": "lv_LV.UTF-8"])
        #expect(requested.locale == "en-US")

        let direct = try Localizer(locale: "lv-LV", folder: folder.url)
        #expect(direct.string("show.only-english", ["name": "X"]) == "Only in English, X")
        #expect(direct.issues.isEmpty)

        #expect(try Localizer(locale: "LV_lv", folder: folder.url).locale == "lv-LV")
        #expect(try Localizer(locale: "lv", folder: folder.url).locale == "lv-LV")
        let unknown = try #require(throws: CatalogError.self) { try Localizer(locale: "de-DE", folder: folder.url) }
        #expect(unknown.file.hasSuffix("de-DE.yml"))
        let notATag = try #require(throws: CatalogError.self) { try Localizer(locale: "../en-US", folder: folder.url) }
        #expect(notATag.code == .notLocaleTag && notATag.arguments == ["locale": "../en-US"])
        #expect(unknown.code == .unreadable && unknown.arguments == ["detail-key": "no-such-file"])
    }

    @Test func loadingReportsTheBrokenFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("en-US.yml", Self.english)
        let broken = try folder.write("lv-LV.yml", "show:\n  a: [b\n")
        let error = try #require(throws: CatalogError.self) { try Localizer(locale: "lv-LV", folder: folder.url) }
        #expect(error.file == broken.path)
        #expect(error.line > 0)
    }

    @Test func isSendable() async throws {
        let l = try makeLocalizer()
        let result = await Task.detached { l.plural("list.steps", count: 21) }.value
        #expect(result == "21 solis")
    }
}
