import Foundation
import Testing
@testable import StepwiseChecks

/// Catalog files as real projects have them at their edges: each case here once gave a wrong
/// answer, a hang or a flood of findings.
struct CatalogEdgeCaseTests {
    func check(_ files: [String: String]) throws -> CheckReport {
        let tree = Tree()
        for (path, text) in files { tree.write(path, text) }
        return try tree.check()
    }

    @Test func stringCatalogEndingInABackslashIsAnErrorNotAHang() throws {
        let report = try check(["Localizable.xcstrings": "{\"sourceLanguage\": \"en\", \"strings\": {\"a\\"])
        #expect(report.places == ["locale-syntax@1:38"])
        #expect(report.findings.first?.message == "error.catalog.unterminated")
    }

    /// Russian, like Polish and Czech, gives `other` only to decimals: a PO file's three forms
    /// are one, few and many, and no `other` is missing.
    @Test func slavicPOFilesNeedOnlyTheFormsIntegersReach() throws {
        let russian = """
        msgid ""
        msgstr ""
        "Language: ru\\n"
        "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

        #, c-format
        msgid "%d file"
        msgid_plural "%d files"
        msgstr[0] "%d файл"
        msgstr[1] "%d файла"
        msgstr[2] "%d файлов"

        """
        #expect(try check(["ru.po": russian]).findings == [])
        // gettext's modifiers are not the language: `sr@latin` has Serbian's rules (one, few,
        // other), so a two-form entry lacks `few`.
        let serbian = russian.replacingOccurrences(of: "Language: ru", with: "Language: sr@latin")
            .replacingOccurrences(of: "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
                                  with: "nplurals=2; plural=(n != 1);").replacingOccurrences(of: "msgstr[2] \"%d файлов\"\n", with: "")
        let found = try check(["sr@latin.po": serbian]).only(.pluralCategories)
        #expect(found.map(\.message) == ["plural-missing"])
        #expect(found.first?.arguments["language"] == "sr")
    }

    @Test func translationMemorySuggestionsAreNotTheUnit() throws {
        let xliff = """
        <?xml version="1.0"?>
        <xliff version="1.2"><file source-language="en" target-language="lv" datatype="plaintext"><body>
        <trans-unit id="a"><source>Save %@</source><target state="translated">Saglabāt %@</target>
        <alt-trans match-quality="80"><source>Save %@ now</source><target>Save</target></alt-trans></trans-unit>
        </body></file></xliff>
        """
        #expect(try check(["lv.xliff": xliff]).findings == [])
        // A target still in state `new` is reported, text or not.
        let fresh = xliff.replacingOccurrences(of: "state=\"translated\"", with: "state=\"new\"")
        #expect(try check(["lv.xliff": fresh]).findings.map(\.message) == ["state-new"])
    }

    @Test func aSingleSectionStepwiseCatalogIsNotRails() throws {
        let report = try check(["Locales/en-US.yml": "ui:\n  open: Open\n", "Locales/lv-LV.yml": "ui:\n  open: Atvērt\n"])
        #expect(report.findings == [])
        #expect(report.catalogsChecked == 1)
        // YAML named like a Rails file that is not one is no catalog, broken or not.
        let other = try check(["ci.yml": "jobs: [\n", "api.yml": "paths:\n  /a: {}\n"])
        #expect(other.findings == [])
        #expect(other.catalogsChecked == 0)
    }

    @Test func twoTemplatesAndNoDomainPairNothing() throws {
        let po = "msgid \"\"\nmsgstr \"Language: lv\\n\"\n\nmsgid \"Open\"\nmsgstr \"Atvērt\"\n"
        let pot = { (id: String) in "msgid \"\"\nmsgstr \"\"\n\nmsgid \"\(id)\"\nmsgstr \"\"\n" }
        #expect(try check(["po/lv.po": po, "po/a.pot": pot("Close"), "po/b.pot": pot("Quit")]).findings == [])
        // The POT named after the PO's domain wins.
        let paired = try check(["po/app.po": po, "po/app.pot": pot("Close"), "po/b.pot": pot("Quit")])
        #expect(Set(paired.findings.map(\.check)) == [.missingKey, .extraKey])
    }

