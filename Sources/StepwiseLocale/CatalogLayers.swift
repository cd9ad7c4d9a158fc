import Foundation

/// Where interface strings come from: the catalogs compiled into Stepwise, with a project's
/// `Locales/` laid over them. A project's file adds a language, or replaces some keys of one
/// the program ships, and its `callout.labels.*` add words the parser recognizes.
public struct CatalogLayers: Sendable, Hashable {
    /// Whether the program's own catalogs (`BuiltInCatalogs`) are the lowest layer.
    public let includesBuiltIn: Bool
    /// Folders of YAML catalogs over the built-in ones, lowest first: a key is looked up in
    /// the last folder that has the locale, then down.
    public let folders: [URL]

    /// Only these folders, without the built-in catalogs (tests, the fuzzer).
    public init(_ folders: [URL]) {
        includesBuiltIn = false
        self.folders = folders
    }

    private init(builtInUnder folders: [URL]) {
        includesBuiltIn = true
        self.folders = folders
    }

    /// The program's catalogs, with `project` (a `Locales/` folder) over them when given.
    public static func builtIn(under project: URL? = nil) -> CatalogLayers {
        CatalogLayers(builtInUnder: project.map { [$0] } ?? [])
    }

    /// The YAML the built-in catalogs were compiled from, shipped beside the binary so that
    /// `check` can check a project's catalogs against it; nil when the resources are missing.
    package static var builtInFolder: URL? { BundledResources.folder("Catalogs", target: "StepwiseLocale") }

    /// The YAML folders `check` reads, lowest first: the shipped YAML of the built-in
    /// catalogs (when present), then the project's.
    package var yamlFolders: [URL] {
        (includesBuiltIn ? Self.builtInFolder.map { [$0] } ?? [] : []) + folders
    }

    /// Every locale some layer has a catalog for, in the spelling of the topmost one.
    public var availableLocales: [String] {
        var byNormal: [String: String] = [:]
        if includesBuiltIn {
            for tag in BuiltInCatalogs.locales { byNormal[tag.lowercased()] = tag }
        }
        for folder in folders {
            for tag in LocaleFolder.availableLocales(in: folder) { byNormal[tag.lowercased()] = tag }
        }
        return byNormal.values.sorted()
    }

    /// Parses every catalog file of the layers on all cores at once, into the process's cache
    /// (`LocaleFolder.loadCatalog`). A command reads them all in the end, since callout labels
    /// are every language's; one after another they were a sixth of an unchanged re-export.
    /// A file that fails is left for the load that reports it.
    public func preload() {
        let files = folders.flatMap { folder in LocaleFolder.availableLocales(in: folder).map { (folder, $0) } }
        guard files.count > 1 else { return }
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            _ = try? LocaleFolder.loadCatalog(files[i].1, in: files[i].0)
        }
    }

    /// The catalogs for `locale`, topmost first; a layer without that locale is skipped.
    /// Fails when no layer has it: the error names the file looked for in the top folder.
    func catalogs(for locale: String) throws(CatalogError) -> [Catalog] {
        var found: [Catalog] = []
        for folder in folders.reversed() {
            guard let tag = Self.tag(locale, in: LocaleFolder.availableLocales(in: folder)) else { continue }
            found.append(try LocaleFolder.loadCatalog(tag, in: folder))
        }
        if includesBuiltIn, let tag = Self.tag(locale, in: BuiltInCatalogs.locales), let catalog = BuiltInCatalogs.catalog(tag) {
            found.append(catalog)
        }
        if found.isEmpty {
            let top = folders.last ?? URL(fileURLWithPath: ".")
            // Reading it gives the precise reason (missing, unreadable) with the file's name.
            found.append(try LocaleFolder.loadCatalog(locale, in: top))
        }
        return found
    }

    /// The layer's spelling of `locale` (matched ignoring case), which names its catalog.
    private static func tag(_ locale: String, in tags: [String]) -> String? {
        tags.first { $0.lowercased() == locale.lowercased() }
    }

    /// Every layer's callout label words, merged across languages (see
    /// `LocaleFolder.calloutLabelWords`).
    public var calloutLabelWords: [String: [String]] {
        var words: [String: [String]] = [:]
        if includesBuiltIn {
            for catalog in BuiltInCatalogs.locales.compactMap(BuiltInCatalogs.catalog) {
                for (kind, list) in LocaleFolder.calloutLabelWords(in: catalog) { words[kind, default: []] += list }
            }
        }
        for folder in folders {
            for (kind, list) in LocaleFolder.calloutLabelWords(in: folder) { words[kind, default: []] += list }
        }
        return words
    }
}
