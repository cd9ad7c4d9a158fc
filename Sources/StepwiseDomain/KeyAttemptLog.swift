import Foundation

/// Failed key attempts, to slow down guessing: five failures within ten minutes lock key
/// entry for ten minutes from the fifth.
package struct KeyAttemptLog: Sendable, Hashable, Codable {
    package static let maxFailures = 5
    package static let window: TimeInterval = 10 * 60
    package static let lockDuration: TimeInterval = 10 * 60

    package private(set) var failures: [Date]

    package init(failures: [Date] = []) {
        self.failures = failures.sorted()
    }

    /// The end of the lock in force at `now`, or nil. The lock ends at exactly ten minutes:
    /// at that instant entry is open again.
    package func lockedUntil(now: Date) -> Date? {
        let past = failures.filter { $0 <= now }
        guard past.count >= Self.maxFailures else { return nil }
        var end: Date?
        for index in (Self.maxFailures - 1)..<past.count {
            let first = past[index - (Self.maxFailures - 1)]
            if past[index].timeIntervalSince(first) < Self.window {
                let lockEnd = past[index].addingTimeInterval(Self.lockDuration)
                if lockEnd > now { end = max(end ?? lockEnd, lockEnd) }
            }
        }
        return end
    }

    /// Failures older than a window plus a lock can no longer matter, so they are dropped to
    /// keep the log small.
    package func recordingFailure(at now: Date) -> KeyAttemptLog {
        let horizon = now.addingTimeInterval(-(Self.window + Self.lockDuration))
        return KeyAttemptLog(failures: failures.filter { $0 > horizon } + [now])
    }
}
