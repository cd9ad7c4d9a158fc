import StepwiseArticle
import Testing
@testable import StepwiseFlow

@Suite struct ContentAndLinkTests {
    @Test func calloutWithLinkInAStepGivesAnEscapeEdge() {
        let graph = build(article(ol(items: [
            [para("Open Billing.")],
            [para("Select Reactivate."),
             callout(.important, para(text("If it is missing, "), link("call support", "/microsoft-365/admin/contact-support-for-business-products"), text(".")))],
            [para("Save.")],
        ])), knownSlugs: ["contact-support-for-business-products"])

        let step = graph.node("t1.s2")
        #expect(step?.text == "Select Reactivate.")
        #expect(step?.links.isEmpty == true)
        #expect(step?.callouts.count == 1)
        #expect(step?.callouts[0].kind == .important)
        #expect(step?.callouts[0].text == "If it is missing, call support.")
        #expect(step?.callouts[0].links.map(\.target) == ["contact-support-for-business-products"])
        #expect(graph.edgeList.contains("t1.s2 -escape-> x.contact-support-for-business-products"))
        #expect(graph.edges.first { $0.kind == .escape }?.label == "call support")
        let external = graph.node("x.contact-support-for-business-products")
        #expect(external?.kind == .external)
        #expect(external?.links.first?.url == "https://learn.microsoft.com/microsoft-365/admin/contact-support-for-business-products")
        #expect(graph.validate().isEmpty)
    }

    @Test func calloutWithoutLinkGivesNoEdge() {
        let graph = build(article(ol(items: [[para("a"), callout(.note, para("Just a remark."))]])))
        #expect(graph.edgeList == ["t1.s1 -next-> end"])
    }

    @Test func escapeToAnAbsoluteURLGetsAnExternalNode() {
        let graph = build(article(ol(items: [[para("a"), callout(.warning, para(link("help", "https://support.microsoft.com/lv-lv/office/help-1234?ui=lv-LV&rs=lv-LV&ad=LV")))]])))
        #expect(graph.edgeList.contains("t1.s1 -escape-> x.help-1234"))
        #expect(graph.node("x.help-1234")?.links.first?.target == nil)
    }

