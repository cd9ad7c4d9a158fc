import Foundation
import Mustache
import StepwiseArticle
import StepwiseLocale

/// The Mustache templates pages are made from: the ones shipped with the package, each
/// replaced by a file of the same name in `--templates DIR` when there is one.
struct SiteTemplates: Sendable {
    static let names = ["head", "article", "locale-index", "home"]

    let library: MustacheLibrary
    /// The shipped templates compiled (`CompiledTemplates`); nil when `--templates` replaces
    /// any, since a project's own templates may use all of Mustache.
    let compiled: CompiledTemplates?
    /// A hash of the template files' text, for the export cache.
    let fingerprint: UInt64

    /// Shipped templates and assets, from the package's resources.
    /// Missing resources make the expected path, so reading from it names what is missing.
    static var shippedFolder: URL { resource("Templates") }
    static var assetsFolder: URL { resource("Assets") }
    private static func resource(_ name: String) -> URL {
        BundledResources.folder(name, target: "StepwiseSite") ?? URL(fileURLWithPath: BundledResources.expectedPath(name, target: "StepwiseSite"))
    }

    init(override folder: String?) throws(SiteError) {
        var library = MustacheLibrary()
        var hasher = ContentHash.Hasher()
        var sources: [String: String] = [:]
        var overridden = false
        if let folder {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw SiteError(.templatesNotAFolder, ["path": folder])
            }
        }
        for name in Self.names {
            var file = Self.shippedFolder.appendingPathComponent(name + ".mustache").path
            if let folder {
                let candidate = (folder as NSString).appendingPathComponent(name + ".mustache")
                if FileManager.default.fileExists(atPath: candidate) { file = candidate; overridden = true }
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw SiteError(.templatesUnreadable, ["path": file])
            }
            hasher.add(data)
            let text = String(decoding: data, as: UTF8.self)
            sources[name] = text
            do {
                try library.register(text, named: name)
            } catch {
                throw SiteError(.templateSyntax, ["path": file, "detail": String(describing: error)])
            }
        }
        self.library = library
        compiled = overridden ? nil : CompiledTemplates(sources)
        fingerprint = hasher.value
    }

    /// Every string in `context` (nested ones too) is escaped here, by `HTMLBuffer`'s rules,
    /// except the values named in `raw` (markup this module made). Templates print values with
    /// `{{{…}}}`: Mustache's own escaping compares Characters, and a `"` followed by a
    /// combining mark is one Character that it leaves unescaped.
    func render(_ name: String, _ context: [String: Any], raw: Set<String> = []) -> String {
        let context = Self.escaped(context, raw: raw)
        if let compiled, let bytes = compiled.render(name, context) { return String(decoding: bytes, as: UTF8.self) }
        return library.render(context, withTemplate: name) ?? ""
    }

    static func escaped(_ context: [String: Any], raw: Set<String> = []) -> [String: Any] {
        var out: [String: Any] = [:]
        for (key, value) in context { out[key] = raw.contains(key) ? value : escaped(value) }
        return out
    }

    private static func escaped(_ value: Any) -> Any {
        switch value {
        case let s as String: return HTMLText.escape(s)
        case let d as [String: Any]: return escaped(d)
        case let a as [[String: Any]]: return a.map { escaped($0) }
        case let a as [Any]: return a.map { escaped($0) }
        default: return value
        }
    }
}
