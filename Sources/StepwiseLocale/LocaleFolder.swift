import Foundation
import StepwiseArticle

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

    /// A catalog is parsed once per process while its file stays the same: a command asks for
    /// the same ones for its help text, its messages and its callout labels. The file's
    /// identity (`FileIdentity`) is part of the key, so a process that lives
    /// on (a test run, one export after another) sees an edited catalog.
    public static func loadCatalog(_ locale: String, in folder: URL) throws(CatalogError) -> Catalog {
        let url = catalogURL(for: locale, in: folder)
        let path = url.standardizedFileURL.path
        // A file just changed (or absent) is parsed every time: its identity cannot vouch for it.
        guard let identity = FileIdentity.settled(path) else { return try Catalog(contentsOf: url, locale: locale) }
        let key = path + "\u{0}" + locale + "\u{0}" + identity
        if let cached = cache.get(key) { return cached }
        let catalog = try Catalog(contentsOf: url, locale: locale)
        cache.set(key, catalog)
        return catalog
    }

    private static let cache = CatalogCache()
}

final class CatalogCache: @unchecked Sendable {
    private let lock = NSLock()
    private var catalogs: [String: Catalog] = [:]

    func get(_ key: String) -> Catalog? { lock.withLock { catalogs[key] } }
    func set(_ key: String, _ catalog: Catalog) { lock.withLock { catalogs[key] = catalog } }
}

extension LocaleFolder {
    /// Every catalog's callout label words (`callout.labels.<kind>`), merged across
    /// languages and keyed by kind name: a Latvian article may keep an English `**Note:**`.
    /// Unreadable catalogs are skipped; loading them is reported where they are used for text.
    public static func calloutLabelWords(in folder: URL) -> [String: [String]] {
        var words: [String: [String]] = [:]
        for locale in availableLocales(in: folder) {
            guard let catalog = try? loadCatalog(locale, in: folder) else { continue }
            for (kind, list) in calloutLabelWords(in: catalog) { words[kind, default: []] += list }
        }
        return words
    }

    /// One catalog's callout label words by kind name.
    static func calloutLabelWords(in catalog: Catalog) -> [String: [String]] {
        var words: [String: [String]] = [:]
        // Each kind is one key, so the entries need no sorting (sorting every key was a tenth
        // of start-up).
        for (key, entry) in catalog.entries where key.hasPrefix("callout.labels.") {
            words[String(key.dropFirst("callout.labels.".count)), default: []] += entry.allStrings
        }
        return words
    }
}
