import Foundation
import Testing
@testable import StepwiseChecks

/// Each format `stepwise check` reads, with each check it can carry triggered at its exact
/// place and near-missed. The fixtures are written here, never copied from anywhere.
@Suite struct CatalogFormatCheckTests {
    func check(_ files: [String: String], locales: [String] = []) throws -> CheckReport {
        let tree = Tree()
        for (path, text) in files { tree.write(path, text) }
        return try tree.check(locales: locales)
    }

    // MARK: Rails YAML

    static let railsEnglish = """
    en:
      greeting: "Hello, %{name}!"
      inbox:
        one: "%{count} message"
        other: "%{count} messages"

    """

    @Test func railsCatalogsArePairedUnderTheirLocaleKey() throws {
        let clean = """
        lv:
          greeting: "Sveiki, %{name}!"
          inbox:
            zero: "%{count} ziņojumu"
            one: "%{count} ziņojums"
            other: "%{count} ziņojumi"

        """
        // Near miss: nothing is missing or extra once `lv:` and `en:` are read as the locale.
        let report = try check(["config/locales/en.yml": Self.railsEnglish, "config/locales/lv.yml": clean])
        #expect(report.findings == [])
        #expect(report.catalogsChecked == 1)
        // `%{name}` turned into `{name}` is another placeholder.
        let damaged = try check(["config/locales/en.yml": Self.railsEnglish,
                                 "config/locales/lv.yml": clean.replacingOccurrences(of: "%{name}", with: "{name}")])
        #expect(damaged.places == ["placeholder-mismatch@2:13"])
        #expect(damaged.findings.first?.arguments["missing"] == "%{name}")
        // A prefixed Rails file is paired with the prefixed source.
        let prefixed = try check(["devise.en.yml": Self.railsEnglish, "devise.lv.yml": clean.replacingOccurrences(of: "  greeting: \"Sveiki, %{name}!\"\n", with: "")])
        #expect(prefixed.places == ["missing-key@1:1"])
    }

    // MARK: Plural rules of every CLDR language

    @Test func polishNeedsFewAndMany() throws {
        let polish = """
        pl:
          greeting: "Cześć, %{name}!"
          inbox:
            one: "%{count} wiadomość"
            other: "%{count} wiadomości"

        """
        let report = try check(["en.yml": Self.railsEnglish, "pl.yml": polish])
        let found = report.only(.pluralCategories)
        #expect(found.map(\.message) == ["plural-missing"])
        #expect(found.first?.arguments["categories"] == "few, many")
        #expect(found.first?.arguments["numbers"] == "few: 2–4, 22–24, 32–34, 42–44, 52–54, 62, …; many: 0, 5–19, 100, 1000, 10000, 100000, …")
        #expect(found.first?.severity == .error)
        // French `many` (millions only) is a warning, not an error.
        let french = try check(["en.yml": Self.railsEnglish, "fr.yml": polish.replacingOccurrences(of: "pl:", with: "fr:")])
        #expect(french.only(.pluralCategories).map { "\($0.message) \($0.severity)" } == ["plural-optional warning"])
        // Japanese has only `other`: `one` is never used.
        let japanese = try check(["en.yml": Self.railsEnglish, "ja.yml": polish.replacingOccurrences(of: "pl:", with: "ja:")])
        #expect(japanese.only(.pluralCategories).map(\.message) == ["plural-unused"])
    }

    // MARK: gettext PO

    static let po = """
    # Latvian translation.
    msgid ""
    msgstr ""
    "Language: lv\\n"
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Plural-Forms: nplurals=3; plural=(n%10==0 || (n%100>=11 && n%100<=19) ? 0 : n%10==1 && n%100!=11 ? 1 : 2);\\n"

    #: src/main.c:10
    #, c-format
    msgid "Hello, %s!"
    msgstr "Sveiki, %s!"

    #, c-format
    msgid "%d file"
    msgid_plural "%d files"
    msgstr[0] "%d failu"
    msgstr[1] "%d fails"
    msgstr[2] "%d faili"

    msgctxt "menu"
    msgid "Open"
    msgstr "Atvērt"

    """

