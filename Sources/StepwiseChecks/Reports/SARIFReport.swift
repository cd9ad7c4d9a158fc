import Foundation
import StepwiseArticle

/// SARIF 2.1.0 (OASIS), the format code-scanning services read: one rule per check, one
/// result per finding, the source place as a related location.
public enum SARIFReport {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    struct Log: Encodable {
        var schema = SARIFReport.schemaURI
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]?
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "stepwise"
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { var level: String }
    struct Text: Encodable { var text: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Location]?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Text?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    /// SARIF's `endColumn` is the column after the region; ours is the last one in it.
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    /// `baseFolder`: relative paths are given against it, as `%SRCROOT%`.
    public static func render(_ report: CheckReport, wording: FindingWording, baseFolder: String?) -> String {
        let checks = CheckID.allCases
        let rules = checks.map { Rule(id: $0.rawValue, shortDescription: Text(text: wording.ruleDescription($0)),
                                      defaultConfiguration: Configuration(level: level($0.defaultSeverity))) }
        func location(_ l: FindingLocation, id: Int? = nil, message: String? = nil) -> Location {
            let r = l.range
            let region = l.hasPosition ? Region(startLine: r.start.line, startColumn: max(1, r.start.column),
                                                endLine: max(r.end.line, r.start.line),
                                                endColumn: r.end.line > r.start.line ? r.end.column + 1 : max(r.end.column, r.start.column) + 1) : nil
            return Location(id: id, physicalLocation: PhysicalLocation(artifactLocation: artifact(wording.displayPath(l.file), base: baseFolder),
                                                                       region: region), message: message.map(Text.init))
        }
        let results = report.findings.map { f in
            Result(ruleId: f.check.rawValue, ruleIndex: checks.firstIndex(of: f.check)!, level: level(f.severity),
                   message: Text(text: wording.message(f)), locations: [location(f.location)],
                   relatedLocations: f.related.map { [location($0, id: 0, message: wording.relatedMessage(f))] })
        }
        let bases = baseFolder.map { ["SRCROOT": ArtifactLocation(uri: fileURI($0.hasSuffix("/") ? $0 : $0 + "/"), uriBaseId: nil)] }
        let run = Run(tool: Tool(driver: Driver(rules: rules)), originalUriBaseIds: bases, results: results)
        return JSONReport.encode(Log(runs: [run]))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func artifact(_ path: String, base: String?) -> ArtifactLocation {
        if path.hasPrefix("/") { return ArtifactLocation(uri: fileURI(path), uriBaseId: nil) }
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return ArtifactLocation(uri: escape(relative), uriBaseId: base == nil ? nil : "SRCROOT")
    }

    static func fileURI(_ absolute: String) -> String { "file://" + escape(absolute) }

    /// Percent-encodes all but unreserved characters and `/`, so any file name is a valid URI reference.
    static func escape(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
