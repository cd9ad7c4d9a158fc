import Foundation
import Testing
@testable import StepwiseDomain

@Suite struct ActionRunnerTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    private func withStore(_ body: (SQLiteTenantStore, ActionRunner) throws -> Void) throws {
        let folder = try StoreFolder()
        defer { folder.remove() }
        let store = try SQLiteTenantStore(path: folder.path, now: Self.now)
        try body(store, ActionRunner(store: store, actor: "test"))
    }

    @Test func requestsCheckNamesAndInputs() {
        #expect(throws: ActionUsageError.unknownAction("frob")) { try ActionRequest(action: "frob", values: [:]) }
        #expect(throws: ActionUsageError.unknownInput(action: .productKeyRedeem, input: "user")) {
            try ActionRequest(action: "productKey.redeem", values: ["key": "x", "user": "u-1"])
        }
        #expect(throws: ActionUsageError.missingInput(action: .licenseAssign, input: .subscription)) {
            try ActionRequest(action: "license.assign", values: ["user": "u-1"])
        }
        #expect(throws: ActionUsageError.paymentChoice) {
            try ActionRequest(action: "subscription.reactivate", values: ["subscription": "sub-2", "paymentMethod": "pm-1", "cardNumber": "4242"])
        }
    }

    @Test func aDryRunPreviewsAndChangesNothing() throws {
        try withStore { store, runner in
            let before = try store.load()
            let request = try ActionRequest(action: "subscription.reactivate", values: ["subscription": "sub-2", "paymentMethod": "pm-1"])
            let preview = try runner.run(request, dryRun: true, now: Self.now)
            #expect(preview.isPreview)
            #expect(try store.load() == before)
            let done = try runner.run(request, now: Self.now)
            #expect(!done.isPreview)
            #expect(done.values[.subscription] == "sub-2")
            #expect(try store.load().subscription("sub-2")?.status == .active)
            // Repeating what already succeeded changes nothing: the rule answers "already active".
            let after = try store.load()
            #expect(throws: DomainError.alreadyActive) { try runner.run(request, now: Self.now) }
            #expect(try store.load() == after)
        }
    }

    @Test func addingACardGivesItsIdForLaterSteps() throws {
        try withStore { store, runner in
            let result = try runner.run(try ActionRequest(action: "paymentMethod.add", values: ["cardNumber": "5555 5555 5555 4444", "expiry": "12/40"]), now: Self.now)
            #expect(result.values[.paymentMethod] == "pm-2")
            guard case .paymentAdded(let method) = result.outcome, case .card(let card) = method.kind else {
                Issue.record("\(result.outcome)"); return
            }
            #expect(card.last4 == "4444", "only the last four digits are kept")
        }
    }

    @Test func appsFollowLicensesOnActiveSubscriptionsOnly() throws {
        try withStore { store, runner in
            let anna = try runner.run(try ActionRequest(action: "apps.list", values: ["user": "ANNA@contoso.example"]), now: Self.now)
            guard case .apps(let user, let apps, _) = anna.outcome else { Issue.record("\(anna.outcome)"); return }
            #expect(user.id == "u-1" && apps.contains("Word") && apps.contains("Teams"))
            #expect(anna.values[.user] == "u-1")
            var tenant = try store.load()
            tenant.licenses.append(License(userID: "u-2", subscriptionID: "sub-3", assignedAt: Self.now))
            #expect(AppCatalog.apps(for: "u-2", in: tenant).apps == [], "sub-3 is disabled")
            tenant.subscriptions[2].status = .active
            #expect(AppCatalog.apps(for: "u-2", in: tenant).apps == AppCatalog.fullSuite)
            #expect(throws: DomainError.unknownUser("nobody")) {
                try runner.run(try ActionRequest(action: "apps.list", values: ["user": "nobody"]), now: Self.now)
            }
        }
    }

    @Test func inputChecksCatchShapeBeforeTheStore() {
        #expect(throws: DomainError.keyWrongLength(3)) { try InputName.key.check("BCD", now: Self.now) }
        #expect(throws: DomainError.cardNumberInvalid) { try InputName.cardNumber.check("4242 4242 4242 4241", now: Self.now) }
        #expect(throws: DomainError.cardExpired) { try InputName.expiry.check("01/20", now: Self.now) }
        #expect(throws: Never.self) { try InputName.key.check(DemoTenant.productKeys[0].lowercased(), now: Self.now) }
        #expect(InputName.key.display(DemoTenant.productKeys[0]) == "•••••-•••••-•••••-•••••-9GVR8")
        #expect(InputName.cardNumber.display("4242 4242 4242 4242") == "•••• 4242")
    }
}
