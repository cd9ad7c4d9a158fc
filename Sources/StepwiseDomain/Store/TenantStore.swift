import Foundation

/// What a transaction sees: the tenant plus the failed key attempts, which the lockout rule
/// needs but which are not part of the tenant model.
package struct TenantState: Sendable, Hashable {
    package var tenant: Tenant
    package var keyAttempts: KeyAttemptLog

    package init(tenant: Tenant, keyAttempts: KeyAttemptLog = KeyAttemptLog()) {
        self.tenant = tenant
        self.keyAttempts = keyAttempts
    }
}

/// A backend for the tenant. Actions go through `perform` only, so a second backend needs
/// no change to them.
package protocol TenantStore: Sendable {
    /// The hash this store keeps product keys under, for `ProductKeyRedemption`.
    var keyHasher: ProductKeyHasher { get }

    func load() throws -> Tenant

    /// Runs `change` on the current state inside one write transaction and stores what it
    /// returns. The state is read inside the transaction, so a concurrent writer's commit is
    /// always seen and never overwritten. If `change` throws, nothing is stored and its
    /// error is rethrown unchanged (a `DomainError` stays a `DomainError`); failures of the
    /// store itself are `StoreError`s.
    ///
    /// The audit log can only grow: the new state's log must start with the old one.
    func perform<T>(_ change: (TenantState) throws -> (TenantState, T)) throws -> T
}