    @Test func poFileIsCheckedAgainstItsMsgids() throws {
        let report = try check(["po/lv.po": Self.po])
        #expect(report.findings == [])
        #expect(report.catalogsChecked == 1)
        // `%s` turned into `%1$@ %2$@`: another type and an added argument.
        let damaged = try check(["po/lv.po": Self.po.replacingOccurrences(of: "msgstr \"Sveiki, %s!\"", with: "msgstr \"Sveiki, %1$@ %2$@!\"")])
        #expect(damaged.places == ["placeholder-mismatch@11:8", "placeholder-mismatch@11:8"])
        #expect(Set(damaged.findings.map(\.message)) == ["placeholder-mismatch", "placeholder-type"])
        // Reordered without positions.
        let swapped = try check(["po/lv.po": Self.po.replacingOccurrences(of: "#, c-format\nmsgid \"Hello, %s!\"\nmsgstr \"Sveiki, %s!\"",
                                                                          with: "#, c-format\nmsgid \"%s has %d\"\nmsgstr \"%d ir %s\"")])
        #expect(swapped.findings.map(\.message) == ["placeholder-order"])
        // Near miss: the same reordering with positions is what printf allows.
        let positioned = try check(["po/lv.po": Self.po.replacingOccurrences(of: "#, c-format\nmsgid \"Hello, %s!\"\nmsgstr \"Sveiki, %s!\"",
                                                                             with: "#, c-format\nmsgid \"%s has %d\"\nmsgstr \"%2$d ir %1$s\"")])
        #expect(positioned.findings == [])
        // Without c-format nothing is read as printf (msgfmt's rule).
        let unflagged = try check(["po/lv.po": Self.po.replacingOccurrences(of: "#, c-format\nmsgid \"Hello, %s!\"\nmsgstr \"Sveiki, %s!\"",
                                                                            with: "msgid \"Hello, %s!\"\nmsgstr \"Sveiki!\"")])
        #expect(unflagged.findings == [])
    }

    /// Windows line ends: "\r\n" is one Character, so lines must be split on bytes.
    @Test func crlfFilesReadLineByLine() throws {
        let crlf = { (s: String) in s.replacingOccurrences(of: "\n", with: "\r\n") }
        #expect(try check(["po/lv.po": crlf(Self.po)]).findings == [])
        let damaged = crlf(Self.po.replacingOccurrences(of: "msgstr \"Sveiki, %s!\"", with: "msgstr \"Sveiki!\""))
        #expect(try check(["po/lv.po": damaged]).places == ["placeholder-mismatch@11:8"])
        let yaml = try check(["Locales/en-US.yml": crlf("a: \"Name: \"\n"), "Locales/lv-LV.yml": crlf("# stepwise-ignore: whitespace\na: \"Vārds:\"\n")])
        #expect(yaml.findings == [])
    }

    @Test func poStatesAreReportedByState() throws {
        let fuzzy = Self.po.replacingOccurrences(of: "#, c-format\nmsgid \"Hello", with: "#, fuzzy, c-format\nmsgid \"Hello")
            .replacingOccurrences(of: "msgstr \"Atvērt\"", with: "msgstr \"\"")
        let report = try check(["po/lv.po": fuzzy])
        #expect(report.findings.map { "\($0.message)@\($0.location.range.start.line)" } == ["state-needs-review@10", "state-new@22"])
        #expect(report.findings.allSatisfy { $0.check == .translationState && $0.severity == .warning })
    }

    @Test func gnuLatvianPluralFormsDisagreesWithCLDR() throws {
        // GNU projects' Latvian formula gives 10–20 the form of 2–9; CLDR gives them `zero`.
        let gnu = Self.po.replacingOccurrences(of: "plural=(n%10==0 || (n%100>=11 && n%100<=19) ? 0 : n%10==1 && n%100!=11 ? 1 : 2);",
                                               with: "plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);")
        let report = try check(["po/lv.po": gnu])
        let found = report.only(.pluralForms)
        #expect(found.map(\.message) == ["plural-forms-differ"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.arguments["number"] == "10")
        #expect(found.first?.location.range.start.line == 3)
        // A plural entry with fewer msgstr than nplurals.
        let short = Self.po.replacingOccurrences(of: "msgstr[2] \"%d faili\"\n", with: "")
        #expect(try check(["po/lv.po": short]).only(.pluralForms).map(\.message) == ["plural-form-count"])
    }

