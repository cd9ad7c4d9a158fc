import Foundation

/// Runs a checked request against a store as one transaction and returns its outcome as values.
/// A dry run goes through the same rules inside the same transaction and then stores the state
/// it read, so it previews exactly what the real run would do and changes nothing.
package struct ActionRunner: Sendable {
    package let store: any TenantStore
    /// Who the audit log names: `stepwise-cli` for `do`, `stepwise-wizard` for a walk.
    package let actor: String

    package init(store: any TenantStore, actor: String) {
        self.store = store; self.actor = actor
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
        func finish(_ outcome: Result<RuleOutcome, DomainError>, _ describe: (Tenant) -> (ActionOutcome, [InputName: String]))
            -> (TenantState, Result<ActionResult, DomainError>) {
            switch outcome {
            case .failure(let error): return (state, .failure(error))
            case .success(let rule):
                let (done, values) = describe(rule.tenant)
                return (TenantState(tenant: rule.tenant, keyAttempts: state.keyAttempts),
                        .success(ActionResult(action: request.action, outcome: done, values: values, isPreview: dryRun)))
            }
        }
        let tenant = state.tenant
        switch request.plan {
        case .listSubscriptions:
            return (state, .success(ActionResult(action: request.action, outcome: .subscriptions(tenant.subscriptions))))
        case .listApps(let user):
            guard let found = tenant.findUser(user) else { return (state, .failure(.unknownUser(user))) }
            let (apps, products) = AppCatalog.apps(for: found.id, in: tenant)
            return (state, .success(ActionResult(action: request.action, outcome: .apps(user: found, apps: apps, products: products),
                                                 values: [.user: found.id])))
        case .reactivate(let id, let payment):
            return finish(Reactivation.reactivate(tenant, subscriptionID: id, payment: payment, actor: actor, now: now)) { t in
                let s = t.subscription(id)!
                return (.reactivated(s, payment: s.paymentMethodID.flatMap(t.paymentMethod)),
                        [.subscription: s.id, .paymentMethod: s.paymentMethodID ?? ""])
            }
        case .addPayment(let card):
            return finish(PaymentMethods.add(tenant, card: card, actor: actor, now: now)) { t in
                let method = t.paymentMethods.last!
                return (.paymentAdded(method), [.paymentMethod: method.id])
            }
        case .redeem(let key):
            let attempt = ProductKeyRedemption.redeem(tenant, key: key, actor: actor, attempts: state.keyAttempts, now: now, hash: hasher)
            let (kept, result) = finish(attempt.result) { t in
                let s = t.subscriptions.last!
                return (.redeemed(key: key, s), [.subscription: s.id])
            }
            return (TenantState(tenant: kept.tenant, keyAttempts: attempt.attempts), result)
        case .assign(let user, let id):
            return finish(LicenseAssignment.assign(tenant, user: user, subscriptionID: id, actor: actor, now: now)) { t in
                let u = t.findUser(user)!
                let s = t.subscription(id)!
                return (.assigned(u, s), [.user: u.id, .subscription: s.id])
            }
        }
    }
}
