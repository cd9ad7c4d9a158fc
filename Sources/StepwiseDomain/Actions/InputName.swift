import Foundation

/// An action's input. The raw values are the `--input NAME=…` names and the `pick:` names in
/// bindings files.
package enum InputName: String, Sendable, Hashable, Codable, CaseIterable {
    case subscription, paymentMethod, key, user, cardNumber, expiry, holder

    /// Never echoed, saved or logged in clear.
    package var isSecret: Bool { self == .key || self == .cardNumber }

    /// Inputs chosen from what the tenant has; a binding may `pick:` them ahead of the action.
    package var isPickable: Bool { self == .subscription || self == .paymentMethod || self == .user }

    /// The cardholder name is kept by no rule; it is accepted because card forms ask for it.
    package var isOptional: Bool { self == .holder }

    package static var pickNames: Set<String> { Set(allCases.filter(\.isPickable).map(\.rawValue)) }

    /// Checks what can be checked without the tenant, so a dialog can ask again at once.
    package func check(_ value: String, now: Date) throws(DomainError) {
        switch self {
        case .key:
            _ = try ProductKey(parsing: value)
        case .cardNumber:
            guard CardRules.luhnIsValid(try CardRules.digits(of: value)) else { throw .cardNumberInvalid }
        case .expiry:
            let expiry = try CardRules.parseExpiry(value)
            if CardRules.isExpired(month: expiry.month, year: expiry.year, now: now) { throw .cardExpired }
        case .subscription, .paymentMethod, .user, .holder:
            break
        }
    }

    /// How a value may be shown back: secrets masked, the rest as given.
    package func display(_ value: String) -> String {
        switch self {
        case .key: (try? ProductKey(parsing: value))?.masked ?? String(repeating: "•", count: 5)
        case .cardNumber: "•••• " + String(value.filter(\.isNumber).suffix(4))
        default: value
        }
    }
}

/// One thing a pickable input can be set to, described for a list.
package struct InputOption: Sendable, Hashable {
    package var value: String
    package var label: String
    /// Other answers that mean this option (a user's sign-in name), matched without case.
    package var aliases: [String]

    package init(value: String, label: String, aliases: [String] = []) {
        self.value = value; self.label = label; self.aliases = aliases
    }
}

/// The one rule for echoing what someone typed that may be a secret: a product key or a card
/// number is shown the way its input shows it; anything else as typed, unless the caller knows
/// it may be a secret given without its name (`do --input VALUE`), when only its start shows.
package enum SecretMask {
    package static func masked(_ text: String, mayBeSecret: Bool = false) -> String {
        if (try? ProductKey(parsing: text)) != nil { return InputName.key.display(text) }
        if text.filter(\.isNumber).count >= 12 { return InputName.cardNumber.display(text) }
        guard mayBeSecret else { return text }
        let shown = text.prefix(3)
        return text.count > 3 ? shown + String(repeating: "•", count: min(20, text.count - 3)) : String(shown)
    }
}
