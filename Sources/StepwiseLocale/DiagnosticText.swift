import StepwiseArticle

/// The one way a diagnostic becomes text: `file:line:column: error: message`, as compilers
/// print it, so editors and CI problem matchers can jump there.
///
/// Every value can come from an article, a catalog or a file name: all of it is shown by
/// `DisplaySafeText`'s rule, and paths as `displayPath` gives them.
package struct DiagnosticText: Sendable {
    /// How the severity is written.
    package enum SeverityWords: Sendable {
        /// In the reader's language (`kļūda:`), for messages a person reads.
        case localized
        /// `error:`/`warning:`/`note:` in every language, as gcc's problem matchers expect,
        /// for reports that tools read too.
        case fixed
    }

    package let localizer: Localizer
    package let severityWords: SeverityWords
    package let displayPath: @Sendable (String) -> String

    package init(localizer: Localizer, severityWords: SeverityWords = .localized, displayPath: @escaping @Sendable (String) -> String = { $0 }) {
        self.localizer = localizer; self.severityWords = severityWords; self.displayPath = displayPath
    }

    /// The diagnostic's line, then one `note:` line per related place; no final newline.
    /// A `tag` (a check's id) ends the first line in brackets, as compilers name a warning.
    package func lines(_ d: Diagnostic, tag: String? = nil) -> String {
        var out = place(d.location) + severity(d.severity) + ": " + message(d) + (tag.map { " [\($0)]" } ?? "")
        for related in d.related {
            out += "\n" + place(related.location) + severity(.note) + ": " + localizer.string(related.id, strings(d.arguments))
        }
        return out
    }

    /// The message alone, in the reader's language.
    package func message(_ d: Diagnostic) -> String {
        localizer.string(d.id, strings(d.arguments))
    }

    /// `file:line:column: `, `file: ` for the whole file, nothing for no file.
    package func place(_ location: Diagnostic.Location?) -> String {
        guard let location else { return "" }
        let file = path(location.file)
        guard let start = location.range?.start, start.line > 0 else { return file + ": " }
        return "\(file):\(start.line):\(start.column): "
    }

    package func path(_ file: String) -> String { DisplaySafeText.clean(displayPath(file)) }

    package func severity(_ s: Severity) -> String {
        switch severityWords {
        case .fixed: s.rawValue
        case .localized: localizer.string(s.rawValue + ".prefix")
        }
    }

    /// Text and paths first, then messages, which may use them (a reason naming the file).
    private func strings(_ arguments: [String: Diagnostic.Value]) -> [String: String] {
        var out: [String: String] = [:]
        for (name, value) in arguments {
            switch value {
            case .text(let s): out[name] = DisplaySafeText.clean(s)
            case .path(let p): out[name] = path(p)
            case .message: break
            }
        }
        for (name, value) in arguments {
            if case .message(let key) = value { out[name] = DisplaySafeText.clean(localizer.string(key, out)) }
        }
        return out
    }
}
