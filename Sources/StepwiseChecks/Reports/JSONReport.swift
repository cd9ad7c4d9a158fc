import StepwiseFlow

/// An array of findings. Lines and columns are 1-based, columns count Unicode scalars, and
/// `endLine`/`endColumn` are inclusive; all four are null for a finding about a whole file.
public enum JSONReport {
    public static func render(_ report: CheckReport, wording: FindingWording) -> String {
        JSONValue.array(report.findings.map { f in
            .object(place(f.location, wording) + [
                ("severity", .string(f.severity.rawValue)), ("check", .string(f.check.rawValue)),
                ("message", .string(wording.message(f))), ("related", f.related.map { .object(place($0, wording)) } ?? .null),
            ])
        }).pretty()
    }

    private static func place(_ location: FindingLocation, _ wording: FindingWording) -> [(String, JSONValue)] {
        let r = location.hasPosition ? location.range : nil
        return [("file", .string(wording.path(location.file))), ("line", .optional(r?.start.line)), ("column", .optional(r?.start.column)),
                ("endLine", .optional(r?.end.line)), ("endColumn", .optional(r?.end.column))]
    }
}
