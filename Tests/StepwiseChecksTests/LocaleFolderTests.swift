import Testing
@testable import StepwiseChecks

/// Which folder names a translation's locale, and which locales `--locale` picks.
@Suite struct LocaleFolderTests {
    @Test func onlyRealLocaleTagsNameTheFolder() {
        #expect(CheckInputs.article("/r/lv-LV/add-ins/x.md").folderLocale == "lv-LV")
        #expect(CheckInputs.article("/r/lv-LV/ui/js/x.md").folderLocale == "lv-LV")
        #expect(CheckInputs.article("/r/zh-Hans/a.md").folderLocale == "zh-Hans")
        #expect(CheckInputs.article("/r/sr-Latn-RS/a.md").folderLocale == "sr-Latn-RS")
        // The outermost locale folder wins: `how-to` has the shape but sits inside `lv-LV`.
        let nested = CheckInputs.article("/r/lv-LV/how-to/x.md")
        #expect(nested.folderLocale == "lv-LV")
        #expect(nested.root == "/r")
        #expect(nested.relative == "how-to/x.md")
        // Near misses: words and bare languages name no locale.
        for path in ["/r/ui/x.md", "/r/js/x.md", "/r/add-ins/x.md", "/r/api/x.md", "/r/lv/x.md"] {
            #expect(CheckInputs.article(path).folderLocale == nil, "\(path)")
        }
    }

    @Test func translationsInLocaleLikeSubfoldersPairWithTheirSources() throws {
        let tree = Tree()
        // Each folder's articles have ids of their own: one id in two sources pairs nothing.
        for folder in ["how-to", "add-ins", "ui"] {
            func own(_ text: String) -> String {
                text.replacingOccurrences(of: "ms.assetid: a1", with: "ms.assetid: a1-\(folder)")
                    .replacingOccurrences(of: "ms.assetid: g1", with: "ms.assetid: g1-\(folder)")
            }
            tree.write("en-US/\(folder)/x.md", own(Fixture.english))
            tree.write("en-US/\(folder)/guide.md", own(Fixture.guideEnglish))
            tree.write("lv-LV/\(folder)/x.md", own(Fixture.latvian))
            tree.write("lv-LV/\(folder)/guide.md", own(Fixture.guideLatvian))
        }
        let report = try tree.check()
        #expect(report.findings == [])
        #expect(report.articlesChecked == 6)
    }

    @Test func localeFilterMatchesByLanguage() throws {
        let tree = Fixture.tree(Fixture.replacing("`Add`", "`Pievienot`"))
        let lv = try tree.check(locales: ["lv"])
        #expect(lv.articlesChecked == 2)
        #expect(lv.places == ["code@11:14"])
        #expect(try tree.check(locales: ["LV-lv"]).articlesChecked == 2)
        // Near miss: another language checks nothing.
        let de = try tree.check(locales: ["de"])
        #expect(de.articlesChecked == 0)
        #expect(de.findings == [])
    }

    @Test func sourceCatalogIsNotCountedAsChecked() throws {
        let tree = Tree()
        tree.write("Locales/en-US.yml", "a: Open\n")
        tree.write("Locales/lv-LV.yml", "a: Atvērt\n")
        #expect(try tree.check().catalogsChecked == 1)
        #expect(try tree.check(locales: ["lv"]).catalogsChecked == 1)
        #expect(try tree.check(locales: ["de"]).catalogsChecked == 0)
    }
}
