import StepwiseArticle

/// One message of a catalog file: its key, the source text where the file carries it, the
/// translation, and what translators and tools wrote about it.
package struct CatalogMessage: Sendable, Hashable {
    /// The key messages are paired by: a dotted YAML key, a PO msgid (with its msgctxt), an
    /// XLIFF unit id, a String Catalog key.
    package var key: String
    /// PO `msgctxt`; part of the identity, shown with the key.
    package var context: String?
    /// The source text, for formats that carry it (nil for YAML: the source is another file).
    package var source: MessageValue?
    package var target: MessageValue
    package var state: TranslationState
    /// Translator and extracted comments, XLIFF notes, `.xcstrings` comments, YAML comments
    /// on the key's line or the lines above it: where a suppression is written.
    package var comments: [String]
    /// Which placeholder syntaxes its strings use (for PO, from its format flags; `fuzzy` is its state).
    package var syntaxes: PlaceholderSyntaxes
    /// XLIFF `maxwidth` in characters, where the file declares one.
    package var maxWidth: Int?
    /// How many `msgstr[n]` a PO plural entry gives, to hold against its header's `nplurals`.
    package var formCount: Int?
    package var keyPosition: SourcePosition
    /// Where the translation stands (the key's place when there is none).
    package var targetPosition: SourcePosition

    package init(key: String, context: String? = nil, source: MessageValue? = nil, target: MessageValue,
                 state: TranslationState = .translated, comments: [String] = [],
                 syntaxes: PlaceholderSyntaxes, maxWidth: Int? = nil, keyPosition: SourcePosition, targetPosition: SourcePosition) {
        self.key = key; self.context = context; self.source = source; self.target = target; self.state = state
        self.comments = comments; self.syntaxes = syntaxes; self.maxWidth = maxWidth
        self.keyPosition = keyPosition; self.targetPosition = targetPosition
    }

    /// Key and context as one identity: PO allows the same msgid in two contexts.
    package var identity: String { context.map { $0 + "\u{4}" + key } ?? key }

    /// The key as translators read it in findings.
    package var displayKey: String { context.map { "\(key) [\($0)]" } ?? key }
}
