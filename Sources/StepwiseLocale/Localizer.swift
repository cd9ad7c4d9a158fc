import Foundation

/// Looks up user-visible strings in the chosen locale's catalog, falling back to en-US.
///
/// A key missing from both catalogs comes back as the key itself, so it shows up in the
/// output and in tests rather than as an empty string.
public struct Localizer: Sendable {
    /// The chosen locale's catalog, then (unless the chosen locale is en-US) the fallback.
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

    /// Loads the catalog for `locale` and `en-US.yml` from `folder`. `locale` is matched
    /// like a negotiated one (`lv`, `LV_lv` → `lv-LV`); with no match the error names the
    /// file that was looked for.
    public init(locale: String, folder: URL) throws(CatalogError) {
        // The tag becomes part of a path, so anything that is not a tag ("../x") is refused.
        guard LocaleNegotiation.normalize(locale) != nil else {
            throw CatalogError(file: LocaleFolder.catalogURL(for: locale, in: folder).path,
                               detail: "'\(locale)' is not a locale tag")
        }
        let chosen = LocaleNegotiation.match(locale, available: LocaleFolder.availableLocales(in: folder)) ?? locale
        let fallbackLocale = LocaleNegotiation.fallbackLocale
        let fallback = try LocaleFolder.loadCatalog(fallbackLocale, in: folder)
        if chosen.lowercased() == fallbackLocale.lowercased() {
            self.init(catalog: fallback)
        } else {
            self.init(catalog: try LocaleFolder.loadCatalog(chosen, in: folder), fallback: fallback)
        }
    }

    /// Negotiates the locale against the catalogs in `folder` (see `LocaleNegotiation`) and loads it.
    public init(folder: URL, requested: String?, environment: [String: String]) throws(CatalogError) {
        let available = LocaleFolder.availableLocales(in: folder)
        let locale = LocaleNegotiation.resolve(requested: requested, environment: environment, available: available)
        try self.init(locale: locale, folder: folder)
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
