import Foundation
import StepwiseArticle

/// Looks up user-visible strings in the chosen locale's catalog, falling back to en-US.
///
/// A key missing from both catalogs comes back as the key itself, so it shows up in the
/// output and in tests rather than as an empty string.
public struct Localizer: Sendable {
    /// The chosen locale's catalogs (a project's over the program's), then (unless the
    /// chosen locale is en-US) the fallback's.
    private let catalogs: [Catalog]

    public var catalog: Catalog { catalogs[0] }
    public var fallback: Catalog { catalogs[catalogs.count - 1] }
    public var locale: String { catalog.locale }

    public init(catalog: Catalog, fallback: Catalog) {
        catalogs = [catalog, fallback]
    }

    /// A localizer over a single catalog, which is its own fallback.
    public init(catalog: Catalog) {
        catalogs = [catalog]
    }

    /// Loads the catalog for `locale` and `en-US.yml` from `folder`.
    public init(locale: String, folder: URL) throws(CatalogError) {
        try self.init(locale: locale, layers: CatalogLayers([folder]))
    }

    /// Loads `locale` and en-US from every layer, topmost first. `locale` is matched like a
    /// negotiated one (`lv`, `LV_lv` → `lv-LV`); with no match the error names the file
    /// that was looked for.
    public init(locale: String, layers: CatalogLayers) throws(CatalogError) {
        // The tag becomes part of a path, so anything that is not a tag ("../x") is refused.
        guard LocaleNegotiation.normalize(locale) != nil else {
            throw CatalogError(.notLocaleTag, file: LocaleFolder.catalogURL(for: locale, in: layers.folders.last ?? URL(fileURLWithPath: ".")).path,
                               ["locale": locale])
        }
        let chosen = LocaleNegotiation.match(locale, available: layers.availableLocales) ?? locale
        let fallbackLocale = LocaleNegotiation.fallbackLocale
        let fallback = try layers.catalogs(for: fallbackLocale)
        if chosen.lowercased() == fallbackLocale.lowercased() {
            catalogs = fallback
        } else {
            catalogs = try layers.catalogs(for: chosen) + fallback
        }
    }

    /// Negotiates the locale against the catalogs in `folder` (see `LocaleNegotiation`) and loads it.
    public init(folder: URL, requested: String?, environment: [String: String]) throws(CatalogError) {
        try self.init(layers: CatalogLayers([folder]), requested: requested, environment: environment)
    }

    /// Negotiates the locale against every layer's catalogs and loads it.
    public init(layers: CatalogLayers, requested: String?, environment: [String: String]) throws(CatalogError) {
        let locale = LocaleNegotiation.resolve(requested: requested, environment: environment, available: layers.availableLocales)
        try self.init(locale: locale, layers: layers)
    }

    /// A hash of every entry of every catalog it looks in, topmost first: what an export
    /// cache keys on, so that a changed string remakes the pages that show it.
    package var fingerprint: UInt64 {
        var hasher = ContentHash.Hasher()
        for catalog in catalogs {
            hasher.add(catalog.locale)
            for key in catalog.keys {
                hasher.add(key)
                switch catalog.entries[key]! {
                case .text(let text): hasher.add("t"); hasher.add(text)
                case .list(let items): hasher.add("l"); for item in items { hasher.add(item) }
                case .plural(let forms):
                    hasher.add("p")
                    for (category, form) in forms { hasher.add(category.rawValue); hasher.add(form) }
                }
            }
        }
        return hasher.value
    }

    /// Every problem found while loading either catalog.
    public var issues: [CatalogError] {
        catalogs.flatMap(\.issues)
    }

    public func contains(_ key: String) -> Bool {
        catalogs.contains { $0[key] != nil }
    }

    public func string(_ key: String, _ args: [String: String] = [:]) -> String {
        for catalog in catalogs {
            switch catalog[key] {
            case .text(let text):
                return Placeholders.substitute(text, args)
            case .plural(let forms):
                if let other = forms[.other] { return Placeholders.substitute(other, args) }
            case .list, nil:
                continue
            }
        }
        return key
    }

    /// The form for `count` under the CLDR rules of the catalog that has the entry;
    /// `{count}` is filled in.
    public func plural(_ key: String, count: Int, _ args: [String: String] = [:]) -> String {
        plural(key, operands: PluralOperands(count), count: String(count), args)
    }

    /// Like `plural(_:count:_:)` for a number shown with decimals, passed as the text that
    /// will be displayed (`"1.50"`): the visible fraction digits change the category.
    /// Text that is not a plain decimal selects `other`.
    public func plural(_ key: String, decimal: String, _ args: [String: String] = [:]) -> String {
        plural(key, operands: PluralOperands(decimal), count: decimal, args)
    }

    /// The items of a list entry; a plain string counts as a one-item list, a missing key
    /// as an empty list (callers match against lists, where the key text would be a bogus item).
    public func list(_ key: String) -> [String] {
        for catalog in catalogs {
            switch catalog[key] {
            case .list(let items): return items
            case .text(let text): return [text]
            case .plural, nil: continue
            }
        }
        return []
    }

    private func plural(_ key: String, operands: PluralOperands?, count: String, _ args: [String: String]) -> String {
        var args = args
        args["count"] = count
        for catalog in catalogs {
            switch catalog[key] {
            case .plural(let forms):
                let category = operands.map { PluralRules.category(for: $0, language: catalog.language) } ?? .other
                if let form = forms[category] ?? forms[.other] { return Placeholders.substitute(form, args) }
            case .text(let text):
                return Placeholders.substitute(text, args)
            case .list, nil:
                continue
            }
        }
        return key
    }
}
