import Foundation
import StepwiseDomain
import StepwiseLocale
import Testing
@testable import StepwiseWizard

/// The words of an action's outcome: the domain returns values, this layer writes them.
@Suite struct ActionTextTests {
    let text: ActionText
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    init() throws { text = ActionText(localizer: try Localizer(locale: "en-US", folder: Seed.localesFolder)) }

    private func result(_ outcome: ActionOutcome, preview: Bool = false) -> ActionResult {
        ActionResult(action: .subscriptionReactivate, outcome: outcome, isPreview: preview)
    }

    @Test func aRedeemedKeyIsShownMasked() {
        let s = Subscription(id: "sub-9", product: "Visio", seats: 5, status: .active, createdAt: now)
        let message = text.message(for: result(.redeemed(key: "BCDFG-HJKMP-QRTVW-XY234-6789B", s)))
        #expect(message.contains("sub-9") && message.contains("Visio"), "\(message)")
        #expect(!message.contains("HJKMP"), "\(message)")
        #expect(message.contains(InputName.key.display("BCDFG-HJKMP-QRTVW-XY234-6789B")))
    }

    @Test func aPreviewSaysWhatWouldHappen() {
        let s = Subscription(id: "sub-2", product: "Teams", seats: 1, status: .active, createdAt: now)
        let done = text.message(for: result(.reactivated(s, payment: nil)))
        let preview = text.message(for: result(.reactivated(s, payment: nil), preview: true))
        #expect(done != preview)
        #expect(done.contains(text.text("tenant.none")), "a reactivation without a payment method says so: \(done)")
    }

    @Test func storedValuesFollowTheOneRuleForUntrustedText() {
        let user = User(id: "u-7", name: "Eve\u{1B}]0;owned\u{07}\u{202E}", signInName: "eve@example")
        let message = text.message(for: result(.apps(user: user, apps: [], products: [])))
        #expect(!message.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(message.debugDescription)")
        #expect(message.contains("Eve"))
    }

    @Test func aListIsOneLinePerSubscription() {
        let subs = (1...3).map { Subscription(id: "sub-\($0)", product: "P\($0)", seats: $0, status: .active, createdAt: now) }
        #expect(text.message(for: result(.subscriptions(subs))).split(separator: "\n").count == 3)
    }
}
