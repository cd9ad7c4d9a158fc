/// The file formats translators exchange that `stepwise check` reads.
package enum CatalogFormat: String, Sendable, Hashable, CaseIterable {
    /// `Locales/<locale>.yml`: nested keys, `{name}` placeholders, plural forms by CLDR category.
    case stepwiseYAML = "stepwise-yaml"
    /// Rails / i18n YAML: one top-level locale key (`lv:`), `%{name}` placeholders.
    case railsYAML = "rails-yaml"
    /// gettext PO, or its template (POT).
    case po
    case xliff12 = "xliff-1.2"
    case xliff20 = "xliff-2.0"
    /// Apple String Catalogs (`Localizable.xcstrings`).
    case xcstrings

    /// Whether the file holds the source text beside each translation (PO's msgid, XLIFF's
    /// source, every language of a String Catalog); YAML catalogs are paired by key instead.
    package var carriesSource: Bool {
        switch self {
        case .stepwiseYAML, .railsYAML: false
        case .po, .xliff12, .xliff20, .xcstrings: true
        }
    }
}
