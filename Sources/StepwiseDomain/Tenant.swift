package struct Tenant: Sendable, Hashable, Codable {
    package var users: [User]
    package var subscriptions: [Subscription]
    package var licenses: [License]
    package var paymentMethods: [PaymentMethod]
    package var productKeys: [ProductKeyRecord]
    /// Append-only: rules only ever add to the end.
    package var auditLog: [AuditEntry]

    package init(
        users: [User] = [], subscriptions: [Subscription] = [], licenses: [License] = [],
        paymentMethods: [PaymentMethod] = [], productKeys: [ProductKeyRecord] = [], auditLog: [AuditEntry] = []
    ) {
        self.users = users
        self.subscriptions = subscriptions
        self.licenses = licenses
        self.paymentMethods = paymentMethods
        self.productKeys = productKeys
        self.auditLog = auditLog
    }

    package func user(_ id: String) -> User? { users.first { $0.id == id } }
    package func subscription(_ id: String) -> Subscription? { subscriptions.first { $0.id == id } }
    package func paymentMethod(_ id: String) -> PaymentMethod? { paymentMethods.first { $0.id == id } }

    /// Ids come from the tenant itself, not from randomness, so rules stay deterministic.
    func nextID(prefix: String, existing: [String]) -> String {
        let numbers = existing.compactMap { id -> Int? in
            guard id.hasPrefix(prefix + "-") else { return nil }
            return Int(id.dropFirst(prefix.count + 1))
        }
        return "\(prefix)-\((numbers.max() ?? 0) + 1)"
    }

    mutating func replace(_ subscription: Subscription) {
        if let index = subscriptions.firstIndex(where: { $0.id == subscription.id }) {
            subscriptions[index] = subscription
        }
    }
}

/// What a rule that succeeded gives back: the new tenant (its audit log already extended)
/// and the entries it added, so a store can write both in one transaction.
package struct RuleOutcome: Sendable, Hashable {
    package var tenant: Tenant
    package var audit: [AuditEntry]

    package init(tenant: Tenant, audit: [AuditEntry]) {
        self.tenant = tenant
        self.audit = audit
    }
}

extension Tenant {
    /// Users are named by id or by sign-in name (case-insensitive, as sign-in names are).
    package func findUser(_ idOrSignInName: String) -> User? {
        users.first { $0.id == idOrSignInName || $0.signInName.lowercased() == idOrSignInName.lowercased() }
    }
}
