import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseWizard
import Testing

/// The seed article walked through the real parser and graph builder, in both locales.
@Suite struct SeedWalkTests {
    static let s = Seed.support
    static let expectedWalks: [[String]] = [
        ["choice", "t1.s1", "t1.s2", "t1.s3", "end"],
        ["choice", "t2.s1", "t2.s2", "t2.s3", "t2.s4", "t2.s5", "end"],
        ["choice", "t2.s1", "t2.s2", "t2.s3",
         "\(s):choice", "\(s):t1.s1", "\(s):t1.s2", "\(s):t1.s3", "\(s):t1.s4", "\(s):t1.s5",
         "t2.s3", "t2.s4", "t2.s5", "end"],
        ["choice", "t2.s1", "t2.s2", "t2.s3", "\(s):choice", "\(s):t2.s1", "\(s):t2.s2", "t2.s3", "t2.s4", "t2.s5", "end"],
        ["choice", "t3.s1", "t3.s2", "end"],
    ]

    @Test(arguments: Seed.locales)
    func everyPathThroughTheSeed(locale: String) throws {
        let walks = allWalks(try Seed.wizard(locale))
        #expect(walks.map { $0.nodes() } == Self.expectedWalks)
        for walk in walks {
            #expect(walk.screens.allSatisfy { $0.notices.isEmpty })
            #expect(walk.screens.allSatisfy { $0.article.locale == locale && !$0.article.isFallback })
            let last = try #require(walk.screens.last)
            #expect(last.kind == .end)
            #expect(last.summary?.path.map(\.nodeID) == walk.screens.map(\.nodeID))
            // `l` lists the end screen's references where it has any.
            let links: [WizardCommandKind] = last.summary?.allLinks.isEmpty == false ? [.links] : []
            #expect(last.commands == [.back] + links + [.restart, .quit, .help])
            #expect(last.links == last.summary?.allLinks)
            // "Step i of n": i from the node id, n the task's length in its own article.
            let lengths = [Seed.slug + ":t1": 3, Seed.slug + ":t2": 5, Seed.slug + ":t3": 2, Seed.support + ":t1": 5, Seed.support + ":t2": 2]
            for screen in walk.screens where screen.kind == .step {
                let parts = screen.nodeID.split(separator: ".")
                #expect(screen.progress == StepProgress(number: Int(parts[1].dropFirst())!, count: lengths[screen.article.slug + ":" + parts[0]]!))
            }
        }
    }

    @Test(arguments: Seed.locales)
    func stepCountsAndTitlesComeFromTheArticle(locale: String) throws {
        var wizard = try Seed.wizard(locale)
        let picker = wizard.screen
        #expect(picker.kind == .choice)
        #expect(picker.choices.map(\.kind) == [.task, .task, .task])
        #expect(picker.choices.map(\.stepCount) == [3, 5, 2])
        #expect(picker.choices.map(\.taskNumber) == [1, 2, 3])
        #expect(picker.choices.map(\.target) == ["t1.s1", "t2.s1", "t3.s1"])
        #expect(picker.commands == [.choose, .restart, .quit, .help])
        #expect(!picker.canGoBack && picker.progress == nil && picker.task == nil)

        let first = wizard.handle(.choose(2))
        #expect(first.task?.number == 2 && first.task?.count == 3)
        #expect(first.progress == StepProgress(number: 1, count: 5))
        #expect(first.task?.title == picker.choices[1].label)
        #expect(first.intro?.text.isEmpty == false, "the task introduction comes with its first step")
        #expect(!first.blocks.isEmpty)

        let third = run(&wizard, [.next, .next])
        #expect(third.nodeID == "t2.s3")
        #expect(third.progress == StepProgress(number: 3, count: 5))
        #expect(third.intro == nil)
        #expect(third.callouts.map(\.kind) == [.important])
        #expect(third.choices.map(\.kind) == [.next, .escape])
        #expect(third.choices.map(\.label) == [nil, third.escape?.label])
        #expect(third.escape?.number == 2 && third.escape?.target == "x.\(Seed.support)")
        #expect(third.links.map(\.target) == [Seed.support], "callout links are listed too")
        #expect(third.commands == [.next, .back, .choose, .escape, .links, .restart, .quit, .help])
    }

    @Test func latvianScreensAreLatvian() throws {
        var wizard = try Seed.wizard("lv-LV")
        let screen = run(&wizard, [.choose(2), .next, .next])
        #expect(screen.article.title == "Abonementa aktivizēšana vai atkārtota aktivizēšana")
        #expect(screen.task?.title == "Abonementa atkārtota aktivizēšana")
        #expect(screen.text.hasPrefix("Atlasiet Citas darbības"))
        #expect(screen.escape?.label == "zvaniet atbalsta")
        let support = wizard.handle(.escape)
        #expect(support.article.title == "Sazināšanās ar atbalsta dienestu par uzņēmumiem paredzētiem produktiem")
    }

