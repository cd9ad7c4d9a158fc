import Foundation

package enum PaymentChoice: Sendable, Hashable {
    case existing(id: String)
    case newCard(CardInput)
    case newInvoice
}

package enum Reactivation {
    package static func reactivate(
        _ tenant: Tenant, subscriptionID: String, payment: PaymentChoice, actor: String, now: Date
    ) -> Result<RuleOutcome, DomainError> {
        Result { () throws(DomainError) -> RuleOutcome in
            guard let old = tenant.subscription(subscriptionID) else { throw .unknownSubscription(subscriptionID) }
            switch old.status {
            case .deleted: throw .subscriptionDeleted
            case .active: throw .alreadyActive
            case .expired, .disabled, .canceled: break
            }
            var next = tenant
            var audit: [AuditEntry] = []
            let paymentID: String
            switch payment {
            case .existing(let id):
                guard let method = tenant.paymentMethod(id) else { throw .unknownPaymentMethod(id) }
                // A saved card may have expired since it was saved; it cannot pay the renewal.
                if case .card(let card) = method.kind,
                   CardRules.isExpired(month: card.expiryMonth, year: card.expiryYear, now: now) {
                    throw .cardExpired
                }
                paymentID = id
            case .newCard(let input):
                let card = try CardRules.validate(input, now: now)
                let method = PaymentMethods.add(.card(card), to: &next)
                audit.append(PaymentMethods.auditEntry(method, actor: actor, now: now))
                paymentID = method.id
            case .newInvoice:
                let method = PaymentMethods.add(.invoice, to: &next)
                audit.append(PaymentMethods.auditEntry(method, actor: actor, now: now))
                paymentID = method.id
            }
            var renewed = old
            renewed.status = .active
            renewed.paymentMethodID = paymentID
            renewed.expiresAt = UTCCalendar.adding(months: old.termMonths, to: now)
            next.replace(renewed)
            audit.append(AuditEntry(
                actor: actor, action: .reactivateSubscription, subject: old.id, time: now,
                before: AuditJSON.encode(old), after: AuditJSON.encode(renewed)))
            next.auditLog += audit
            return RuleOutcome(tenant: next, audit: audit)
        }
    }
}

package enum PaymentMethods {
    /// Adding a payment method on its own (`paymentMethod.add`); reactivation uses the same path.
    package static func add(
        _ tenant: Tenant, card input: CardInput, actor: String, now: Date
    ) -> Result<RuleOutcome, DomainError> {
        Result { () throws(DomainError) -> RuleOutcome in
            let card = try CardRules.validate(input, now: now)
            var next = tenant
            let method = add(.card(card), to: &next)
            let entry = auditEntry(method, actor: actor, now: now)
            next.auditLog.append(entry)
            return RuleOutcome(tenant: next, audit: [entry])
        }
    }

    static func add(_ kind: PaymentMethod.Kind, to tenant: inout Tenant) -> PaymentMethod {
        let method = PaymentMethod(
            id: tenant.nextID(prefix: "pm", existing: tenant.paymentMethods.map(\.id)), kind: kind)
        tenant.paymentMethods.append(method)
        return method
    }

    static func auditEntry(_ method: PaymentMethod, actor: String, now: Date) -> AuditEntry {
        AuditEntry(
            actor: actor, action: .addPaymentMethod, subject: method.id, time: now,
            before: nil, after: AuditJSON.encode(method))
    }
}
