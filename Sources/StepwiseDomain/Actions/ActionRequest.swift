import Foundation

/// An action with its inputs checked for presence and shape; the tenant is not consulted.
package struct ActionRequest: Sendable, Hashable {
    package enum Plan: Sendable, Hashable {
        case listSubscriptions
        case reactivate(subscription: String, payment: PaymentChoice)
        case addPayment(CardInput)
        case redeem(key: String)
        case assign(user: String, subscription: String)
        case listApps(user: String)
    }

    package var action: ActionName
    package var plan: Plan

    package init(action name: String, values: [String: String]) throws(ActionUsageError) {
        guard let action = ActionName(rawValue: name) else { throw .unknownAction(name) }
        for input in values.keys.sorted() where !action.inputs.map(\.rawValue).contains(input) {
            throw .unknownInput(action: action, input: input)
        }
        func need(_ input: InputName) throws(ActionUsageError) -> String {
            guard let value = values[input.rawValue], !value.isEmpty else { throw .missingInput(action: action, input: input) }
            return value
        }
        self.action = action
        switch action {
        case .subscriptionsList:
            plan = .listSubscriptions
        case .subscriptionReactivate:
            let subscription = try need(.subscription)
            let method = values[InputName.paymentMethod.rawValue] ?? ""
            let card = values[InputName.cardNumber.rawValue] ?? ""
            switch (method.isEmpty, card.isEmpty) {
            case (false, true): plan = .reactivate(subscription: subscription, payment: .existing(id: method))
            case (true, false): plan = .reactivate(subscription: subscription, payment: .newCard(CardInput(number: card, expiry: try need(.expiry))))
            default: throw .paymentChoice
            }
        case .paymentMethodAdd:
            plan = .addPayment(CardInput(number: try need(.cardNumber), expiry: try need(.expiry)))
        case .productKeyRedeem:
            plan = .redeem(key: try need(.key))
        case .licenseAssign:
            plan = .assign(user: try need(.user), subscription: try need(.subscription))
        case .appsList:
            plan = .listApps(user: try need(.user))
        }
    }
}