    /// Back after every move of every walk gives the screen before the move, equal in every field;
    /// taking the move again gives the same screen as the first time.
    @Test(arguments: Seed.locales)
    func backRestoresThePreviousScreenEverywhere(locale: String) throws {
        var checked = 0
        for walk in allWalks(try Seed.wizard(locale)) {
            var wizard = try Seed.wizard(locale)
            #expect(wizard.handle(.back).settled == walk.screens[0])
            for (index, command) in walk.commands.enumerated() {
                let after = wizard.handle(command)
                #expect(after == walk.screens[index + 1])
                var probe = wizard
                #expect(probe.handle(.back) == walk.screens[index], "back from \(after.article.slug):\(after.nodeID)")
                #expect(probe.handle(command) == after)
                checked += 1
            }
            // And all the way back to the start, one screen at a time.
            for expected in walk.screens.dropLast().reversed() {
                #expect(wizard.handle(.back) == expected)
            }
            #expect(wizard.handle(.back).notices == [.commandUnavailable(.back)])
        }
        #expect(checked == Self.expectedWalks.map { $0.count - 1 }.reduce(0, +))
    }

    @Test(arguments: Seed.locales)
    func escapeFromStepThreeEntersSupportAndFinishingItReturns(locale: String) throws {
        var wizard = try Seed.wizard(locale)
        let step3 = run(&wizard, [.choose(2), .next, .next])
        let entered = wizard.handle(.escape)
        #expect(entered.article.slug == Seed.support)
        #expect(entered.article.locale == locale)
        #expect(entered.kind == .choice)
        #expect(entered.returnPoints.map(\.nodeID) == ["t2.s3"])
        #expect(entered.returnPoints.first?.slug == Seed.slug)
        #expect(entered.returnPoints.first?.stepNumber == 3)
        #expect(wizard.position.frames.map(\.slug) == [Seed.slug, Seed.support])

        var steps: [WizardScreen] = [wizard.handle(.choose(1))]
        for _ in 1..<5 { steps.append(wizard.handle(.next)) }
        #expect(steps.map(\.progress?.number) == [1, 2, 3, 4, 5])
        #expect(steps[0].intro?.callouts.map(\.kind) == [.note], "the task's note before its steps comes with step 1")
        #expect(steps.allSatisfy { $0.returnPoints.map(\.nodeID) == ["t2.s3"] })
        #expect(steps.last?.commands.contains(.next) == true)

        let returned = wizard.handle(.next)
        #expect(returned == step3.settled, "finishing the support article lands on t2.s3 as it was")
        #expect(returned.returnPoints.isEmpty)
        #expect(wizard.handle(.back) == steps.last, "and back goes into the support article again")

        // Back at the entered article's start returns to the step it was entered from.
        var fromStart = try Seed.wizard(locale)
        run(&fromStart, [.choose(2), .next, .next, .escape])
        #expect(fromStart.handle(.back) == step3.settled)
    }

    @Test func theEndSummaryListsThePathAndReferencesOfEveryTask() throws {
        var wizard = try Seed.wizard("en-US")
        let end = run(&wizard, [.choose(2), .next, .next, .escape, .choose(2), .next, .next, .next, .next, .next])
        #expect(end.kind == .end)
        let summary = try #require(end.summary)
        #expect(summary.path.map(\.nodeID) == ["choice", "t2.s1", "t2.s2", "t2.s3", "choice", "t2.s1", "t2.s2", "t2.s3", "t2.s4", "t2.s5", "end"])
        #expect(summary.path.map(\.slug).filter { $0 == Seed.support }.count == 3)
        #expect(summary.path[3].taskTitle == "Reactivate a subscription")
        #expect(summary.path[3].stepNumber == 3 && summary.path[3].stepCount == 5)
        #expect(summary.references.map(\.url) == [
            "https://docs.microsoft.com/microsoft-365/commerce/subscriptions/reactivate-your-subscription",
            "https://docs.microsoft.com/microsoft-365/admin/get-help-support",
        ])
    }

    @Test func restartGoesBackToThePickerWithNoHistory() throws {
        var wizard = try Seed.wizard("lv-LV")
        run(&wizard, [.choose(2), .next, .next, .escape, .choose(1)])
        let restarted = wizard.handle(.restart)
        #expect(restarted == (try Seed.wizard("lv-LV")).screen)
        #expect(wizard.history.isEmpty)
        #expect(wizard.position.frames.count == 1)
    }
}
