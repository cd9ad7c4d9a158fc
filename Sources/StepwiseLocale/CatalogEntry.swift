/// One value in a catalog, after nested keys have been flattened.
public enum CatalogEntry: Sendable, Hashable {
    /// A plain string, possibly with `{name}` placeholders.
    case text(String)
    /// Forms by CLDR category; the YAML was a mapping whose keys are all category names.
    case plural(PluralForms)
    /// A YAML sequence of strings (e.g. the label words that open a callout).
    case list([String])

    /// Every string the entry holds, for checks that look at all of them (placeholders).
    public var allStrings: [String] {
        switch self {
        case .text(let text): return [text]
        case .plural(let forms): return forms.values
        case .list(let items): return items
        }
    }

    /// Placeholder names used anywhere in the entry.
    public var placeholderNames: Set<String> {
        allStrings.reduce(into: []) { $0.formUnion(Placeholders.names(in: $1)) }
    }
}
