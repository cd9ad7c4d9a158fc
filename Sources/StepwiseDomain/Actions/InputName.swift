import Foundation

/// An action's input. The raw values are the `--input NAME=…` names and the `pick:` names in
/// bindings files.
public enum InputName: String, Sendable, Hashable, Codable, CaseIterable {
    case subscription, paymentMethod, key, user, cardNumber, expiry, holder

    /// Never echoed, saved or logged in clear.
    public var isSecret: Bool { self == .key || self == .cardNumber }

    /// Inputs chosen from what the tenant has; a binding may `pick:` them ahead of the action.
    public var isPickable: Bool { self == .subscription || self == .paymentMethod || self == .user }

    /// The cardholder name is kept by no rule; it is accepted because card forms ask for it.
    public var isOptional: Bool { self == .holder }

    public static var pickNames: Set<String> { Set(allCases.filter(\.isPickable).map(\.rawValue)) }

    /// Checks what can be checked without the tenant, so a dialog can ask again at once.
    public func check(_ value: String, now: Date) throws(DomainError) {
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
    public func display(_ value: String) -> String {
        switch self {
        case .key: (try? ProductKey(parsing: value))?.masked ?? String(repeating: "•", count: 5)
        case .cardNumber: "•••• " + String(value.filter(\.isNumber).suffix(4))
        default: value
        }
    }
}

/// One thing a pickable input can be set to, described for a list.
public struct InputOption: Sendable, Hashable {
    public var value: String
    public var label: String
    /// Other answers that mean this option (a user's sign-in name), matched without case.
    public var aliases: [String]

    public init(value: String, label: String, aliases: [String] = []) {
        self.value = value; self.label = label; self.aliases = aliases
    }
}
