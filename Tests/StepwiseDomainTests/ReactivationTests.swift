import Foundation
import Testing
@testable import StepwiseDomain

struct ReactivationTests {
    let now = Fixtures.now

    @Test(arguments: SubscriptionStatus.allCases)
    func everyStatusWithExistingPaymentMethod(status: SubscriptionStatus) throws {
        let tenant = Fixtures.tenant(status: status)
        let result = Reactivation.reactivate(tenant, subscriptionID: "sub-1", payment: .existing(id: "pm-3"), actor: "u-1", now: now)
        switch status {
        case .deleted: #expect(result.failure == .subscriptionDeleted)
        case .active: #expect(result.failure == .alreadyActive)
        case .expired, .disabled, .canceled:
            let outcome = try #require(result.success)
            let renewed = try #require(outcome.tenant.subscription("sub-1"))
            #expect(renewed.status == .active)
            #expect(renewed.paymentMethodID == "pm-3")
            #expect(renewed.expiresAt == Fixtures.date(2027, 3, 15, 12))
            #expect(outcome.tenant.paymentMethods == tenant.paymentMethods)
            #expect(outcome.audit.map(\.action) == [.reactivateSubscription])
            #expect(outcome.audit[0].before?.contains("\"status\":\"\(status.rawValue)\"") == true)
            #expect(outcome.audit[0].after?.contains("\"status\":\"active\"") == true)
            #expect(outcome.tenant.auditLog == outcome.audit)
        }
    }

    @Test(arguments: SubscriptionStatus.allCases)
    func everyStatusWithNewCard(status: SubscriptionStatus) throws {
        let tenant = Fixtures.tenant(status: status)
        let card = CardInput(number: "5555-5555-5555-4444", expiry: "03/26")
        let result = Reactivation.reactivate(tenant, subscriptionID: "sub-1", payment: .newCard(card), actor: "u-1", now: now)
        switch status {
        case .deleted: #expect(result.failure == .subscriptionDeleted)
        case .active: #expect(result.failure == .alreadyActive)
        case .expired, .disabled, .canceled:
            let outcome = try #require(result.success)
            #expect(outcome.tenant.subscription("sub-1")?.paymentMethodID == "pm-4")
            #expect(outcome.tenant.paymentMethod("pm-4")?.kind
                == .card(CardDetails(brand: .mastercard, last4: "4444", expiryMonth: 3, expiryYear: 2026)))
            #expect(outcome.audit.map(\.action) == [.addPaymentMethod, .reactivateSubscription])
            for entry in outcome.audit {
                #expect(entry.after?.contains("5555555555554444") == false)
            }
        }
    }

    @Test func newInvoiceIsAdded() throws {
        let outcome = try #require(Reactivation.reactivate(
            Fixtures.tenant(), subscriptionID: "sub-1", payment: .newInvoice, actor: "u-1", now: now).success)
        #expect(outcome.tenant.paymentMethod("pm-4")?.kind == .invoice)
        #expect(outcome.tenant.subscription("sub-1")?.paymentMethodID == "pm-4")
    }

    @Test func deletedIsRefusedEvenWithBadPayment() {
        let result = Reactivation.reactivate(
            Fixtures.tenant(status: .deleted), subscriptionID: "sub-1", payment: .existing(id: "pm-9"), actor: "u-1", now: now)
        #expect(result.failure == .subscriptionDeleted)
    }

    @Test func unknownSubscriptionAndPaymentMethod() {
        let tenant = Fixtures.tenant()
        #expect(Reactivation.reactivate(tenant, subscriptionID: "sub-9", payment: .newInvoice, actor: "a", now: now).failure
            == .unknownSubscription("sub-9"))
        #expect(Reactivation.reactivate(tenant, subscriptionID: "sub-1", payment: .existing(id: "pm-9"), actor: "a", now: now).failure
            == .unknownPaymentMethod("pm-9"))
    }

    @Test func savedCardThatHasExpiredIsRefused() {
        let result = Reactivation.reactivate(
            Fixtures.tenant(), subscriptionID: "sub-1", payment: .existing(id: "pm-2"), actor: "a", now: now)
        #expect(result.failure == .cardExpired)
    }

    @Test func invalidNewCardChangesNothing() {
        let card = CardInput(number: "4111 1111 1111 1112", expiry: "12/30")
        let result = Reactivation.reactivate(
            Fixtures.tenant(), subscriptionID: "sub-1", payment: .newCard(card), actor: "a", now: now)
        #expect(result.failure == .cardNumberInvalid)
    }

    @Test func addPaymentMethodOnItsOwn() throws {
        let outcome = try #require(PaymentMethods.add(Fixtures.tenant(), card: Fixtures.validCard, actor: "a", now: now).success)
        #expect(outcome.tenant.paymentMethods.count == 4)
        #expect(outcome.audit.map(\.subject) == ["pm-4"])
        #expect(PaymentMethods.add(Fixtures.tenant(), card: CardInput(number: "4111111111111111", expiry: "02/26"), actor: "a", now: now).failure
            == .cardExpired)
    }
}