    @Test func poAgainstItsTemplate() throws {
        let pot = """
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=UTF-8\\n"

        #, c-format
        msgid "Hello, %s!"
        msgstr ""

        msgid "Save"
        msgstr ""

        """
        let report = try check(["po/app.pot": pot, "po/lv.po": Self.po])
        #expect(Set(report.findings.map(\.message)) == ["missing-key", "extra-key"])
        #expect(report.only(.missingKey).first?.arguments["key"] == "Save")
    }

    @Test func poSyntaxErrorsAreLocatedAndOtherFilesStillChecked() throws {
        let broken = Self.po.replacingOccurrences(of: "msgstr \"Atvērt\"", with: "msgstr Atvērt")
        let report = try check(["po/lv.po": broken, "Locales/en-US.yml": "a: b\n", "Locales/lv-LV.yml": "a: b\n"])
        #expect(report.places.contains("locale-syntax@22:8"))
        #expect(report.places.contains("untranslated@1:4"))
    }

    // MARK: XLIFF

    static let xliff12 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
      <file original="Localizable.strings" source-language="en" target-language="lv" datatype="plaintext">
        <body>
          <trans-unit id="greeting">
            <source>Hello, %@!</source>
            <target state="translated">Sveiki, %@!</target>
          </trans-unit>
          <trans-unit id="bold" maxwidth="20" size-unit="char">
            <source>Press <g id="1">Save</g> now</source>
            <target state="translated">Spiediet <g id="1">Saglabāt</g></target>
            <note>Button hint</note>
          </trans-unit>
        </body>
      </file>
    </xliff>

