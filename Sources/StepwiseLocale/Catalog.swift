import Foundation

/// The strings of one locale, with nested YAML keys flattened to dotted keys
/// (`show: {references: …}` becomes `show.references`).
public struct Catalog: Sendable {
    /// The locale tag, e.g. `lv-LV`; its language picks the plural rules.
    public let locale: String
    /// The file the catalog came from, or a label such as `<memory>`.
    public let file: String
    public let entries: [String: CatalogEntry]
    /// Where each key was defined (absent for catalogs built in memory).
    public let positions: [String: CatalogPosition]
    /// Entries that were skipped because of their shape; the rest of the file still loaded.
    public let issues: [CatalogError]

    public init(locale: String, entries: [String: CatalogEntry] = [:], file: String = "<memory>") {
        self.locale = locale
        self.file = file
        self.entries = entries
        self.positions = [:]
        self.issues = []
    }

    /// Parses catalog YAML. `file` is only used to label errors.
    public init(yaml: String, locale: String, file: String = "<memory>") throws(CatalogError) {
        let parsed = try CatalogParser.parse(yaml: yaml, file: file)
        self.locale = locale
        self.file = file
        self.entries = parsed.entries
        self.positions = parsed.positions
        self.issues = parsed.issues
    }

    /// Reads and parses a catalog file; the locale defaults to the file name without `.yml`.
    public init(contentsOf url: URL, locale: String? = nil) throws(CatalogError) {
        let path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CatalogError(.unreadable, file: path, Self.readFailure(at: path, error))
        }
        guard data.count <= CatalogParser.maxFileBytes else {
            throw CatalogError(.tooLarge, file: path, ["limit": String(CatalogParser.maxFileBytes)])
        }
        let text = try CatalogParser.decodeUTF8(data, file: path)
        try self.init(yaml: text, locale: locale ?? url.deletingPathExtension().lastPathComponent, file: path)
    }

    public var language: String { PluralRules.language(of: locale) }

    /// All keys, sorted, so listings and checks are stable.
    public var keys: [String] { entries.keys.sorted() }

    public subscript(key: String) -> CatalogEntry? { entries[key] }

    /// Foundation's messages for read errors differ by platform and are vague on Linux
    /// ("The operation could not be completed"), so the common causes are named by their key.
    package static func readFailure(at path: String, _ error: any Error) -> [String: String] {
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) { return ["detail-key": "no-such-file"] }
        if isFolder.boolValue { return ["detail-key": "not-a-file"] }
        if !FileManager.default.isReadableFile(atPath: path) { return ["detail-key": "permission-denied"] }
        return ["detail": error.localizedDescription]
    }
}
