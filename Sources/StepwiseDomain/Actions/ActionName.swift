/// The actions a step can be bound to and `stepwise do` runs. The raw values are the names in
/// bindings files and on the command line, the same in every language.
package enum ActionName: String, Sendable, Hashable, Codable, CaseIterable {
    case subscriptionsList = "subscriptions.list"
    case subscriptionReactivate = "subscription.reactivate"
    case paymentMethodAdd = "paymentMethod.add"
    case productKeyRedeem = "productKey.redeem"
    case licenseAssign = "license.assign"
    case appsList = "apps.list"

    /// Actions that change the tenant ask for confirmation first; the others only read it.
    package var changesTenant: Bool {
        switch self {
        case .subscriptionsList, .appsList: false
        case .subscriptionReactivate, .paymentMethodAdd, .productKeyRedeem, .licenseAssign: true
        }
    }

    /// Every input the action accepts, in the order a dialog asks for them. For reactivation
    /// the card inputs replace `paymentMethod` when the reader chooses a new card.
    package var inputs: [InputName] {
        switch self {
        case .subscriptionsList: []
        case .subscriptionReactivate: [.subscription, .paymentMethod, .cardNumber, .expiry, .holder]
        case .paymentMethodAdd: [.cardNumber, .expiry, .holder]
        case .productKeyRedeem: [.key]
        case .licenseAssign: [.user, .subscription]
        case .appsList: [.user]
        }
    }

    package static var names: Set<String> { Set(allCases.map(\.rawValue)) }
}
