public struct Tenant: Sendable, Hashable, Codable {
    public var users: [User]
    public var subscriptions: [Subscription]
    public var licenses: [License]
    public var paymentMethods: [PaymentMethod]
    public var productKeys: [ProductKeyRecord]
    /// Append-only: rules only ever add to the end.
    public var auditLog: [AuditEntry]

    public init(
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

    public func user(_ id: String) -> User? { users.first { $0.id == id } }
    public func subscription(_ id: String) -> Subscription? { subscriptions.first { $0.id == id } }
    public func paymentMethod(_ id: String) -> PaymentMethod? { paymentMethods.first { $0.id == id } }

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
public struct RuleOutcome: Sendable, Hashable {
    public var tenant: Tenant
    public var audit: [AuditEntry]

    public init(tenant: Tenant, audit: [AuditEntry]) {
        self.tenant = tenant
        self.audit = audit
    }
}

extension Tenant {
    /// Users are named by id or by sign-in name (case-insensitive, as sign-in names are).
    public func findUser(_ idOrSignInName: String) -> User? {
        users.first { $0.id == idOrSignInName || $0.signInName.lowercased() == idOrSignInName.lowercased() }
    }
}
