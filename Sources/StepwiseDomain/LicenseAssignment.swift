import Foundation

package enum LicenseAssignment {
    /// `user` is an id or a sign-in name, as the command line accepts both.
    package static func assign(
        _ tenant: Tenant, user: String, subscriptionID: String, actor: String, now: Date
    ) -> Result<RuleOutcome, DomainError> {
        Result { () throws(DomainError) -> RuleOutcome in
            guard let found = tenant.findUser(user) else {
                throw .unknownUser(user)
            }
            guard let old = tenant.subscription(subscriptionID) else { throw .unknownSubscription(subscriptionID) }
            // Checked before seats so a user who already has it is told so, even on a full subscription.
            guard !tenant.licenses.contains(where: { $0.userID == found.id && $0.subscriptionID == old.id }) else {
                throw .alreadyLicensed
            }
            guard old.status == .active else { throw .subscriptionNotActive(old.status) }
            guard old.freeSeats > 0 else { throw .noFreeSeats }
            var next = tenant
            var updated = old
            updated.assignedSeats += 1
            next.replace(updated)
            let license = License(userID: found.id, subscriptionID: old.id, assignedAt: now)
            next.licenses.append(license)
            let entry = AuditEntry(
                actor: actor, action: .assignLicense, subject: old.id, time: now,
                before: AuditJSON.encode(old), after: AuditJSON.encode(Assigned(subscription: updated, license: license)))
            next.auditLog.append(entry)
            return RuleOutcome(tenant: next, audit: [entry])
        }
    }
}

/// The after-state names the user too, which the subscription alone would not.
private struct Assigned: Encodable {
    var subscription: Subscription
    var license: License
}
