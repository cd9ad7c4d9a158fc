import StepwiseFlow
import Foundation

/// An array of findings. Lines and columns are 1-based, columns count Unicode scalars, and
/// `endLine`/`endColumn` are inclusive; all four are null for a finding about a whole file.
public enum JSONReport {
    struct Place: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?

        init(_ location: FindingLocation, _ wording: FindingWording) {
            file = wording.path(location.file)
            if location.hasPosition {
                line = location.range.start.line; column = location.range.start.column
                endLine = location.range.end.line; endColumn = location.range.end.column
            }
        }

        enum CodingKeys: String, CodingKey { case file, line, column, endLine, endColumn }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(line, forKey: .line)
            try c.encode(column, forKey: .column)
            try c.encode(endLine, forKey: .endLine)
            try c.encode(endColumn, forKey: .endColumn)
        }
    }

    struct Entry: Encodable {
        var place: Place
        var severity: String
        var check: String
        var message: String
        var related: Place?

        enum CodingKeys: String, CodingKey { case severity, check, message, related }

        func encode(to encoder: any Encoder) throws {
            try place.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(severity, forKey: .severity)
            try c.encode(check, forKey: .check)
            try c.encode(message, forKey: .message)
            try c.encode(related, forKey: .related)
        }
    }

    public static func render(_ report: CheckReport, wording: FindingWording) -> String {
        let entries = report.findings.map { f in
            Entry(place: Place(f.location, wording), severity: f.severity.rawValue, check: f.check.rawValue,
                  message: wording.message(f), related: f.related.map { Place($0, wording) })
        }
        return encode(entries)
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("[]".utf8)
        // DEL and C1 controls from an article or catalog are escaped, as in every JSON Stepwise prints.
        return JSONText.escapingControls(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
