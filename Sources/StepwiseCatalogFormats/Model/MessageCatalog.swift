import StepwiseArticle
import StepwiseLocale

/// A catalog file read for checking, whatever its format: every message with the place of
/// each value, empty ones included, so each problem can be pointed at.
package struct MessageCatalog: Sendable {
    package var file: String
    package var format: CatalogFormat
    /// The language of the translations (`lv-LV`); for a POT or a source YAML file, the source's.
    package var locale: String
    /// The language of the source text, for formats that carry it.
    package var sourceLocale: String?
    package var messages: [CatalogMessage] = []
    /// Where every YAML mapping key stands, parents included (`check`, `check.message`), so a
    /// missing key can be reported at the nearest parent the catalog does have.
    package var keyPositions: [String: SourcePosition] = [:]
    /// Problems in single entries; the rest of the file is still checked.
    package var issues: [CatalogError] = []
    /// A PO header's `Plural-Forms`, with where it stands.
    package var pluralForms: PluralFormsHeader?
    /// A POT file: msgids to pair PO files with, no translations.
    package var isTemplate = false
    /// Other languages in the same file (`.xcstrings`): each is checked as a catalog of its own.
    package var otherLanguages: [MessageCatalog] = []

    package init(file: String, format: CatalogFormat, locale: String, sourceLocale: String? = nil) {
        self.file = file; self.format = format; self.locale = locale; self.sourceLocale = sourceLocale
    }

    /// Message positions by identity, the first of each (built once by whoever pairs).
    package var index: [String: Int] {
        var index: [String: Int] = [:]
        for (i, m) in messages.enumerated() where index[m.identity] == nil { index[m.identity] = i }
        return index
    }
}
