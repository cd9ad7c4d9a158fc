import StepwiseArticle

/// A place in a checked file. A range with line 0 means the whole file.
public struct FindingLocation: Sendable, Hashable {
    public var file: String
    public var range: SourceRange

    public init(file: String, range: SourceRange) {
        self.file = file; self.range = range
    }

    public init(file: String, line: Int, column: Int) {
        self.init(file: file, range: SourceRange(line: line, column: column, endLine: line, endColumn: column))
    }

    public static func wholeFile(_ file: String) -> FindingLocation {
        FindingLocation(file: file, range: .unknown)
    }

    public var hasPosition: Bool { range.start.line > 0 }
}

/// One problem a check found. The message is data: `message` names a catalog entry under
/// `check.message.` and `arguments` fill its placeholders, so every output format and
/// language words it the same way.
public struct Finding: Sendable, Hashable {
    public var check: CheckID
    public var severity: Severity
    public var location: FindingLocation
    public var message: String
    public var arguments: [String: String]
    /// The matching place in the source (article or catalog), where there is one.
    public var related: FindingLocation?

    public init(_ check: CheckID, _ severity: Severity? = nil, at location: FindingLocation, message: String,
                _ arguments: [String: String] = [:], related: FindingLocation? = nil) {
        self.check = check
        self.severity = severity ?? check.defaultSeverity
        self.location = location
        self.message = message
        self.arguments = arguments
        self.related = related
    }

    /// The catalog key of the message: short names live under `check.message.`; a dotted name
    /// is a key of its own (an article the parser refused keeps its `error.<code>` message).
    public var messageKey: String { message.contains(".") ? message : "check.message." + message }

    /// File, then position, then check and message: the same input always prints the same list.
    public static func ordered(_ a: Finding, _ b: Finding) -> Bool {
        if a.location.file != b.location.file { return a.location.file < b.location.file }
        if a.location.range.start != b.location.range.start { return a.location.range.start < b.location.range.start }
        if a.check != b.check { return a.check < b.check }
        if a.message != b.message { return a.message < b.message }
        return a.arguments.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: "\u{0}")
            < b.arguments.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: "\u{0}")
    }
}
