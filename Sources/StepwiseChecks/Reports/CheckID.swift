import StepwiseArticle

/// The checks `stepwise check` runs. The raw value is the id printed with every finding and
/// used as the SARIF rule id; the rule's description is `check.rule.<id>` in the catalogs.
public enum CheckID: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    // String catalogs.
    case localeSyntax = "locale-syntax"
    case missingKey = "missing-key"
    case extraKey = "extra-key"
    case emptyValue = "empty-value"
    case placeholderMismatch = "placeholder-mismatch"
    case pluralCategories = "plural-categories"
    case pluralPlaceholder = "plural-placeholder"
    case untranslated = "untranslated"
    case translationState = "translation-state"
    case whitespace = "whitespace"
    case tags = "tags"
    case length = "length"
    case pluralForms = "plural-forms"
    // Articles.
    case frontMatter = "front-matter"
    /// An article cmark or the header reader refused for another reason than its YAML
    /// (invalid UTF-8, nesting, includes): nothing else can be checked in it.
    case articleSyntax = "article-syntax"
    case missingSource = "missing-source"
    case structure = "structure"
    case callout = "callout"
    case link = "link"
    case anchor = "anchor"
    case code = "code"
    case table = "table"
    case uiPath = "ui-path"
    case markup = "markup"
    case brokenLink = "broken-link"
    case actionBinding = "action-binding"

    /// The level a SARIF rule declares; single findings may differ (an unused plural category
    /// is only a warning, a missing one an error).
    public var defaultSeverity: Severity {
        switch self {
        case .untranslated, .missingSource, .extraKey, .markup, .translationState, .whitespace: .warning
        default: .error
        }
    }

    public static func < (a: CheckID, b: CheckID) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
