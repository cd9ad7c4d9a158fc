import Foundation

/// Runs a checked request against a store as one transaction and describes the outcome.
/// A dry run goes through the same rules inside the same transaction and then stores the state
/// it read, so it previews exactly what the real run would do and changes nothing.
package struct ActionRunner: Sendable {
    package let store: any TenantStore
    package let text: ActionText
    /// Who the audit log names: `stepwise-cli` for `do`, `stepwise-wizard` for a walk.
    package let actor: String

    package init(store: any TenantStore, text: ActionText, actor: String) {
        self.store = store; self.text = text; self.actor = actor
    }

    /// Throws `DomainError` when a rule refuses and `StoreError` when the store fails.
    package func run(_ request: ActionRequest, dryRun: Bool = false, now: Date = Date()) throws -> ActionResult {
        let hasher = store.keyHasher
        let outcome = try store.perform { state -> (TenantState, Result<ActionResult, DomainError>) in
            let attempt = apply(request, to: state, dryRun: dryRun, now: now, hasher: hasher)
            // Failed key attempts are kept even though the action fails: the lockout counts them.
            let kept = dryRun ? state : attempt.state
            return (kept, attempt.result)
        }
        return try outcome.get()
    }

    private func apply(_ request: ActionRequest, to state: TenantState, dryRun: Bool, now: Date,
                       hasher: ProductKeyHasher) -> (state: TenantState, result: Result<ActionResult, DomainError>) {
        let verb = dryRun ? "action.preview" : "action.done"
        func finish(_ outcome: Result<RuleOutcome, DomainError>, _ describe: (Tenant) -> (String, [InputName: String]))
            -> (TenantState, Result<ActionResult, DomainError>) {
            switch outcome {
            case .failure(let error): return (state, .failure(error))
            case .success(let rule):
                let (message, values) = describe(rule.tenant)
                return (TenantState(tenant: rule.tenant, keyAttempts: state.keyAttempts),
                        .success(ActionResult(action: request.action, message: message, values: values, isPreview: dryRun)))
            }
        }
        let tenant = state.tenant
        switch request.plan {
        case .listSubscriptions:
            let lines = tenant.subscriptions.map(text.subscriptionLine).joined(separator: "\n")
            return (state, .success(ActionResult(action: request.action, message: lines)))
        case .listApps(let user):
            guard let found = tenant.findUser(user) else { return (state, .failure(.unknownUser(user))) }
            let (apps, products) = AppCatalog.apps(for: found.id, in: tenant)
            let message = apps.isEmpty
                ? text.text("action.done.apps-none", ["user": found.name])
                : text.text("action.done.apps", ["user": found.name, "apps": apps.joined(separator: ", "), "products": products.joined(separator: ", ")])
            return (state, .success(ActionResult(action: request.action, message: message, values: [.user: found.id])))
        case .reactivate(let id, let payment):
            return finish(Reactivation.reactivate(tenant, subscriptionID: id, payment: payment, actor: actor, now: now)) { t in
                let s = t.subscription(id)!
                let message = text.text("\(verb).reactivate", [
                    "subscription": s.id, "product": s.product, "date": s.expiresAt.map(ActionText.day) ?? "",
                    "payment": text.paymentName(s.paymentMethodID, in: t),
                ])
                return (message, [.subscription: s.id, .paymentMethod: s.paymentMethodID ?? ""])
            }
        case .addPayment(let card):
            return finish(PaymentMethods.add(tenant, card: card, actor: actor, now: now)) { t in
                let method = t.paymentMethods.last!
                return (text.text("\(verb).payment-add", ["payment": method.id, "card": text.paymentName(method)]), [.paymentMethod: method.id])
            }
        case .redeem(let key):
            let attempt = ProductKeyRedemption.redeem(tenant, key: key, actor: actor, attempts: state.keyAttempts, now: now, hash: hasher)
            let (kept, result) = finish(attempt.result) { t in
                let s = t.subscriptions.last!
                let message = text.text("\(verb).redeem", [
                    "key": InputName.key.display(key), "subscription": s.id, "product": s.product, "seats": String(s.seats),
                    "date": s.expiresAt.map(ActionText.day) ?? "",
                ])
                return (message, [.subscription: s.id])
            }
            return (TenantState(tenant: kept.tenant, keyAttempts: attempt.attempts), result)
        case .assign(let user, let id):
            return finish(LicenseAssignment.assign(tenant, user: user, subscriptionID: id, actor: actor, now: now)) { t in
                let u = t.findUser(user)!
                let s = t.subscription(id)!
                let message = text.text("\(verb).assign", ["user": u.name, "subscription": s.id, "product": s.product, "seats": text.seats(s)])
                return (message, [.user: u.id, .subscription: s.id])
            }
        }
    }
}
