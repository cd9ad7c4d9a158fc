import Foundation

/// The lifecycle states of Microsoft 365's documented subscription lifecycle.
package enum SubscriptionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case active, expired, disabled, canceled, deleted
}

package struct Subscription: Sendable, Hashable, Codable, Identifiable {
    package var id: String
    package var product: String
    package var seats: Int
    /// Kept as its own field rather than counted from licenses: the service reports seats in
    /// use that this tenant model does not list one by one.
    package var assignedSeats: Int
    package var status: SubscriptionStatus
    package var termMonths: Int
    package var createdAt: Date
    package var expiresAt: Date?
    package var paymentMethodID: String?

    package init(
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

    package var freeSeats: Int { max(0, seats - assignedSeats) }
}
