import Foundation

/// A product key as the store keeps it: only a salted hash, so a copied database does not
/// give away unredeemed keys.
public struct ProductKeyRecord: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var hash: String
    public var salt: String
    public var product: String
    public var seats: Int
    public var termMonths: Int
    public var redeemedAt: Date?

    public init(
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
public typealias ProductKeyHasher = @Sendable (_ normalizedKey: String, _ salt: String) -> String
