package enum CardBrand: String, Sendable, Hashable, Codable, CaseIterable {
    case visa, mastercard, amex
    /// Any other issuer: front ends show a generic "card".
    case card
}

/// What is kept of a card: never the full number, so nothing here can leak it.
package struct CardDetails: Sendable, Hashable, Codable {
    package var brand: CardBrand
    package var last4: String
    package var expiryMonth: Int
    package var expiryYear: Int

    package init(brand: CardBrand, last4: String, expiryMonth: Int, expiryYear: Int) {
        self.brand = brand
        self.last4 = last4
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
    }
}

package struct PaymentMethod: Sendable, Hashable, Codable, Identifiable {
    package enum Kind: Sendable, Hashable, Codable {
        case card(CardDetails)
        case invoice
    }

    package var id: String
    package var kind: Kind

    package init(id: String, kind: Kind) {
        self.id = id
        self.kind = kind
    }
}
