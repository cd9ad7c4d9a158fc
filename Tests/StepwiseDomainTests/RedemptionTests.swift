import Foundation
import Testing
@testable import StepwiseDomain

struct RedemptionTests {
    let now = Fixtures.now

    func redeem(_ key: String, tenant: Tenant = Fixtures.tenant(), attempts: KeyAttemptLog = .init(), at time: Date? = nil)
        -> RedemptionAttempt
    {
        ProductKeyRedemption.redeem(tenant, key: key, actor: "u-1", attempts: attempts, now: time ?? now, hash: Fixtures.hash)
    }

    @Test func validKeyCreatesAnActiveSubscription() throws {
        let attempt = redeem("bcdfg hjkmp qrtvw xy234 6789b")
        let outcome = try #require(attempt.result.success)
        let subscription = try #require(outcome.tenant.subscription("sub-2"))
        #expect(subscription.status == .active)
        #expect(subscription.product == "Microsoft 365 Apps")
        #expect(subscription.seats == 3 && subscription.assignedSeats == 0)
        #expect(subscription.expiresAt == Fixtures.date(2027, 3, 15, 12))
        #expect(outcome.tenant.productKeys[0].redeemedAt == now)
        #expect(outcome.audit.map(\.subject) == ["key-1"])
        #expect(attempt.attempts.failures.isEmpty)
        let text = "\(outcome.audit)"
        #expect(!text.contains("BCDFG") && !text.contains("s1:"))
    }

    @Test func redeemingTwiceSaysWhen() throws {
        let first = try #require(redeem(Fixtures.unusedKey).result.success)
        #expect(redeem(Fixtures.unusedKey, tenant: first.tenant).result.failure == .keyAlreadyUsed(now))
        #expect(redeem(Fixtures.usedKey).result.failure == .keyAlreadyUsed(Fixtures.date(2026, 2, 1, 9, 30)))
    }

    @Test func unknownAndMalformedKeys() {
        let unknown = redeem("BBBBB-BBBBB-BBBBB-BBBBB-BBBBB")
        #expect(unknown.result.failure == .keyNotRecognized)
        #expect(unknown.attempts.failures == [now])
        let malformed = redeem("BBBBB-BBBBB")
        #expect(malformed.result.failure == .keyWrongLength(10))
        #expect(malformed.attempts.failures.isEmpty)
    }

    @Test func fifthFailureLocksForTenMinutes() {
        var log = KeyAttemptLog()
        for second in 0..<4 {
            let attempt = redeem("BBBBB-BBBBB-BBBBB-BBBBB-BBBBB", attempts: log, at: now + Double(second * 60))
            #expect(attempt.result.failure == .keyNotRecognized)
            log = attempt.attempts
        }
        #expect(log.lockedUntil(now: now + 240) == nil)
        // A used key does not count: it is known, not guessed.
        let used = redeem(Fixtures.usedKey, attempts: log, at: now + 298)
        #expect(used.result.failure == .keyAlreadyUsed(Fixtures.date(2026, 2, 1, 9, 30)))
        #expect(used.attempts == log)
        let fifth = redeem("BBBBB-BBBBB-BBBBB-BBBBB-BBBBB", attempts: log, at: now + 299)
        #expect(fifth.result.failure == .keyNotRecognized)
        log = fifth.attempts
        let lockEnd = now + 299 + 600
        #expect(redeem(Fixtures.unusedKey, attempts: log, at: now + 300).result.failure == .keyEntryLocked(until: lockEnd))
        #expect(redeem(Fixtures.unusedKey, attempts: log, at: lockEnd - 1).result.failure == .keyEntryLocked(until: lockEnd))
        // Refused attempts while locked do not extend the lock.
        #expect(redeem(Fixtures.unusedKey, attempts: log, at: lockEnd - 1).attempts == log)
        #expect(redeem(Fixtures.unusedKey, attempts: log, at: lockEnd).result.success != nil)
    }
}

extension RedemptionTests {
    /// Pasting a used key again and again (or eight processes racing one key) never locks key
    /// entry: a different, valid key is still accepted.
    @Test func aUsedKeyResubmittedNeverLocks() {
        var log = KeyAttemptLog()
        for second in 0..<8 {
            let attempt = redeem(Fixtures.usedKey, attempts: log, at: now + Double(second))
            #expect(attempt.result.failure == .keyAlreadyUsed(Fixtures.date(2026, 2, 1, 9, 30)))
            log = attempt.attempts
        }
        #expect(log.lockedUntil(now: now + 8) == nil)
        #expect(redeem(Fixtures.unusedKey, attempts: log, at: now + 9).result.success != nil)
    }
}

struct KeyAttemptLogTests {
    let t0 = Fixtures.now

    func log(_ offsets: [Double]) -> KeyAttemptLog {
        offsets.reduce(KeyAttemptLog()) { $0.recordingFailure(at: t0 + $1) }
    }

    @Test func fourFailuresAreFine() {
        #expect(log([0, 1, 2, 3]).lockedUntil(now: t0 + 3) == nil)
    }

    @Test func fifthWithinTenMinutesLocksUntilExactlyTenMinutesLater() {
        let l = log([0, 100, 200, 300, 599])
        #expect(l.lockedUntil(now: t0 + 599) == t0 + 1199)
        #expect(l.lockedUntil(now: t0 + 1198.999) == t0 + 1199)
        #expect(l.lockedUntil(now: t0 + 1199) == nil)
    }

    @Test func fiveFailuresSpreadOverTenMinutesOrMoreDoNotLock() {
        #expect(log([0, 100, 200, 300, 600]).lockedUntil(now: t0 + 600) == nil)
        #expect(log([0, 1, 2, 3, 700, 701, 702, 703]).lockedUntil(now: t0 + 703) == nil)
    }

    @Test func slidingWindowFindsALaterRunOfFive() {
        let l = log([0, 650, 660, 670, 680, 690])
        #expect(l.lockedUntil(now: t0 + 690) == t0 + 1290)
    }

    @Test func oldFailuresArePruned() {
        let l = log([0, 1, 2, 3, 4, 5000])
        #expect(l.failures == [t0 + 5000])
    }
}
