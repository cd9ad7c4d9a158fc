import Foundation

/// A folder of catalogs named `<locale>.yml`, such as the package's `Locales/`.
public enum LocaleFolder {
    public static let fileExtension = "yml"

    /// Locale tags that have a catalog in `folder`, sorted; empty if the folder is unreadable.
    /// Files whose name is not a locale tag (`README.yml`, `lv_LV.yml`) are not catalogs.
    /// Tags keep the file's spelling, since that is the name `loadCatalog` opens.
    public static func availableLocales(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name -> String? in
            guard name.hasSuffix("." + fileExtension) else { return nil }
            let tag = String(name.dropLast(fileExtension.count + 1))
            return !tag.contains("_") && LocaleNegotiation.normalize(tag) != nil ? tag : nil
        }.sorted()
    }

    public static func catalogURL(for locale: String, in folder: URL) -> URL {
        folder.appendingPathComponent(locale + "." + fileExtension)
    }

    public static func loadCatalog(_ locale: String, in folder: URL) throws(CatalogError) -> Catalog {
        try Catalog(contentsOf: catalogURL(for: locale, in: folder), locale: locale)
    }
}
