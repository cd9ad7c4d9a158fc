public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    case error, warning, note
}

/// One problem, wherever it was found: an article the parser refused, a binding left out, a
/// graph's shape, an export's warning, a check's finding. The message is data: `id` is the
/// catalog key that words it and `arguments` fill its placeholders, so every front end and
/// language says it the same way, and one renderer (`DiagnosticText`) turns it into a line.
package struct Diagnostic: Sendable, Hashable {
    /// A placeholder's value. Most are text from a file; some are themselves messages (a
    /// reason worded by its own key) or paths, which front ends show relative to where the
    /// reader stands.
    package enum Value: Sendable, Hashable, ExpressibleByStringLiteral {
        case text(String)
        case path(String)
        /// A catalog key, worded with the diagnostic's other arguments.
        case message(String)

        package init(stringLiteral value: String) { self = .text(value) }
    }

    /// A place in a file; no range means the whole file.
    package struct Location: Sendable, Hashable {
        package var file: String
        package var range: SourceRange?

        package init(file: String, range: SourceRange? = nil) {
            self.file = file; self.range = range
        }

        package init(file: String, position: SourcePosition) {
            self.init(file: file, range: position.line > 0 ? SourceRange(start: position, end: position) : nil)
        }
    }

    /// A place the diagnostic points at besides its own, worded by a key of its own (`note:`).
    package struct Related: Sendable, Hashable {
        package var location: Location
        package var id: String

        package init(_ location: Location, id: String) {
            self.location = location; self.id = id
        }
    }

    package var id: String
    package var severity: Severity
    /// Nil for a problem that belongs to no file (an option, the whole run).
    package var location: Location?
    package var arguments: [String: Value]
    package var related: [Related]

    package init(_ id: String, _ severity: Severity, at location: Location?, arguments: [String: Value] = [:], related: [Related] = []) {
        self.id = id; self.severity = severity; self.location = location; self.arguments = arguments; self.related = related
    }

    /// Plain text arguments, as most sources of diagnostics hold them.
    package static func texts(_ arguments: [String: String]) -> [String: Value] {
        arguments.mapValues(Value.text)
    }
}

/// Anything that can be told as a diagnostic.
package protocol DiagnosticConvertible {
    var diagnostic: Diagnostic { get }
}

extension ArticleError: DiagnosticConvertible {
    /// `error.<code>`, at its place. A `detail-key` argument names the reason's own message.
    package var diagnostic: Diagnostic { diagnostic(.error) }

    package func diagnostic(_ severity: Severity) -> Diagnostic {
        var args = Diagnostic.texts(arguments)
        if let key = arguments["detail-key"] { args["detail"] = .message("error.detail." + key) }
        if args["detail"] == nil { args["detail"] = "" }
        return Diagnostic("error." + code.rawValue, severity, at: Diagnostic.Location(file: file, position: position), arguments: args)
    }
}
