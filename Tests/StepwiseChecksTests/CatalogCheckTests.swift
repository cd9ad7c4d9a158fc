import Foundation
import Testing
@testable import StepwiseChecks

/// Each catalog check: a fixture that triggers it, and a near miss that must not.
@Suite struct CatalogCheckTests {
    static let english = """
    greeting: "Hello, {name}!"
    menu:
      open: Open the file
      close: Close
    items:
      one: "{count} item"
      other: "{count} items"
    brand: Microsoft 365
    separator: " › "

    """

    func run(_ latvian: String, english: String = CatalogCheckTests.english) throws -> CheckReport {
        let tree = Tree()
        tree.write("Locales/en-US.yml", english)
        tree.write("Locales/lv-LV.yml", latvian)
        return try tree.check()
    }

    static let clean = """
    greeting: "Sveiki, {name}!"
    menu:
      open: Atvērt failu
      close: Aizvērt
    items:
      zero: "{count} vienumu"
      one: "{count} vienums"
      other: "{count} vienumi"
    brand: Microsoft 365
    separator: " › "

    """

    @Test func cleanCatalogHasNoFindings() throws {
        let report = try run(Self.clean)
        #expect(report.findings == [])
        #expect(report.catalogsChecked == 1)
    }

    @Test func syntaxErrorAtItsPlace() throws {
        let report = try run("greeting: \"Sveiki\nmenu: [\n")
        #expect(report.places.count == 1)
        #expect(report.findings.first?.check == .localeSyntax)
        #expect(report.findings.first?.location.range.start.line ?? 0 >= 1)
        // Near miss: a colon inside a quoted value is no error.
        let fine = try run(Self.clean.replacingOccurrences(of: "Aizvērt", with: "\"Aizvērt: tūlīt\""))
        #expect(fine.only(.localeSyntax) == [])
    }

    @Test func duplicateKeyIsSyntax() throws {
        let report = try run(Self.clean + "brand: Cits\n")
        #expect(report.only(.localeSyntax).count == 1)
    }

    @Test func missingAndExtraKeys() throws {
        let report = try run(Self.clean.replacingOccurrences(of: "  close: Aizvērt\n", with: "  save: Saglabāt\n"))
        let missing = report.only(.missingKey)
        #expect(missing.count == 1)
        #expect(missing.first?.arguments["key"] == "menu.close")
        // Pointed at the parent the target has (`menu:` on line 2), the source's key as related.
        #expect(missing.first?.location.range.start.line == 2)
        #expect(missing.first?.related?.range.start.line == 4)
        let extra = report.only(.extraKey)
        #expect(extra.map(\.arguments["key"]) == ["menu.save"])
        #expect(extra.first?.severity == .warning)
        #expect(extra.first?.location.range.start == .init(line: 4, column: 3))
    }

    @Test func emptyValues() throws {
        let report = try run(Self.clean.replacingOccurrences(of: "Aizvērt", with: "\"\""))
        #expect(report.only(.emptyValue).map(\.arguments["key"]) == ["menu.close"])
        #expect(report.only(.emptyValue).first?.location.range.start == .init(line: 4, column: 10))
        let null = try run(Self.clean.replacingOccurrences(of: " Aizvērt", with: ""))
        #expect(null.only(.emptyValue).count == 1)
        #expect(null.only(.missingKey) == [])
        // Near miss: a value of one space-like character that is not white space.
        let fine = try run(Self.clean.replacingOccurrences(of: "Aizvērt", with: "\"—\""))
        #expect(fine.only(.emptyValue) == [])
    }

    @Test func placeholderMismatch() throws {
        let report = try run(Self.clean.replacingOccurrences(of: "{name}", with: "{vards}"))
        let found = report.only(.placeholderMismatch)
        #expect(found.count == 1)
        #expect(found.first?.arguments["missing"] == "{name}")
        #expect(found.first?.arguments["extra"] == "{vards}")
        #expect(found.first?.location.range.start == .init(line: 1, column: 11))
        // Near miss: the same placeholder moved within the sentence.
        let fine = try run(Self.clean.replacingOccurrences(of: "\"Sveiki, {name}!\"", with: "\"{name}, sveiki!\""))
        #expect(fine.only(.placeholderMismatch) == [])
    }

    @Test func placeholdersComparedFormByForm() throws {
        let english = Self.english.replacingOccurrences(of: "\"{count} item\"", with: "\"One item in {folder}\"")
            .replacingOccurrences(of: "\"{count} items\"", with: "\"{count} items in {folder}\"")
        let clean = Self.clean.replacingOccurrences(of: "\"{count} vienumu\"", with: "\"{count} vienumu mapē {folder}\"")
            .replacingOccurrences(of: "\"{count} vienums\"", with: "\"{count} vienums mapē {folder}\"")
            .replacingOccurrences(of: "\"{count} vienumi\"", with: "\"{count} vienumi mapē {folder}\"")
        // Near miss: every form has {folder}; English `one` spells the number out, which is no mismatch.
        #expect(try run(clean, english: english).only(.placeholderMismatch) == [])
        // One form lost {folder}: the union of all forms still has it.
        let damaged = clean.replacingOccurrences(of: "\"{count} vienums mapē {folder}\"", with: "\"{count} vienums\"")
        let found = try run(damaged, english: english).only(.placeholderMismatch)
        #expect(found.map(\.arguments) == [["key": "items", "missing": "{folder}", "extra": ""]])
        #expect(found.first?.location.range.start == .init(line: 7, column: 8))
    }

