import Foundation

/// The lifecycle states of Microsoft 365's documented subscription lifecycle.
public enum SubscriptionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case active, expired, disabled, canceled, deleted
}

public struct Subscription: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var product: String
    public var seats: Int
    /// Kept as its own field rather than counted from licenses: the service reports seats in
    /// use that this tenant model does not list one by one.
    public var assignedSeats: Int
    public var status: SubscriptionStatus
    public var termMonths: Int
    public var createdAt: Date
    public var expiresAt: Date?
    public var paymentMethodID: String?

    public init(
        id: String, product: String, seats: Int, assignedSeats: Int = 0, status: SubscriptionStatus,
        termMonths: Int = 12, createdAt: Date, expiresAt: Date? = nil, paymentMethodID: String? = nil
    ) {
        self.id = id
        self.product = product
        self.seats = seats
        self.assignedSeats = assignedSeats
        self.status = status
        self.termMonths = termMonths
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.paymentMethodID = paymentMethodID
    }

    public var freeSeats: Int { max(0, seats - assignedSeats) }
}
