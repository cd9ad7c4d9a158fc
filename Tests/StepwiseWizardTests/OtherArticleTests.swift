import Foundation
import StepwiseWizard
import Testing

/// Small articles written for one behaviour each: links that leave Content, jumps in step
/// text, articles that fail to load, loops between articles, fallbacks, tasks without steps.
@Suite struct OtherArticleTests {
    static let a = """
        ---
        title: Article A
        ---
        # Article A

        1. Open the portal.
           > [!NOTE]
           > If the portal does not open, check [the status page](https://status.example.com).
        2. Read [article B](b.md) for the background.
        3. Finish.
        """
    static let b = """
        ---
        title: Article B
        ---
        # Article B

        1. Look around.
           > [!TIP]
           > Lost? Go back to [article A](a.md).
        2. Done here.
        """
    static let info = """
        ---
        title: Just text
        ---
        # Just text

        Nothing to do step by step: read this and you are done.
        """

    static func wizard(_ files: [String: String], slug: String = "a", locale: String = "en-US",
                       in folder: TemporaryFolder) throws -> Wizard {
        try Wizard(slug: slug, locale: locale, source: Seed.source(content: folder.content(files)))
    }

    @Test func linkOutsideContentIsShownAndBackReturns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var wizard = try Self.wizard(["en-US/a.md": Self.a, "en-US/b.md": Self.b], in: folder)
        let step = wizard.screen
        #expect(step.nodeID == "t1.s1" && step.escape?.label == "the status page")
        #expect(step.choices.isEmpty == false)
        let link = wizard.handle(.escape)
        #expect(link.kind == .link)
        #expect(link.text == "the status page")
        #expect(link.links.map(\.url) == ["https://status.example.com"])
        #expect(link.commands == [.back, .links, .restart, .quit, .help])
        #expect(link.notices.isEmpty)
        #expect(wizard.handle(.back) == step)
    }

    @Test func aLinkInTheStepTextIsAWayOnToChoose() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var wizard = try Self.wizard(["en-US/a.md": Self.a, "en-US/b.md": Self.b], in: folder)
        let step2 = wizard.handle(.next)
        #expect(step2.choices.map(\.kind) == [.next, .jump])
        #expect(step2.choices.map(\.label) == [nil, "article B"])
        #expect(step2.escape == nil && !step2.commands.contains(.escape))
        let b = wizard.handle(.choose(2))
        #expect(b.article.slug == "b" && b.nodeID == "t1.s1")
        #expect(b.returnPoints.map(\.nodeID) == ["t1.s2"])
        // B links back to A, which is already open: its link is shown instead of a loop.
        let loop = wizard.handle(.escape)
        #expect(loop.kind == .link && loop.notices == [.articleAlreadyOpen(slug: "a")])
        #expect(loop.article.slug == "b")
        #expect(wizard.handle(.back) == b)
        #expect(wizard.handle(.next).choices.isEmpty)
        let back = wizard.handle(.next)
        #expect(back.article.slug == "a" && back.nodeID == "t1.s2", "the last step of B leads back out")
        #expect(wizard.handle(.choose(1)).nodeID == "t1.s3")
    }

    @Test func anArticleThatCannotBeLoadedIsShownAsItsLink() throws {
        let inner = Seed.source()
        let source = ClosureArticleSource { slug, locale in
            if slug == Seed.support { throw WizardSourceError.notFound(slug: slug, locale: locale) }
            return try inner.article(slug: slug, locale: locale)
        }
        var wizard = try Wizard(slug: Seed.slug, locale: "lv-LV", source: source)
        let step3 = run(&wizard, [.choose(2), .next, .next])
        let link = wizard.handle(.escape)
        #expect(link.kind == .link && link.notices == [.articleUnavailable(slug: Seed.support)])
        #expect(link.links.map(\.target) == [Seed.support])
        #expect(link.article.slug == Seed.slug && link.nodeID == "x.\(Seed.support)")
        #expect(wizard.handle(.back) == step3)
    }

    @Test func missingTranslationFallsBackWithANotice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.content(["en-US/a.md": Self.a, "en-US/b.md": Self.b, "lv-LV/a.md": Self.a.replacingOccurrences(of: "Article A", with: "Raksts A")])
        let store = RunStore(folder: folder.path + "/state")
        var (session, first) = try WizardSession.start(slug: "a", locale: "lv-LV", mode: .automatic, source: Seed.source(content: content), store: store, now: t0)
        #expect(first.notices.isEmpty && first.article.title == "Raksts A")
        session.handle(.next)
        let b = session.handle(.choose(2))
        #expect(b.notices == [.localeFallback(asked: "lv-LV", used: "en-US")])
        #expect(b.article.locale == "en-US" && b.article.requestedLocale == "lv-LV" && b.article.isFallback)

        let (_, onlyEnglish) = try WizardSession.start(slug: "b", locale: "lv-LV", mode: .automatic, source: Seed.source(content: content), store: store, now: t0)
        #expect(onlyEnglish.notices == [.localeFallback(asked: "lv-LV", used: "en-US")])
        // On resume too, since the article is still not in the asked language.
        let (_, again) = try WizardSession.start(slug: "b", locale: "lv-LV", mode: .automatic, source: Seed.source(content: content), store: store, now: t0)
        #expect(again.notices == [.localeFallback(asked: "lv-LV", used: "en-US"), .resumed])
    }

    @Test func aTaskWithoutStepsIsOneInfoScreen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var wizard = try Self.wizard(["en-US/info.md": Self.info], slug: "info", in: folder)
        let screen = wizard.screen
        #expect(screen.kind == .info && screen.nodeID == "t1.info")
        #expect(screen.progress == nil && screen.task?.number == 1 && screen.task?.count == 1)
        #expect(screen.text.hasPrefix("Nothing to do") && !screen.blocks.isEmpty)
        #expect(screen.commands == [.next, .restart, .quit, .help])
        let end = wizard.handle(.next)
        #expect(end.kind == .end && end.summary?.path.map(\.nodeID) == ["t1.info", "end"])
    }

    @Test func longDetourLoopsKeepABoundedHistory() throws {
        var wizard = try Seed.wizard("en-US")
        run(&wizard, [.choose(2), .next, .next])
        for _ in 0..<300 { run(&wizard, [.escape, .choose(2), .next, .next]) }
        #expect(wizard.screen.nodeID == "t2.s3" && wizard.position.frames.count == 1)
        #expect(wizard.history.count == Wizard.historyLimit)
        let back = wizard.handle(.back)
        #expect(back.article.slug == Seed.support && back.nodeID == "t2.s2")
    }
}