    """

    @Test func xliff12UnitsAreChecked() throws {
        #expect(try check(["lv.xliff": Self.xliff12]).findings == [])
        // An inline code lost, and a target past its maxwidth.
        let damaged = Self.xliff12.replacingOccurrences(of: "Spiediet <g id=\"1\">Saglabāt</g>", with: "Spiediet pogu Saglabāt tūlīt pat")
        let report = try check(["lv.xliff": damaged])
        #expect(report.places == ["tags@11:35", "length@11:35"])
        // A suppression in the unit's note.
        let ignored = damaged.replacingOccurrences(of: "<note>Button hint</note>", with: "<note>stepwise-ignore: length</note>")
        #expect(try check(["lv.xliff": ignored]).places == ["tags@11:35"])
        // needs-review-translation is a state to report.
        let review = Self.xliff12.replacingOccurrences(of: "<target state=\"translated\">Sveiki", with: "<target state=\"needs-review-translation\">Sveiki")
        #expect(try check(["lv.xliff": review]).findings.map(\.message) == ["state-needs-review"])
    }

    @Test func xliff20Segments() throws {
        let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="lv">
          <file id="f1">
            <unit id="u1">
              <segment state="translated">
                <source>Delete {count} files?</source>
                <target>Dzēst {count} failus?</target>
              </segment>
            </unit>
            <unit id="u2">
              <segment state="initial">
                <source>Cancel</source>
              </segment>
            </unit>
          </file>
        </xliff>

        """
        let report = try check(["app.xlf": xliff])
        #expect(report.findings.map(\.message) == ["state-new"])
        let damaged = try check(["app.xlf": xliff.replacingOccurrences(of: "Dzēst {count} failus?", with: "Dzēst failus? ")])
        #expect(Set(damaged.findings.map(\.message)) == ["placeholder-mismatch", "whitespace", "state-new"])
        // Malformed XML: located, and the file beside it still checked.
        let broken = try check(["app.xlf": xliff.replacingOccurrences(of: "</unit>\n    <unit id=\"u2\">", with: "\n    <unit id=\"u2\">"),
                                "lv.xliff": Self.xliff12.replacingOccurrences(of: "Sveiki, %@!", with: "Sveiki!")])
        #expect(broken.only(.localeSyntax).count == 1)
        #expect(broken.only(.localeSyntax).first?.location.hasPosition == true)
        #expect(broken.only(.placeholderMismatch).count == 1)
    }

    // MARK: String Catalogs

    static let xcstrings = """
    {
      "sourceLanguage" : "en",
      "strings" : {
        "%lld items" : {
          "localizations" : {
            "en" : {
              "variations" : {
                "plural" : {
                  "one" : { "stringUnit" : { "state" : "translated", "value" : "%lld item" } },
                  "other" : { "stringUnit" : { "state" : "translated", "value" : "%lld items" } }
                }
              }
            },
            "lv" : {
              "variations" : {
                "plural" : {
                  "zero" : { "stringUnit" : { "state" : "translated", "value" : "%lld vienumu" } },
                  "one" : { "stringUnit" : { "state" : "translated", "value" : "%lld vienums" } },
                  "other" : { "stringUnit" : { "state" : "translated", "value" : "%lld vienumi" } }
                }
              }
            }
          }
        },
        "Hello, %@!" : {
          "comment" : "Greeting on the start screen",
          "localizations" : {
            "lv" : { "stringUnit" : { "state" : "translated", "value" : "Sveiki, %@!" } }
          }
        },
        "Not shown" : {
          "shouldTranslate" : false
        }
      },
      "version" : "1.0"
    }

    """

    @Test func stringCatalogLanguagesAgainstTheSourceLanguage() throws {
        let report = try check(["Localizable.xcstrings": Self.xcstrings])
        #expect(report.findings == [])
        #expect(report.catalogsChecked == 1)
        // A lost zero form, a `%@` turned into `%d`, each at its value.
        let damaged = Self.xcstrings
            .replacingOccurrences(of: "\"zero\" : { \"stringUnit\" : { \"state\" : \"translated\", \"value\" : \"%lld vienumu\" } },\n", with: "")
            .replacingOccurrences(of: "\"Sveiki, %@!\"", with: "\"Sveiki, %d!\"")
        let found = try check(["Localizable.xcstrings": damaged])
        #expect(found.places == ["plural-categories@4:5", "placeholder-mismatch@27:69"])
        #expect(found.findings.first?.arguments["numbers"] == "zero: 0, 10–20, 30, 40, 50, 60, …")
        // The key's comment can suppress a finding.
        let ignored = damaged.replacingOccurrences(of: "Greeting on the start screen", with: "stepwise-ignore: placeholder-mismatch")
        #expect(try check(["Localizable.xcstrings": ignored]).places == ["plural-categories@4:5"])
        // A language that does not localize a key lacks it; needs_review is a state.
        let partial = Self.xcstrings.replacingOccurrences(of: "\"lv\" : { \"stringUnit\" : { \"state\" : \"translated\", \"value\" : \"Sveiki, %@!\" } }",
                                                          with: "\"de\" : { \"stringUnit\" : { \"state\" : \"needs_review\", \"value\" : \"Hallo, %@!\" } }")
        let partialReport = try check(["Localizable.xcstrings": partial])
        #expect(partialReport.findings.map { "\($0.message) \($0.arguments["key"] ?? "")" }.sorted()
                == ["state-needs-review Hello, %@!", "state-new %lld items", "state-new Hello, %@!"])
    }

    @Test func malformedJSONIsLocated() throws {
        let report = try check(["Localizable.xcstrings": Self.xcstrings.replacingOccurrences(of: "\"version\" : \"1.0\"", with: "\"version\" : 1.0,")])
        #expect(report.places == ["locale-syntax@36:1"])
        #expect(report.findings.first?.message == "error.catalog.unexpected")
    }

    @Test func truncatedEmptyAndBinaryFilesAreSyntaxErrors() throws {
        let truncated = String(Self.xcstrings.prefix(200))
        let files = ["a/Localizable.xcstrings": truncated, "b/lv.po": String(Self.po.prefix(120)), "c/lv.xliff": "",
                     "d/lv.xliff": String(Self.xliff12.prefix(300)), "e/lv.po": "", "f/Localizable.xcstrings": "", "g/lv.po": "# only a comment\n"]
        let report = try check(files)
        #expect(report.only(.localeSyntax).count == 7)
        #expect(report.only(.localeSyntax).allSatisfy { $0.location.hasPosition })
        let tree = Tree()
        let binary = tree.root + "/lv.po"
        FileManager.default.createFile(atPath: binary, contents: Data([0x6D, 0x73, 0x67, 0xFF, 0xFE, 0x00]))
        #expect(try tree.check().places == ["locale-syntax@1:4"])
    }
}
