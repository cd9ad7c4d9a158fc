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
        // gettext's modifiers are not the language: `sr@latin` has Serbian's rules.
        let serbian = russian.replacingOccurrences(of: "Language: ru", with: "Language: sr@latin")
        #expect(try check(["sr@latin.po": serbian]).findings == [])
    }

    @Test func translationMemorySuggestionsAreNotTheUnit() throws {
        let xliff = """
        <?xml version="1.0"?>
        <xliff version="1.2"><file source-language="en" target-language="lv" datatype="plaintext"><body>
        <trans-unit id="a"><source>Save %@</source><target state="translated">Saglabāt %@</target>
        <alt-trans match-quality="80"><source>Save</source><target>Saglabāt</target></alt-trans></trans-unit>
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
        let paired = try check(["po/app.po": po.replacingOccurrences(of: "lv\\n", with: "lv\\n"), "po/app.pot": pot("Close"), "po/b.pot": pot("Quit")])
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
}
