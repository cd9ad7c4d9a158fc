import Testing
@testable import StepwiseArticle

@Suite struct SeedArticleTests {
    let article: Article

    init() throws {
        article = try ArticleParser(options: .init(calloutLabels: testLabels))
            .parse(contentsOf: packageRoot + "/Content/lv-LV/activate-or-reactivate-a-subscription.md")
    }

    @Test func frontMatterIsTyped() {
        #expect(article.frontMatter.assetID == "2d59f23f-7aad-4b57-9039-0bd2bbf929a3")
        #expect(article.frontMatter.contentLocale == "lv-LV")
        #expect(article.frontMatter.translationType == "MT")
        #expect(article.frontMatter.title == "Abonementa aktivizēšana vai atkārtota aktivizēšana")
        #expect(article.frontMatter["ms.custom"] == .list([.string("1500028"), .string("482")]))
        #expect(article.frontMatter.lineCount == 22)
        #expect(article.frontMatter.position(of: "ms.assetid") == SourcePosition(line: 12, column: 1))
    }

    @Test func headingKeepsEnglishAnchorAndTrueLine() throws {
        guard case .heading(let h) = article.blocks.first else { Issue.record("no heading first"); return }
        #expect(h.anchor == "activate-or-reactivate-a-subscription")
        #expect(h.inlines.plainText == "Abonementa aktivizēšana vai atkārtota aktivizēšana")
        #expect(h.range.start == SourcePosition(line: 23, column: 1))
    }

    @Test func importantAlertInsideStepThree() throws {
        let lists = article.blocks.compactMap { if case .list(let l) = $0, l.isOrdered { l } else { nil } }
        #expect(lists.count == 2)
        let step3 = lists[0].items[2]
        guard case .callout(let c)? = step3.children.last else { Issue.record("no callout in step 3"); return }
        #expect(c.kind == .important)
        #expect(c.style == .alert)
        #expect(c.range.start.line == 38)
        #expect(c.range.start.column == 5)
        let links = allInlines(of: c.children).compactMap { if case .link(let l) = $0 { l.destination } else { nil } }
        #expect(links == ["/microsoft-365/admin/contact-support-for-business-products"])
    }

    @Test func uiPathsWithEmptySegmentsAreKept() {
        let paths = allInlines(of: article.blocks).compactMap { if case .uiPath(let p) = $0 { p } else { nil } }
        #expect(paths.count == 2)
        #expect(paths.allSatisfy { $0.hasEmptySegment })
        #expect(paths[0].segments.map(\.inlines.plainText) == ["", "Fails Office Konts"])
        #expect(paths[1].segments.map(\.inlines.plainText) == ["", "Norēķini jūsu"])
        #expect(paths[1].range.start.line == 35)
    }

    @Test func columnsCountCharactersNotBytes() {
        // Line 36: `2. Cilnē **Produkti** …`: "Cilnē " is 6 characters but 7 bytes.
        let strongs = allInlines(of: article.blocks).compactMap { if case .strong(let s) = $0, s.range.start.line == 36 { s } else { nil } }
        #expect(strongs.first?.range.start.column == 10)
    }
}
