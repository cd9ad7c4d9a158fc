import Foundation
import StepwiseDomain
import StepwiseLocale
import Testing
@testable import StepwiseWizard

/// Bound steps of the seed walked against a real SQLite tenant in a temporary folder.
@Suite struct ActionWalkTests {
    static let demoKey = DemoTenant.productKeys[0]

    /// A session on the seed with a fresh tenant and run store.
    struct Fixture {
        let folder: TemporaryFolder
        let tenant: SQLiteTenantStore
        let runs: RunStore
        let host: ActionHost

        init(locale: String = "en-US") throws {
            folder = try TemporaryFolder()
            tenant = try SQLiteTenantStore(path: folder.path + "/tenant.sqlite", now: t0)
            runs = RunStore(folder: folder.path + "/runs")
            let text = ActionText(localizer: try Localizer(locale: locale, folder: Seed.localesFolder))
            host = ActionHost(runner: ActionRunner(store: tenant, actor: ActionHost.actor), text: text, tenant: folder.path + "/tenant.sqlite", clock: { t0 })
        }

        func start(_ locale: String = "en-US") throws -> (WizardSession, WizardScreen) {
            try WizardSession.start(slug: Seed.slug, locale: locale, mode: .automatic, source: Seed.source(), store: runs, actions: host, now: t0)
        }

        func savedRunText(_ locale: String = "en-US") throws -> String {
            try String(contentsOfFile: runs.path(slug: Seed.slug, locale: locale), encoding: .utf8)
        }
    }

    private func drive(_ session: inout WizardSession, _ commands: [WizardCommand]) -> WizardScreen {
        var screen = session.screen
        for command in commands { screen = session.handle(command, now: t0) }
        return screen
    }

