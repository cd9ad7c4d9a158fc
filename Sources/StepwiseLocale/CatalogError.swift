import StepwiseArticle

/// A problem in a catalog file, located the way compilers report them (`file:line:column`).
/// No text: the code names the catalog entry `error.catalog.<code>` that words it and the
/// arguments fill it, as every other diagnostic does.
///
/// Thrown when a file cannot be used at all (unreadable, not UTF-8, YAML syntax error,
/// root not a mapping); also collected in `Catalog.issues` for entries that were skipped
/// while the rest of the file loaded.
public struct CatalogError: Error, Sendable, Hashable {
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// `detail-key` (an `error.detail.*` reason) or `detail` (the system's words).
        case unreadable
        /// `limit`.
        case tooLarge = "too-large"
        case invalidUTF8 = "invalid-utf8"
        /// `charset`: a PO file's declared charset that Stepwise does not decode.
        case charset
        /// `detail`: libyaml's own words, which only it has.
        case syntax
        case notMapping = "not-mapping"
        /// `limit`.
        case tooManyValues = "too-many-values"
        case emptyKey = "empty-key"
        /// `key`.
        case noText = "no-text"
        /// `key`, `category`.
        case formNotText = "form-not-text"
        /// `key`, `limit`.
        case tooDeep = "too-deep"
        /// `key`.
        case itemNotText = "item-not-text"
        /// `key`.
        case alias
        /// `key`, `first` (the line of the first definition); the second is left out.
        case definedTwice = "defined-twice"
        /// `key`: YAML itself refused the mapping.
        case duplicateKey = "duplicate-key"
        /// `locale`.
        case notLocaleTag = "not-locale-tag"
        /// `expected`, `found`: syntax tokens (`msgstr`, `"`, `:`), the same in every language.
        case unexpected
        /// `expected`: a syntax token that should stand here.
        case missing
        /// `found`: text after a closing quote, where the line should end.
        case afterString = "after-string"
        /// `escape`.
        case badEscape = "bad-escape"
        /// A quoted string not closed on its line or before the end of the file.
        case unterminated
        /// `element`, `attribute`.
        case missingAttribute = "missing-attribute"
        /// `field`: a JSON object member the format needs.
        case missingField = "missing-field"
        /// A JSON value (string, number, object, array, true, false, null) should stand here.
        case jsonValue = "json-value"
        /// Something follows the end of the document.
        case trailing
        /// `detail`: the header as written.
        case pluralForms = "plural-forms"
    }

    public var file: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based, counted in Unicode scalars (as libyaml counts); 0 when unknown.
    public var column: Int
    public var code: Code
    public var arguments: [String: String]

    public init(_ code: Code, file: String, line: Int = 0, column: Int = 0, _ arguments: [String: String] = [:]) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.arguments = arguments
    }

    /// The catalog key that words it.
    package var messageKey: String { "error.catalog." + code.rawValue }
}

extension CatalogError: DiagnosticConvertible {
    package var diagnostic: Diagnostic {
        var args = Diagnostic.texts(arguments)
        if let key = arguments["detail-key"] { args["detail"] = .message("error.detail." + key) }
        let position = SourcePosition(line: line, column: max(column, line > 0 ? 1 : 0))
        return Diagnostic(messageKey, .error, at: Diagnostic.Location(file: file, position: position), arguments: args)
    }
}

/// Where a key was defined in its catalog file, so checks can point translators at it.
public struct CatalogPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
