public enum CardBrand: String, Sendable, Hashable, Codable, CaseIterable {
    case visa, mastercard, amex
    /// Any other issuer: front ends show a generic "card".
    case card
}

/// What is kept of a card: never the full number, so nothing here can leak it.
public struct CardDetails: Sendable, Hashable, Codable {
    public var brand: CardBrand
    public var last4: String
    public var expiryMonth: Int
    public var expiryYear: Int

    public init(brand: CardBrand, last4: String, expiryMonth: Int, expiryYear: Int) {
        self.brand = brand
        self.last4 = last4
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
    }
}

public struct PaymentMethod: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: Sendable, Hashable, Codable {
        case card(CardDetails)
        case invoice
    }

    public var id: String
    public var kind: Kind

    public init(id: String, kind: Kind) {
        self.id = id
        self.kind = kind
    }
}
