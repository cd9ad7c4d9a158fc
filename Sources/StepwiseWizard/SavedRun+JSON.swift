import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StepwiseFlow

/// The saved run as JSON, written without JSONEncoder: its generic encoding was an eighth of
/// the instructions to a walk's first screen, and every move saves. The layout is what
/// JSONEncoder wrote (keys sorted, absent optionals left out, ISO 8601 dates in whole UTC
/// seconds), so files already saved read the same; they are still read with JSONDecoder.
/// SavedRunJSONTests holds the two to the same decoded run.
extension SavedRun {
    package var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let actions { members.append(("actions", .array(actions.map(\.json)))) }
        members.append(("contentHash", .string(contentHash)))
        members.append(("enteredArticles", .array(enteredArticles.map(\.json))))
        members.append(("history", .array(history.map(\.json))))
        members.append(("locale", .string(locale)))
        if let picks { members.append(("picks", .object(picks.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))) }
        members.append(("position", position.json))
        members.append(("savedAt", .string(Self.iso8601(savedAt))))
        members.append(("slug", .string(slug)))
        members.append(("startedAt", .string(Self.iso8601(startedAt))))
        if let tenant { members.append(("tenant", .string(tenant))) }
        members.append(("version", .int(version)))
        return .object(members)
    }

    /// `2025-01-02T03:04:05Z`, as JSONEncoder's `.iso8601` writes a date: the second it falls in.
    package static func iso8601(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var year = String(parts.tm_year + 1900)
        while year.count < 4 { year = "0" + year }
        return "\(year)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}

extension ArticleStamp {
    package var json: JSONValue { .object([("contentHash", .string(contentHash)), ("locale", .string(locale)), ("slug", .string(slug))]) }
}

extension WizardPosition {
    package var json: JSONValue { .object([("frames", .array(frames.map(\.json)))]) }
}

extension WizardLocation {
    package var json: JSONValue { .object([("locale", .string(locale)), ("node", .string(node)), ("slug", .string(slug))]) }
}

extension ActionRecord {
    package var json: JSONValue {
        var members: [(String, JSONValue)] = [("at", .string(SavedRun.iso8601(at)))]
        if let code { members.append(("code", .string(code))) }
        members += [("isPick", .bool(isPick)), ("message", .string(message)), ("name", .string(name)), ("node", .string(node)),
                    ("slug", .string(slug)), ("succeeded", .bool(succeeded))]
        return .object(members)
    }
}
