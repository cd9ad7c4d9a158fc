/// A finished action: what it did, as values, and the ids it created or acted on, by input
/// name, so later steps of a walk can use them (a new card's id, say). The domain holds no
/// user-visible text; the layer that renders (`ActionText`) puts the outcome in words.
package struct ActionResult: Sendable, Hashable {
    package var action: ActionName
    package var outcome: ActionOutcome
    package var values: [InputName: String]
    /// A dry run: the outcome says what would happen, nothing was stored.
    package var isPreview: Bool

    package init(action: ActionName, outcome: ActionOutcome, values: [InputName: String] = [:], isPreview: Bool = false) {
        self.action = action; self.outcome = outcome; self.values = values; self.isPreview = isPreview
    }
}

/// What an action did (or, previewed, would do), with the records as they are after it.
package enum ActionOutcome: Sendable, Hashable {
    case subscriptions([Subscription])
    case apps(user: User, apps: [String], products: [String])
    case reactivated(Subscription, payment: PaymentMethod?)
    case paymentAdded(PaymentMethod)
    /// `key` as typed; shown masked.
    case redeemed(key: String, Subscription)
    case assigned(User, Subscription)
}
