import Foundation

/// Raw values are the action names front ends and bindings use.
package enum AuditAction: String, Sendable, Hashable, Codable, CaseIterable {
    case reactivateSubscription = "subscription.reactivate"
    case addPaymentMethod = "paymentMethod.add"
    case redeemProductKey = "productKey.redeem"
    case assignLicense = "license.assign"
}

package struct AuditEntry: Sendable, Hashable, Codable {
    package var actor: String
    package var action: AuditAction
    /// The id of the thing acted on (subscription, payment method, key record).
    package var subject: String
    package var time: Date
    /// JSON of the subject before and after; nil where it did not exist.
    package var before: String?
    package var after: String?

    package init(
        actor: String, action: AuditAction, subject: String, time: Date, before: String?, after: String?
    ) {
        self.actor = actor
        self.action = action
        self.subject = subject
        self.time = time
        self.before = before
        self.after = after
    }
}

enum AuditJSON {
    /// Sorted keys and ISO dates, so the same state always gives the same text.
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding plain model structs cannot fail; an empty object keeps the log appendable anyway.
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
