import Foundation
import StepwiseArticle
import StepwiseFlow

/// SARIF 2.1.0 (OASIS), the format code-scanning services read: one rule per check, one
/// result per finding, the source place as a related location.
public enum SARIFReport {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// `baseFolder`: relative paths are given against it, as `%SRCROOT%`. `fingerprintPath`: the
    /// path each fingerprint hashes (the project-relative one, so a run from another folder
    /// matches); the displayed path when nil.
    public static func render(_ report: CheckReport, wording: FindingWording, baseFolder: String?,
                              fingerprintPath: (@Sendable (String) -> String)? = nil) -> String {
        let printPath = fingerprintPath ?? wording.displayPath
        let checks = CheckID.allCases
        let rules: [JSONValue] = checks.map {
            .object([("id", .string($0.rawValue)), ("shortDescription", text(wording.ruleDescription($0))),
                     ("defaultConfiguration", .object([("level", .string(level($0.defaultSeverity)))]))])
        }
        func location(_ l: FindingLocation, id: Int? = nil, message: String? = nil) -> JSONValue {
            var physical = [("artifactLocation", artifact(wording.displayPath(l.file), base: baseFolder))]
            if l.hasPosition {
                // SARIF's `endColumn` is the column after the region; ours is the last one in it.
                let r = l.range
                physical.append(("region", .object([
                    ("startLine", .int(r.start.line)), ("startColumn", .int(max(1, r.start.column))),
                    ("endLine", .int(max(r.end.line, r.start.line))),
                    ("endColumn", .int(r.end.line > r.start.line ? r.end.column + 1 : max(r.end.column, r.start.column) + 1)),
                ])))
            }
            var fields: [(String, JSONValue)] = []
            if let id { fields.append(("id", .int(id))) }
            fields.append(("physicalLocation", .object(physical)))
            if let message { fields.append(("message", text(message))) }
            return .object(fields)
        }
        let results: [JSONValue] = report.findings.map { f in
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(f.check.rawValue)), ("ruleIndex", .int(checks.firstIndex(of: f.check)!)), ("level", .string(level(f.severity))),
                ("message", text(wording.message(f))), ("locations", .array([location(f.location)])),
                ("partialFingerprints", .object([(Baseline.fingerprintKey, .string(f.fingerprint(path: printPath(f.location.file))))])),
            ]
            if let related = f.related { fields.append(("relatedLocations", .array([location(related, id: 0, message: wording.relatedMessage(f))]))) }
            return .object(fields)
        }
        var run: [(String, JSONValue)] = [("tool", .object([("driver", .object([("name", .string("stepwise")), ("rules", .array(rules))]))]))]
        if let baseFolder {
            run.append(("originalUriBaseIds", .object([("SRCROOT", .object([("uri", .string(fileURI(baseFolder.hasSuffix("/") ? baseFolder : baseFolder + "/")))]))])))
        }
        run += [("results", .array(results)), ("columnKind", .string("unicodeCodePoints"))]
        return JSONValue.object([("$schema", .string(schemaURI)), ("version", .string("2.1.0")), ("runs", .array([.object(run)]))]).pretty()
    }

    private static func text(_ s: String) -> JSONValue { .object([("text", .string(s))]) }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func artifact(_ path: String, base: String?) -> JSONValue {
        if path.hasPrefix("/") { return .object([("uri", .string(fileURI(path)))]) }
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return .object([("uri", .string(escape(relative)))] + (base == nil ? [] : [("uriBaseId", .string("SRCROOT"))]))
    }

    static func fileURI(_ absolute: String) -> String { "file://" + escape(absolute) }

    /// Percent-encodes all but unreserved characters and `/`, so any file name is a valid URI reference.
    static func escape(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
