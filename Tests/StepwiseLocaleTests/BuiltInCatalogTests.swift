import Foundation
import Testing
@testable import StepwiseLocale

/// The compiled-in catalogs must say exactly what the shipped YAML says: this fails when a
/// YAML file was edited without running scripts/generate-catalogs.
struct BuiltInCatalogTests {
    @Test func theCompiledTablesMatchTheYAML() throws {
        let folder = ShippedCatalogTests.localesFolder
        #expect(BuiltInCatalogs.locales == LocaleFolder.availableLocales(in: folder), "run scripts/generate-catalogs")
        for locale in LocaleFolder.availableLocales(in: folder) {
            let yaml = try Catalog(contentsOf: LocaleFolder.catalogURL(for: locale, in: folder), locale: locale)
            let compiled = try #require(BuiltInCatalogs.catalog(locale))
            let stale = Set(yaml.entries.keys).symmetricDifference(compiled.entries.keys)
                .union(yaml.entries.keys.filter { compiled.entries[$0] != nil && compiled.entries[$0] != yaml.entries[$0] })
            #expect(stale.isEmpty, "\(locale): \(stale.sorted().prefix(5)) differ; run scripts/generate-catalogs")
        }
    }

    @Test func theBuiltInLayerNeedsNoFiles() throws {
        let localizer = try Localizer(locale: "lv-LV", layers: .builtIn())
        #expect(localizer.locale == "lv-LV")
        #expect(localizer.catalog.file == BuiltInCatalogs.label)
        #expect(localizer.string("callout.title.note") == "Piezīme")
        #expect(localizer.fallback.locale == "en-US")
        #expect(CatalogLayers.builtIn().availableLocales == ["en-US", "lv-LV"])
        #expect(CatalogLayers.builtIn().calloutLabelWords["note"]?.contains("Piezīme") == true)
    }

    /// A project's catalog is laid over the built-in one: its keys win, the rest still show.
    @Test func aProjectCatalogOverridesSomeKeys() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("builtin-layer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "callout:\n  title:\n    note: Ievērībai\n".write(to: folder.appendingPathComponent("lv-LV.yml"), atomically: true, encoding: .utf8)
        let localizer = try Localizer(locale: "lv-LV", layers: .builtIn(under: folder))
        #expect(localizer.string("callout.title.note") == "Ievērībai")
        #expect(localizer.string("callout.title.tip") == "Padoms")
    }
}
