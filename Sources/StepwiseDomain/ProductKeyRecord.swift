import Foundation

/// A product key as the store keeps it: only a salted hash, so a copied database does not
/// give away unredeemed keys.
package struct ProductKeyRecord: Sendable, Hashable, Codable, Identifiable {
    package var id: String
    package var hash: String
    package var salt: String
    package var product: String
    package var seats: Int
    package var termMonths: Int
    package var redeemedAt: Date?

    package init(
        id: String, hash: String, salt: String, product: String, seats: Int, termMonths: Int,
        redeemedAt: Date? = nil
    ) {
        self.id = id
        self.hash = hash
        self.salt = salt
        self.product = product
        self.seats = seats
        self.termMonths = termMonths
        self.redeemedAt = redeemedAt
    }
}

/// Supplied by the store (a real salted hash); the rules never choose the algorithm.
package typealias ProductKeyHasher = @Sendable (_ normalizedKey: String, _ salt: String) -> String
