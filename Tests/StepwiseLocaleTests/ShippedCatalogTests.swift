import Foundation
import Testing
@testable import StepwiseLocale

/// Checks the catalogs shipped with the program (`Sources/StepwiseLocale/Catalogs/`) against each other.
struct ShippedCatalogTests {
    static let localesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // StepwiseLocaleTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Sources/StepwiseLocale/Catalogs", isDirectory: true)

    let english: Catalog
    let latvian: Catalog

    init() throws {
        english = try LocaleFolder.loadCatalog("en-US", in: Self.localesFolder)
        latvian = try LocaleFolder.loadCatalog("lv-LV", in: Self.localesFolder)
    }

    @Test func bothCatalogsAreShipped() {
        let available = LocaleFolder.availableLocales(in: Self.localesFolder)
        #expect(available.contains("en-US"))
        #expect(available.contains("lv-LV"))
    }

    @Test func loadWithoutIssues() {
        #expect(english.issues == [])
        #expect(latvian.issues == [])
        #expect(english.entries.count > 40)
    }

    @Test func sameKeysInBoth() {
        let englishKeys = Set(english.keys), latvianKeys = Set(latvian.keys)
        #expect(englishKeys.subtracting(latvianKeys).sorted() == [], "missing in lv-LV")
        #expect(latvianKeys.subtracting(englishKeys).sorted() == [], "missing in en-US")
    }

    @Test func sameKindOfEntry() {
        for key in english.keys {
            guard let lv = latvian[key], let en = english[key] else { continue }
            switch (en, lv) {
            case (.text, .text), (.plural, .plural), (.list, .list): break
            default: Issue.record("\(key): en-US has \(en), lv-LV has \(lv)")
            }
        }
    }

    @Test func samePlaceholders() {
        for key in english.keys {
            guard let lv = latvian[key], let en = english[key] else { continue }
            #expect(en.placeholderNames == lv.placeholderNames, "\(key)")
            if case .plural(let forms) = lv {
                for (category, form) in forms {
                    #expect(Placeholders.names(in: form) == en.placeholderNames, "\(key).\(category)")
                }
            }
        }
    }

    @Test func pluralEntriesHaveExactlyTheRequiredCategories() {
        for catalog in [english, latvian] {
            let required = PluralRules.requiredCategories(for: catalog.language)
            for key in catalog.keys {
                if case .plural(let forms) = catalog[key] {
                    #expect(Set(forms.keys) == required, "\(catalog.locale) \(key)")
                }
            }
        }
    }

    @Test func noEmptyStrings() {
        for catalog in [english, latvian] {
            for key in catalog.keys {
                let strings = catalog[key]?.allStrings ?? []
                #expect(!strings.isEmpty, "\(catalog.locale) \(key)")
                for string in strings {
                    #expect(!string.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalog.locale) \(key)")
                }
            }
        }
    }

    @Test func requiredKeysExist() {
        let kinds = ["note", "tip", "important", "caution", "warning"]
        var keys = kinds.map { "callout.title.\($0)" } + kinds.map { "callout.labels.\($0)" }
        keys += ["show.links-heading", "show.step-label", "show.task-label", "show.ui-path-separator",
                 "show.video", "show.image", "show.table-empty",
                 "list.header.slug", "list.header.title", "list.header.locales", "list.header.tasks",
                 "list.header.steps", "list.tasks", "list.steps", "list.empty",
                 "error.prefix", "warning.prefix", "note.prefix",
                 "flow.end", "flow.choose-task", "flow.step-counter", "flow.escape-label"]
        keys += ["unreadable", "invalid-utf8", "front-matter-syntax", "front-matter-unclosed",
                 "front-matter-not-map", "too-large", "too-deep", "include-missing", "include-outside-root",
                 "include-cycle", "include-too-deep", "cmark-failed",
                 "article-not-found", "locale-not-found", "bad-option"].map { "error.\($0)" }
        for key in keys {
            #expect(english[key] != nil, "en-US \(key)")
        }
    }

    @Test func latvianReadsNaturally() throws {
        let l = Localizer(catalog: latvian, fallback: english)
        #expect(l.plural("list.tasks", count: 0) == "0 uzdevumu")
        #expect(l.plural("list.tasks", count: 1) == "1 uzdevums")
        #expect(l.plural("list.tasks", count: 2) == "2 uzdevumi")
        #expect(l.plural("list.steps", count: 10) == "10 soļu")
        #expect(l.plural("list.steps", count: 21) == "21 solis")
        #expect(l.plural("list.steps", count: 3) == "3 soļi")
        #expect(l.plural("flow.step-counter", count: 11, ["number": "2"]) == "2. solis no 11")
        #expect(l.string("show.ui-path-separator") == " › ")
        #expect(l.string("callout.title.important") == "Svarīgi")
        #expect(l.list("callout.labels.note").contains("Piezīme"))
        let en = Localizer(catalog: english)
        #expect(en.plural("flow.step-counter", count: 1, ["number": "1"]) == "Step 1 of 1")
        #expect(en.plural("list.tasks", count: 1) == "1 task")
        #expect(en.string("error.article-not-found", ["article": "a", "content": "Content"]) == "no article 'a' in Content")
    }

    @Test func calloutLabelsAreDistinctAcrossKinds() {
        for catalog in [english, latvian] {
            var seen: [String: String] = [:]
            for kind in ["note", "tip", "important", "caution", "warning"] {
                guard case .list(let labels) = catalog["callout.labels.\(kind)"] else {
                    Issue.record("\(catalog.locale) callout.labels.\(kind) is not a list")
                    continue
                }
                #expect(!labels.isEmpty)
                for label in labels {
                    if let other = seen.updateValue(kind, forKey: label.lowercased()) {
                        Issue.record("\(catalog.locale): '\(label)' labels both \(other) and \(kind)")
                    }
                }
            }
        }
    }
}
