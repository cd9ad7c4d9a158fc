import Foundation

/// Where interface strings come from: the catalogs that ship with Stepwise, with a project's
/// `Locales/` laid over them. A project's file adds a language, or replaces some keys of one
/// the program ships, and its `callout.labels.*` add words the parser recognizes.
public struct CatalogLayers: Sendable, Hashable {
    /// Lowest first: a key is looked up in the last folder that has the locale, then down.
    public let folders: [URL]

    public init(_ folders: [URL]) { self.folders = folders }

    /// The program's own catalogs (en-US, lv-LV), shipped as resources beside the binary.
    package static var builtInFolder: URL? { BundledResources.folder("Catalogs", target: "StepwiseLocale") }

    /// The program's catalogs, with `project` (a `Locales/` folder) over them when given.
    public static func builtIn(under project: URL? = nil) -> CatalogLayers {
        CatalogLayers([builtInFolder, project].compactMap { $0 })
    }

    /// Every locale some layer has a catalog for, in the spelling of the topmost one.
    public var availableLocales: [String] {
        var byNormal: [String: String] = [:]
        for folder in folders {
            for tag in LocaleFolder.availableLocales(in: folder) { byNormal[tag.lowercased()] = tag }
        }
        return byNormal.values.sorted()
    }

    /// The catalogs for `locale`, topmost first; a layer without that locale is skipped.
    /// Fails when no layer has it: the error names the file looked for in the top layer.
    func catalogs(for locale: String) throws(CatalogError) -> [Catalog] {
        var found: [Catalog] = []
        for folder in folders.reversed() {
            guard let tag = LocaleFolder.availableLocales(in: folder).first(where: { $0.lowercased() == locale.lowercased() }) else { continue }
            found.append(try LocaleFolder.loadCatalog(tag, in: folder))
        }
        if found.isEmpty {
            let top = folders.last ?? URL(fileURLWithPath: ".")
            // Reading it gives the precise reason (missing, unreadable) with the file's name.
            found.append(try LocaleFolder.loadCatalog(locale, in: top))
        }
        return found
    }

    /// Every layer's callout label words, merged (see `LocaleFolder.calloutLabelWords`).
    public var calloutLabelWords: [String: [String]] {
        var words: [String: [String]] = [:]
        for folder in folders {
            for (kind, list) in LocaleFolder.calloutLabelWords(in: folder) { words[kind, default: []] += list }
        }
        return words
    }
}