    @Test func bodyLinkToAKnownArticleGivesAJumpEdge() {
        let graph = build(article(ol(
            items: [[para(text("First "), link("reset the password", "../users/reset-passwords.md#top"), text("."))],
                    [para(text("See "), link("the overview", "https://learn.microsoft.com/en-us/microsoft-365/admin/reset-passwords"))],
                    [para(link("this page", "#step-3"))],
                    [para(link("myself", "sample.md"))]])),
            knownSlugs: ["reset-passwords", "sample"])

        #expect(graph.edgeList == [
            "t1.s1 -next-> t1.s2", "t1.s1 -jump-> x.reset-passwords",
            "t1.s2 -next-> t1.s3", "t1.s3 -next-> t1.s4", "t1.s4 -next-> end",
        ])
        let first = graph.node("t1.s1")?.links.first
        #expect(first?.target == "reset-passwords")
        #expect(first?.href == "../users/reset-passwords.md#top")
        #expect(first?.url == "https://learn.microsoft.com/users/reset-passwords#top")
        // Absolute links stay external even when their last segment names a known article.
        #expect(graph.node("t1.s2")?.links.first?.target == nil)
        #expect(graph.node("t1.s4")?.links.first?.target == "sample")
    }

    /// File names may differ from links only in case; of known slugs that do too, the first
    /// in sorted order is the target, whatever order the set gives them in.
    @Test func aLinkFindsItsSlugWhateverTheCase() {
        for _ in 0..<20 {
            let links = ArticleLinks(options: StepGraphOptions(knownSlugs: ["renew-now", "Renew-Now", "RENEW-NOW", "other"]))
            #expect(links.link(href: "renew-NOW.md").target == "RENEW-NOW")
            #expect(links.link(href: "../x/Other.md#part").target == "other")
            #expect(links.link(href: "missing.md").target == nil)
        }
    }

    @Test func relativeLinksResolveAgainstTheDocsBase() {
        let resolver = LinkResolver(options: StepGraphOptions(knownSlugs: ["Contact-Support"], docsBaseURL: "https://docs.example.org/",
                                                              articleBasePath: "/m365/admin"))
        func url(_ href: String) -> String { resolver.link(href: href, text: "").url }
        func target(_ href: String) -> String? { resolver.link(href: href, text: "").target }

        #expect(url("/m365/x") == "https://docs.example.org/m365/x")
        #expect(url("y.md#anchor") == "https://docs.example.org/m365/admin/y#anchor")
        #expect(url("../billing/z.md?tabs=a") == "https://docs.example.org/m365/billing/z?tabs=a")
        #expect(url("./../../../top.md") == "https://docs.example.org/top")
        #expect(url("//cdn.example.com/a") == "https://cdn.example.com/a")
        #expect(url("mailto:help@example.com") == "mailto:help@example.com")
        #expect(url("<https://example.com/a b>") == "https://example.com/a b")
        #expect(url("#here") == "#here")
        #expect(target("/m365/contact-support?x=1") == "Contact-Support")
        #expect(target("contact-support.md") == "Contact-Support")
        #expect(target("/m365/contact-support/") == "Contact-Support")
        #expect(target("https://x.org/contact-support") == nil)
        #expect(target("/m365/other") == nil)
    }

    @Test func externalIDsDropLocalesAndDeduplicate() {
        func id(_ url: String) -> String? {
            let graph = build(article(ol(items: [[para("a"), callout(.note, para(link("x", url)))]])))
            return graph.edges.first { $0.kind == .escape }?.to
        }
        #expect(id("https://go.microsoft.com/fwlink/p/?linkid=842054") == "x.fwlink-842054")
        #expect(id("https://www.microsoft.com/lv-lv/microsoft-365/buy") == "x.buy")
        #expect(id("https://www.microsoft.com/en-us/microsoft-365/buy") == "x.buy")
        #expect(id("https://example.com/zh-hans/how-to") == "x.how-to")
        #expect(id("https://example.com/lv-lv/") == "x.example-com")
        #expect(id("https://support.office.com/article/Page.aspx?ui=en-US&rs=en-US&ad=US") == "x.page")
        #expect(id("mailto:Help@Example.com") == "x.help-example-com")

        let graph = build(article(ol(items: [[para("a"), callout(.note,
            para(link("one", "https://a.example.com/setup")),
            para(link("two", "https://b.example.com/setup")),
            para(link("one again", "https://A.example.com/en-us/setup")))]])))
        #expect(graph.edgeList == ["t1.s1 -next-> end", "t1.s1 -escape-> x.setup", "t1.s1 -escape-> x.setup-2"])
        #expect(graph.nodeIDs == ["t1.s1", "end", "x.setup", "x.setup-2"])
    }

    @Test func calloutsNestedAnywhereInAStepBelongToIt() {
        let graph = build(article(ol(items: [[
            para("Open the menu."),
            ul(items: [[para("On Windows"), callout(.tip, para("Press Alt."))]]),
            .blockQuote(BlockQuote(children: [callout(.caution, para(link("Careful", "https://example.com/careful")))], range: range(1))),
        ]])))
        let step = graph.node("t1.s1")
        #expect(step?.text == "Open the menu.\nOn Windows")
        #expect(step?.callouts.map(\.kind) == [.tip, .caution])
        #expect(step?.links.isEmpty == true)
        #expect(graph.edgeList.contains("t1.s1 -escape-> x.careful"))
    }

    @Test func topLevelCalloutsAttachByPosition() {
        let graph = build(article(
            callout(.important, para("You need admin rights.")),
            para("Then:"),
            ol("One", "Two"),
            callout(.note, para(text("Stuck? "), link("Get help", "https://example.com/help"))),
            para(text("Learn more: "), link("overview", "https://example.com/overview")),
            callout(.tip, para(link("tips", "https://example.com/tips")))))

        let task = graph.tasks[0]
        // Before the list: the task's; right after the list: the last step's; past other content:
        // the closing node's, which is a way out like any callout's.
        #expect(task.intro == "Then:")
        #expect(task.callouts.map(\.kind) == [.important])
        #expect(graph.node("t1.s2")?.callouts.map(\.kind) == [.note])
        #expect(graph.edgeList.contains("t1.s2 -escape-> x.help"))
        #expect(task.steps == ["t1.s1", "t1.s2", "t1.close"])
        #expect(graph.node("t1.close")?.callouts.map(\.kind) == [.tip])
        #expect(graph.edgeList.contains("t1.close -escape-> x.tips"))
        #expect(task.references.map(\.text) == ["overview", "tips"])
        #expect(!graph.edges.contains { $0.to == "x.overview" })
    }

    @Test func plainTextCollapsesSpaceAndJoinsUIPaths() {
        let path = UIPath(segments: [
            UIPathSegment(inlines: [strong("Billing")], range: range(1)),
            UIPathSegment(inlines: [link("Your  products", "https://admin.example.com/billing")], range: range(1)),
        ], range: range(1))
        let graph = build(article(ol(items: [[
            .paragraph(Paragraph(inlines: [text("Go to  "), .uiPath(path), .softBreak(range(1)), text("now."),
                                           .code(InlineCode(code: "Get-Thing", range: range(1)))], range: range(1))),
        ]])))
        #expect(graph.node("t1.s1")?.text == "Go to Billing > Your products now.Get-Thing")
        #expect(graph.node("t1.s1")?.links.map(\.text) == ["Your products"])
        #expect(graph.edges.count == 1)  // absolute link in the body: no jump
    }

    @Test func localeFromFrontMatterElseFolder() {
        #expect(build(article(locale: "lv-LV")).article.locale == "lv-LV")
        #expect(build(article(path: "Content/lv-LV/a.md")).article.locale == "lv-LV")
        #expect(build(article(path: "docs/zh-Hans/a.md")).article.locale == "zh-Hans")
        #expect(build(article(path: "how-to/a.md")).article.locale == nil)
        #expect(build(article(path: "a.md")).article.locale == nil)
        let summary = build(article(path: "Content/en-US/my-article.md", assetID: "abc")).article
        #expect(summary.slug == "my-article")
        #expect(summary.assetID == "abc")
    }

    @Test func localeCodes() {
        for yes in ["lv-LV", "en-us", "zh-Hans", "sr-Latn-RS", "PT-br"] { #expect(isLocaleCode(yes), "\(yes)") }
        for no in ["how-to", "sign-in", "on-prem", "lv", "en-us-x", "e1-us", "", "-"] { #expect(!isLocaleCode(no), "\(no)") }
    }
}

@Suite struct SlugTests {
    @Test(arguments: ["Content/lv-LV/activate.md", "a.md", "a", "/x/y/z.md", "x/y/", "x/.md", ".md", "", "dir/name.md.md", "dir/ūdens.md", "md"])
    func builderSlugMatchesArticleSlug(_ path: String) {
        let article = Article(path: path, frontMatter: FrontMatter(), blocks: [])
        #expect(StepGraphBuilder.slug(of: path) == article.slug)
    }
}
