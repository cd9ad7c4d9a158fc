/// The program's own catalogs (en-US, lv-LV), compiled in by scripts/generate-catalogs from
/// the YAML in `Catalogs/`: parsing that YAML was most of every command's start-up, and the
/// program's strings cannot change after it is built. Only a project's `Locales/` (and
/// `--locales`) are still read as YAML; `check` reads the shipped YAML to check it.
package enum BuiltInCatalogs {
    /// What a built-in catalog is called where a file name would be shown.
    package static let label = "<built-in>"

    /// The built-in catalog for `locale` (spelled as in `locales`), built once per process.
    package static func catalog(_ locale: String) -> Catalog? {
        if let cached = cache.get(locale) { return cached }
        guard let entries = entries(locale) else { return nil }
        let catalog = Catalog(locale: locale, entries: entries, file: label)
        cache.set(locale, catalog)
        return catalog
    }

    private static let cache = CatalogCache()
}