    @Test func pluralCategoriesMissingAndUnused() throws {
        let latvian = Self.clean.replacingOccurrences(of: "  zero: \"{count} vienumu\"\n", with: "  few: \"{count} vienumi\"\n")
        let report = try run(latvian)
        let found = report.only(.pluralCategories)
        #expect(found.count == 2)
        let missing = found.first { $0.message == "plural-missing" }
        #expect(missing?.arguments["categories"] == "zero")
        #expect(missing?.severity == .error)
        let unused = found.first { $0.message == "plural-unused" }
        #expect(unused?.arguments["category"] == "few")
        #expect(unused?.severity == .warning)
        #expect(unused?.location.range.start == .init(line: 6, column: 8))
        // English-shaped forms (one, other) in the Latvian catalog lack only `zero`; nothing is unused.
        let englishShaped = try run(Self.english.replacingOccurrences(of: "Hello", with: "Sveiki"))
        #expect(englishShaped.only(.pluralCategories).map(\.message) == ["plural-missing"])
        // Near miss: exactly zero, one and other.
        #expect(try run(Self.clean).only(.pluralCategories) == [])
    }

    @Test func pluralExpectedWhereSourceHasForms() throws {
        let report = try run(Self.clean.replacingOccurrences(of: "items:\n  zero: \"{count} vienumu\"\n  one: \"{count} vienums\"\n  other: \"{count} vienumi\"\n",
                                                            with: "items: \"{count} vienumi\"\n"))
        #expect(report.only(.pluralCategories).map(\.message) == ["plural-expected"])
    }

    @Test func pluralFormThatCoversManyNumbersKeepsTheCount() throws {
        let report = try run(Self.clean.replacingOccurrences(of: "zero: \"{count} vienumu\"", with: "zero: \"Nav vienumu\""))
        let found = report.only(.pluralPlaceholder)
        #expect(found.map(\.arguments["category"]) == ["zero"])
        #expect(found.first?.location.range.start == .init(line: 6, column: 9))
        // Near miss: English `one` is the number 1 alone and may spell it out.
        let tree = Tree()
        tree.write("Locales/lv-LV.yml", Self.english)
        tree.write("Locales/en-GB.yml", Self.english.replacingOccurrences(of: "\"{count} item\"", with: "One item"))
        let english = try Checker(options: CheckOptions(paths: [tree.root], sourceLocale: "lv-LV")).run()
        #expect(english.only(.pluralPlaceholder) == [])
    }

    @Test func untranslatedExceptPlaceholdersAndBrands() throws {
        let report = try run(Self.clean.replacingOccurrences(of: "Atvērt failu", with: "Open the file"))
        let found = report.only(.untranslated)
        #expect(found.map(\.arguments["key"]) == ["menu.open"])
        #expect(found.first?.severity == .warning)
        // `brand` (Microsoft 365) and `separator` ( › ) are identical in the clean catalog and not reported.
        #expect(try run(Self.clean).only(.untranslated) == [])
    }

    @Test func missingSourceCatalog() throws {
        let tree = Tree()
        tree.write("Locales/lv-LV.yml", Self.clean)
        let report = try tree.check()
        #expect(report.only(.missingSource).count == 1)
    }

    /// Bad input ends in a finding at a place, never a crash or a hang.
    @Test func hostileCatalogs() throws {
        let deep = String(repeating: "[", count: 900) + String(repeating: "]", count: 900)
        let nested = try run("greeting: \(deep)\n")
        #expect(nested.only(.localeSyntax).count == 1)
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { bomb += "b\(i): &b\(i) [*\(i == 1 ? "a" : "b\(i - 1)"), *\(i == 1 ? "a" : "b\(i - 1)"), *\(i == 1 ? "a" : "b\(i - 1)"), *\(i == 1 ? "a" : "b\(i - 1)"), *\(i == 1 ? "a" : "b\(i - 1)"), *\(i == 1 ? "a" : "b\(i - 1)"), *\(i == 1 ? "a" : "b\(i - 1)"), *\(i == 1 ? "a" : "b\(i - 1)"), *\(i == 1 ? "a" : "b\(i - 1)"), *\(i == 1 ? "a" : "b\(i - 1)")]\n" }
        let bombed = try run(bomb)
        #expect(bombed.findings.count < 100)
        let invalid = Tree()
        invalid.write("Locales/en-US.yml", Self.english)
        let path = invalid.root + "/Locales/lv-LV.yml"
        FileManager.default.createFile(atPath: path, contents: Data([0x61, 0x3A, 0x20, 0xC3, 0x28, 0x0A]))
        let report = try invalid.check()
        // The first byte that is not UTF-8: "a: " then 0xC3 0x28.
        #expect(report.only(.localeSyntax).map(\.location.range.start) == [.init(line: 1, column: 4)])
    }

    /// A key nested past the limit is reported at its place and left out; the rest of the
    /// catalog is still checked (here: a key it lacks), as the catalog reader does at run time.
    @Test func aKeyNestedTooDeepIsLeftOutAndTheRestChecked() throws {
        var deep = "deep:\n"
        for level in 1...40 { deep += String(repeating: "  ", count: level) + "k\(level):\n" }
        deep += String(repeating: "  ", count: 41) + "leaf: x\n"
        let latvian = Self.clean.replacingOccurrences(of: "  close: Aizvērt\n", with: "") + deep
        let report = try run(latvian)
        #expect(report.findings.filter { $0.messageKey.hasSuffix("key-too-deep") }.count == 1)
        #expect(report.only(.missingKey).map { $0.arguments["key"] } == ["menu.close"])
    }
}
