import Foundation
@testable import StepwiseDomain

/// Fixed instants: 2026-03-15 12:00:00 UTC and helpers around it.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_773_576_000)

    static func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
        UTCCalendar.calendar.date(from: DateComponents(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
    }

    /// Deliberately simple: the rules only need the hash to be a function of key and salt.
    static let hash: ProductKeyHasher = { key, salt in "\(salt):\(String(key.reversed()))" }

    static let validCard = CardInput(number: "4111 1111 1111 1111", expiry: "12/30")

    static func subscription(_ id: String, _ status: SubscriptionStatus, seats: Int = 5, assigned: Int = 2) -> Subscription {
        Subscription(
            id: id, product: "Microsoft 365 Business Standard", seats: seats, assignedSeats: assigned,
            status: status, termMonths: 12, createdAt: date(2025, 1, 1), expiresAt: date(2026, 1, 1),
            paymentMethodID: "pm-1")
    }

    static let unusedKey = "BCDFG-HJKMP-QRTVW-XY234-6789B"
    static let usedKey = "22222-33333-44444-66666-77777"

    static func tenant(status: SubscriptionStatus = .expired, seats: Int = 5, assigned: Int = 2) -> Tenant {
        Tenant(
            users: [
                User(id: "u-1", name: "Anna Bērziņa", signInName: "anna@example.com"),
                User(id: "u-2", name: "Jānis Ozols", signInName: "janis@example.com"),
            ],
            subscriptions: [subscription("sub-1", status, seats: seats, assigned: assigned)],
            licenses: [License(userID: "u-1", subscriptionID: "sub-1", assignedAt: date(2025, 1, 2))],
            paymentMethods: [
                PaymentMethod(id: "pm-1", kind: .card(CardDetails(brand: .visa, last4: "1111", expiryMonth: 12, expiryYear: 2030))),
                PaymentMethod(id: "pm-2", kind: .card(CardDetails(brand: .mastercard, last4: "4444", expiryMonth: 2, expiryYear: 2026))),
                PaymentMethod(id: "pm-3", kind: .invoice),
            ],
            productKeys: [
                record("key-1", unusedKey, salt: "s1"),
                record("key-2", usedKey, salt: "s2", redeemedAt: date(2026, 2, 1, 9, 30)),
            ])
    }

    static func record(_ id: String, _ key: String, salt: String, redeemedAt: Date? = nil) -> ProductKeyRecord {
        let normalized = try! ProductKey(parsing: key).normalized
        return ProductKeyRecord(
            id: id, hash: hash(normalized, salt), salt: salt, product: "Microsoft 365 Apps", seats: 3,
            termMonths: 12, redeemedAt: redeemedAt)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }

    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