    @Test func stringCatalogLanguagesVaryByPluralOnTheirOwn() throws {
        let catalog = """
        {"sourceLanguage": "en", "version": "1.0", "strings": {
          "%lld files": {"localizations": {
            "en": {"variations": {"plural": {"one": {"stringUnit": {"state": "translated", "value": "%lld file"}},
                                             "other": {"stringUnit": {"state": "translated", "value": "%lld files"}}}}},
            "ja": {"stringUnit": {"state": "translated", "value": "%lld 個のファイル"}}}},
          "Page %lld of %lld": {"localizations": {
            "lv": {"variations": {"plural": {"zero": {"stringUnit": {"state": "translated", "value": "%lld. lapa no %lld"}},
                                             "one": {"stringUnit": {"state": "translated", "value": "%lld. lapa no %lld"}},
                                             "other": {"stringUnit": {"state": "translated", "value": "%lld. lapa no %lld"}}}}}}},
          "a|b": {"localizations": {"lv": {"stringUnit": {"state": "translated", "value": "a|b lv"}}}}
        }}
        """
        let report = try check(["Localizable.xcstrings": catalog])
        #expect(report.findings.filter { $0.check != .untranslated && $0.check != .translationState } == [])
        // The second %lld of a plural form is not its count: losing it is reported.
        let lost = try check(["Localizable.xcstrings": catalog.replacingOccurrences(of: "\"zero\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%lld. lapa no %lld\"}}",
                                                                                     with: "\"zero\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%lld. lapa\"}}")])
        #expect(lost.only(.placeholderMismatch).count == 1)
    }

    /// A Rails language that sorts before the source (`de` before `en`) must not make the
    /// source be read first as something else; a BOM before `de:` is still Rails.
    @Test func railsSourceReadAsRailsWhateverComesFirst() throws {
        let english = "en:\n  greeting: \"Hello, %{name}!\"\n"
        let report = try check(["config/de.yml": "\u{FEFF}de:\n  greeting: \"Hallo, %{name}!\"\n", "config/en.yml": english,
                                "config/lv.yml": "lv:\n  greeting: \"Sveiki, %{name}!\"\n"])
        #expect(report.findings == [])
        #expect(report.catalogsChecked == 2)
        // Rails' `zero` is for the number 0 in any language, never unused.
        let zero = try check(["en.yml": "en:\n  n:\n    one: \"%{count} file\"\n    other: \"%{count} files\"\n",
                              "de.yml": "de:\n  n:\n    zero: \"Keine Dateien\"\n    one: \"%{count} Datei\"\n    other: \"%{count} Dateien\"\n"])
        #expect(zero.findings == [])
    }

    /// A Stepwise catalog may be named by its bare language when the source sits beside it.
    @Test func stepwiseCatalogNamedByItsLanguage() throws {
        let report = try check(["Locales/en-US.yml": "open: Open the file\n", "Locales/lv.yml": "open: Open the file\n"])
        #expect(report.findings.map(\.check) == [.untranslated])
        // Into the source's own language (en-GB from en-US) the same words are no finding.
        #expect(try check(["Locales/en-US.yml": "open: Open the file\n", "Locales/en-GB.yml": "open: Open the file\n"]).findings == [])
    }

    static let header = "msgid \"\"\nmsgstr \"\"\n"

    @Test func poHeaderFieldsInAnyOrderAndMajorityForms() throws {
        // Plural-Forms before Language: the forms are still read in Latvian's rules.
        let po = Self.header + "\"Plural-Forms: nplurals=3; plural=(n%10==0 || (n%100>=11 && n%100<=19) ? 0 : n%10==1 && n%100!=11 ? 1 : 2);\\n\"\n\"Language: lv\\n\"\n\n"
            + "msgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d failu\"\nmsgstr[1] \"%d fails\"\nmsgstr[2] \"%d faili\"\n"
        #expect(try check(["lv.po": po]).findings == [])
        // Portuguese `n != 1` puts 0 (CLDR one) with 2, 3… (other): a warning on the header,
        // and the entry's second form is still its `other`.
        let pt = Self.header + "\"Language: pt\\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
            + "msgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d arquivo\"\nmsgstr[1] \"%d arquivos\"\n"
        #expect(try check(["pt.po": pt]).findings.map(\.message) == ["plural-forms-differ"])
    }

    @Test func poInAnEightBitCharsetAndColumnsAfterEscapes() throws {
        let tree = Tree()
        // ISO-8859-2: "Zavřít" with ř as 0xF8.
        var bytes = Array((Self.header + "\"Content-Type: text/plain; charset=ISO-8859-2\\n\"\n\"Language: cs\\n\"\n\nmsgid \"Close\"\nmsgstr \"Zav").utf8)
        bytes += [0xF8] + Array("\u{69}t\"\n".utf8)
        _ = FileManager.default.createFile(atPath: tree.root + "/cs.po", contents: Data(bytes))
        #expect(try tree.check().findings == [])
        // Declared UTF-8 but not: the UTF-8 error at its byte, not a charset message.
        _ = FileManager.default.createFile(atPath: tree.root + "/cs.po", contents: Data(Array((Self.header + "\"Content-Type: text/plain; charset=UTF-8\\n\"\n").utf8) + [0xF8]))
        #expect(try tree.check().findings.map(\.message) == ["error.catalog.invalid-utf8"])
        // After an octal and a hex escape, a place on the line is still its own column (the `x`).
        let escaped = Self.header + "\"Language: lv\\n\"\n\nmsgid \"a\"\nmsgstr \"\\101\\x42\" x\n"
        let report = try check(["lv.po": escaped])
        #expect(report.places == ["locale-syntax@6:19"])
    }
}
