import Foundation

/// Failed key attempts, to slow down guessing: five failures within ten minutes lock key
/// entry for ten minutes from the fifth.
public struct KeyAttemptLog: Sendable, Hashable, Codable {
    public static let maxFailures = 5
    public static let window: TimeInterval = 10 * 60
    public static let lockDuration: TimeInterval = 10 * 60

    public private(set) var failures: [Date]

    public init(failures: [Date] = []) {
        self.failures = failures.sorted()
    }

    /// The end of the lock in force at `now`, or nil. The lock ends at exactly ten minutes:
    /// at that instant entry is open again.
    public func lockedUntil(now: Date) -> Date? {
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
    public func recordingFailure(at now: Date) -> KeyAttemptLog {
        let horizon = now.addingTimeInterval(-(Self.window + Self.lockDuration))
        return KeyAttemptLog(failures: failures.filter { $0 > horizon } + [now])
    }
}