    @Test func boundStepsOfferTheirActionAndOthersDoNot() throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        var (session, _) = try f.start()
        let step1 = drive(&session, [.choose(2)])
        #expect(step1.nodeID == "t2.s1")
        #expect(step1.action == nil)
        #expect(!step1.commands.contains(.act))
        let unavailable = drive(&session, [.act])
        #expect(unavailable.notices == [.commandUnavailable(.act)])
        let step2 = drive(&session, [.next])
        #expect(step2.nodeID == "t2.s2")
        #expect(step2.action?.stage == .offered)
        #expect(step2.commands.contains(.act))
    }

    @Test func reactivateTheExpiredSubscriptionThroughTheWalk() throws {
        let f = try Fixture(locale: "lv-LV")
        defer { f.folder.remove() }
        var (session, _) = try f.start("lv-LV")
        var screen = drive(&session, [.choose(2), .next, .act])
        guard case .asking(let question)? = screen.action?.stage else { Issue.record("no question: \(String(describing: screen.action))"); return }
        #expect(question.input == .subscription)
        #expect(question.options.map(\.value) == ["sub-1", "sub-2", "sub-3", "sub-4", "sub-5"])
        #expect(question.prompt == "Kurš abonements?")

        screen = drive(&session, [.answer("9")])
        if case .asking(let again)? = screen.action?.stage { #expect(again.problem != nil) } else { Issue.record("an out-of-range number must be asked again") }

        screen = drive(&session, [.answer("2")])
        #expect(screen.nodeID == "t2.s3", "a pick goes on to the next step")
        #expect(screen.actionResult?.succeeded == true)
        screen = drive(&session, [.next, .act, .answer("pm-1")])
        #expect(screen.nodeID == "t2.s5")
        screen = drive(&session, [.act])
        guard case .confirming(let preview)? = screen.action?.stage else { Issue.record("no confirmation"); return }
        #expect(preview.contains("sub-2"))
        #expect(try f.tenant.load().subscription("sub-2")?.status == .expired, "a preview changes nothing")

        screen = drive(&session, [.answer("yes")])
        #expect(screen.kind == .end)
        #expect(screen.actionResult?.succeeded == true)
        #expect(try f.tenant.load().subscription("sub-2")?.status == .active)
        let saved = try f.savedRunText("lv-LV")
        #expect(saved.contains("subscription.reactivate"))
    }

    @Test func resumingNeverRepeatsAnActionThatSucceeded() throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        do {
            var (session, _) = try f.start()
            _ = drive(&session, [.choose(2), .next, .act, .answer("sub-3"), .next, .act, .answer("1"), .act, .answer("yes")])
        }
        let auditAfterFirst = try f.tenant.load().auditLog.count
        var (resumed, first) = try f.start()
        #expect(first.notices.contains(.resumed))
        let back = drive(&resumed, [.back])
        #expect(back.nodeID == "t2.s5")
        guard case .alreadyDone(let record)? = back.action?.stage else { Issue.record("the saved run must know it is done"); return }
        #expect(record.name == "subscription.reactivate")
        #expect(!back.commands.contains(.act))
        let again = drive(&resumed, [.act])
        if case .alreadyDone? = again.action?.stage {} else { Issue.record("act on a done step must not run it again") }
        #expect(try f.tenant.load().auditLog.count == auditAfterFirst)
    }

    @Test func aDeletedSubscriptionFailsAndOffersTheWayToSupport() throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        var (session, _) = try f.start()
        let screen = drive(&session, [.choose(2), .next, .act, .answer("sub-5"), .next, .act, .answer("1"), .act])
        #expect(screen.nodeID == "t2.s5")
        guard case .failed(let record, let offersEscape)? = screen.action?.stage else { Issue.record("no failure: \(String(describing: screen.action))"); return }
        #expect(record.code == "subscription-deleted")
        #expect(offersEscape)
        #expect(screen.commands.contains(.escape))
        let support = drive(&session, [.escape])
        #expect(support.article.slug == Seed.support)
        #expect(try f.tenant.load().subscription("sub-5")?.status == .deleted)
    }

    /// After a failure, `do` asks again instead of failing the same way with the same picks;
    /// failures are not kept in the run; a pick says what was chosen.
    @Test func aRetryAsksAgainAndFailuresAreNotSaved() throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        var (session, _) = try f.start()
        var screen = drive(&session, [.choose(2), .next, .act, .answer("sub-5")])
        #expect(screen.actionResult?.message.contains("Exchange Online") == true, "\(screen.actionResult?.message ?? "")")
        screen = drive(&session, [.next, .act, .answer("1"), .act])
        if case .failed? = screen.action?.stage {} else { Issue.record("expected the deleted subscription to fail") }
        #expect(!(try f.savedRunText()).contains("subscription-deleted"))
        screen = drive(&session, [.act])
        guard case .asking(let question)? = screen.action?.stage else { Issue.record("a retry must ask again"); return }
        #expect(question.input == .subscription)
        screen = drive(&session, [.answer("sub-2"), .answer("1"), .answer("yes")])
        #expect(screen.kind == .end)
        #expect(try f.tenant.load().subscription("sub-2")?.status == .active)
    }

    /// Results belong to one tenant: resumed against another, the step can be done there.
    @Test func resultsFromAnotherTenantAreNotUsed() throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        do {
            var (session, _) = try f.start()
            _ = drive(&session, [.choose(3), .next, .act, .answer(Self.demoKey), .answer("yes")])
        }
        let other = try SQLiteTenantStore(path: f.folder.path + "/other.sqlite", now: t0)
        let host = ActionHost(runner: ActionRunner(store: other, actor: ActionHost.actor), text: f.host.text,
                              tenant: f.folder.path + "/other.sqlite", clock: { t0 })
        var (session, _) = try WizardSession.start(slug: Seed.slug, locale: "en-US", mode: .automatic, source: Seed.source(),
                                                   store: f.runs, actions: host, now: t0)
        let back = drive(&session, [.back])
        #expect(back.nodeID == "t3.s2")
        #expect(back.action?.stage == .offered)
    }

    @Test func aProductKeyIsNeverSavedInClear() throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        var (session, _) = try f.start()
        var screen = drive(&session, [.choose(3), .next, .act])
        guard case .asking(let question)? = screen.action?.stage else { Issue.record("no key question"); return }
        #expect(question.isSecret)
        screen = drive(&session, [.answer("TRY24-DMB6K")])
        if case .asking(let again)? = screen.action?.stage {
            #expect(again.problem?.contains("10") == true, "the wrong length is named: \(again.problem ?? "")")
        } else { Issue.record("a malformed key must be asked again") }
        screen = drive(&session, [.answer(Self.demoKey.lowercased()), .answer("yes")])
        #expect(screen.kind == .end)
        #expect(screen.actionResult?.message.contains("9GVR8") == true)
        #expect(try f.tenant.load().subscriptions.count == 6)
        let saved = try f.savedRunText()
        let normalized = Self.demoKey.replacingOccurrences(of: "-", with: "")
        for secret in [Self.demoKey, normalized, String(normalized.prefix(10)), "DMB6K"] {
            #expect(!saved.uppercased().contains(secret), "saved run holds \(secret)")
        }
        let audit = try f.tenant.load().auditLog.map { "\($0.subject) \($0.before ?? "") \($0.after ?? "")" }.joined()
        #expect(!audit.uppercased().contains("DMB6K"))
    }

    @Test func aNewCardIsAddedConfirmedAndPickedWithoutKeepingItsNumber() throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        var (session, _) = try f.start()
        var screen = drive(&session, [.choose(2), .next, .act, .answer("sub-4"), .next, .act])
        guard case .asking(let question)? = screen.action?.stage else { Issue.record("no payment question"); return }
        #expect(question.options.last?.value == ActionDialog.newCard)
        screen = drive(&session, [.answer(String(question.options.count)), .answer("4242 4242 4242 4241")])
        if case .asking(let again)? = screen.action?.stage { #expect(again.input == .cardNumber && again.problem != nil) }
        else { Issue.record("a card failing Luhn must be asked again") }
        screen = drive(&session, [.answer("5555 5555 5555 4444"), .answer("12/40")])
        #expect(screen.action?.isConfirming == true)
        screen = drive(&session, [.answer("yes")])
        #expect(screen.nodeID == "t2.s5")
        screen = drive(&session, [.act, .answer("yes")])
        #expect(screen.kind == .end)
        let tenant = try f.tenant.load()
        #expect(tenant.subscription("sub-4")?.paymentMethodID == "pm-2")
        #expect(!(try f.savedRunText()).contains("5555"))
    }

    @Test func cancelDropsTheActionAndOtherCommandsWaitForIt() throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        var (session, _) = try f.start()
        var screen = drive(&session, [.choose(1), .act])
        #expect(screen.action?.awaitsAnswer == true)
        screen = drive(&session, [.next])
        #expect(screen.nodeID == "t1.s1")
        #expect(screen.notices == [.finishActionFirst])
        screen = drive(&session, [.cancel])
        #expect(screen.action?.stage == .offered)
        #expect(try f.tenant.load().licenses.count == 1)
    }

    @Test func appsListRunsWithoutConfirmation() throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        var (session, _) = try f.start()
        let screen = drive(&session, [.choose(1), .next, .act, .answer("anna@contoso.example")])
        #expect(screen.nodeID == "t1.s3")
        #expect(screen.actionResult?.message.contains("Word") == true)
    }
}
