import Foundation

package struct RedemptionAttempt: Sendable, Hashable {
    /// Returned on success and failure alike: failures must be kept for the lockout.
    package var attempts: KeyAttemptLog
    package var result: Result<RuleOutcome, DomainError>
}

package enum ProductKeyRedemption {
    package static func redeem(
        _ tenant: Tenant, key text: String, actor: String, attempts: KeyAttemptLog, now: Date,
        hash: ProductKeyHasher
    ) -> RedemptionAttempt {
        if let until = attempts.lockedUntil(now: now) {
            return RedemptionAttempt(attempts: attempts, result: .failure(.keyEntryLocked(until: until)))
        }
        let key: ProductKey
        do throws(DomainError) {
            key = try ProductKey(parsing: text)
        } catch {
            // Malformed input is refused before any lookup and tells a guesser nothing, so it
            // does not count toward the lockout; a typo should not lock a user out.
            return RedemptionAttempt(attempts: attempts, result: .failure(error))
        }
        guard let index = tenant.productKeys.firstIndex(where: { hash(key.normalized, $0.salt) == $0.hash }) else {
            return RedemptionAttempt(attempts: attempts.recordingFailure(at: now), result: .failure(.keyNotRecognized))
        }
        let record = tenant.productKeys[index]
        // A used key is a known key, not a guess: "already redeemed" says nothing a guesser could
        // use, and counting it would let a user who pastes it again (or processes racing one
        // key) lock key entry for the whole tenant. Only unknown keys count toward the lockout.
        if let redeemedAt = record.redeemedAt {
            return RedemptionAttempt(attempts: attempts, result: .failure(.keyAlreadyUsed(redeemedAt)))
        }
        var next = tenant
        next.productKeys[index].redeemedAt = now
        let subscription = Subscription(
            id: next.nextID(prefix: "sub", existing: next.subscriptions.map(\.id)),
            product: record.product, seats: record.seats, assignedSeats: 0, status: .active,
            termMonths: record.termMonths, createdAt: now,
            expiresAt: UTCCalendar.adding(months: record.termMonths, to: now))
        next.subscriptions.append(subscription)
        // The record's id names the key; its hash and salt stay out of the log.
        let entry = AuditEntry(
            actor: actor, action: .redeemProductKey, subject: record.id, time: now,
            before: nil, after: AuditJSON.encode(subscription))
        next.auditLog.append(entry)
        return RedemptionAttempt(attempts: attempts, result: .success(RuleOutcome(tenant: next, audit: [entry])))
    }
}
