import Foundation

/// The tenant a new user starts with, so every action can be tried at once: one
/// subscription in each status, a saved card, free seats, and two unredeemed keys.
package enum DemoTenant {
    /// Printed in README on purpose: they only unlock the demo tenant. The file keeps only
    /// their salted hashes, like any other key.
    package static let productKeys = ["TRY24-DMB6K-7HQPW-XC3FJ-9GVR8", "TRY24-K8PWD-M3QXB-6HJRC-FVG79"]

    /// Dates are relative to `now` so the demo reads the same whenever it is created.
    package static func make(now: Date) -> Tenant {
        let yearAgo = UTCCalendar.adding(months: -12, to: now)
        let monthAgo = UTCCalendar.adding(months: -1, to: now)
        let cardYear = UTCCalendar.yearMonth(of: now).year + 3
        func subscription(_ id: String, _ product: String, _ status: SubscriptionStatus, seats: Int, assigned: Int)
            -> Subscription {
            Subscription(
                id: id, product: product, seats: seats, assignedSeats: assigned, status: status, termMonths: 12,
                createdAt: yearAgo,
                expiresAt: status == .active ? UTCCalendar.adding(months: 11, to: now) : monthAgo,
                paymentMethodID: "pm-1")
        }
        let keys = zip(productKeys, [("Microsoft 365 Business Premium", 5), ("Microsoft 365 Apps for business", 1)])
            .enumerated().map { index, pair in
                // The constants are valid keys; a typo in them is caught by the store tests.
                let key = (try? ProductKey(parsing: pair.0))!
                return ProductKeyHash.record(
                    id: "pk-\(index + 1)", key: key, product: pair.1.0, seats: pair.1.1, termMonths: 12)
            }
        return Tenant(
            users: [
                User(id: "u-1", name: "Anna Bērziņa", signInName: "anna@contoso.example"),
                User(id: "u-2", name: "Jānis Ozols", signInName: "janis@contoso.example"),
                User(id: "u-3", name: "Alex Wilber", signInName: "alex@contoso.example"),
            ],
            subscriptions: [
                subscription("sub-1", "Microsoft 365 Business Standard", .active, seats: 3, assigned: 1),
                subscription("sub-2", "Microsoft 365 Business Basic", .expired, seats: 5, assigned: 0),
                subscription("sub-3", "Microsoft 365 Business Premium", .disabled, seats: 2, assigned: 0),
                subscription("sub-4", "Microsoft 365 Apps for business", .canceled, seats: 1, assigned: 0),
                subscription("sub-5", "Exchange Online (Plan 1)", .deleted, seats: 10, assigned: 0),
            ],
            licenses: [License(userID: "u-1", subscriptionID: "sub-1", assignedAt: yearAgo)],
            paymentMethods: [
                PaymentMethod(
                    id: "pm-1", kind: .card(CardDetails(brand: .visa, last4: "4242", expiryMonth: 12, expiryYear: cardYear))),
            ],
            productKeys: keys)
    }
}
