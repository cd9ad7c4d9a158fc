import Foundation
import Mustache
import StepwiseArticle
import StepwiseLocale

/// The Mustache templates pages are made from: the ones shipped with the package, each
/// replaced by a file of the same name in `--templates DIR` when there is one.
struct SiteTemplates: Sendable {
    static let names = ["head", "article", "locale-index", "home"]

    /// swift-mustache's reading of the templates: what renders a project's own templates, and
    /// a page whose values the compiled templates do not model.
    var library: MustacheLibrary { mustache.library }
    private let mustache: MustacheReading
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
        var hasher = ContentHash.Hasher()
        var sources: [String: String] = [:], files: [String: String] = [:]
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
            sources[name] = String(decoding: data, as: UTF8.self)
            files[name] = file
        }
        compiled = overridden ? nil : CompiledTemplates(sources)
        fingerprint = hasher.value
        // Mustache reads the shipped templates only if a page needs it (none does as they are
        // shipped, a test holds them to it): reading them was a sixth of an unchanged re-export.
        // A project's own templates are read now, so their mistakes stop the export at once.
        if compiled == nil {
            var library = MustacheLibrary()
            for name in Self.names {
                do {
                    try library.register(sources[name]!, named: name)
                } catch {
                    throw SiteError(.templateSyntax, ["path": files[name]!, "detail": String(describing: error)])
                }
            }
            mustache = MustacheReading(library)
        } else {
            mustache = MustacheReading(sources)
        }
    }

    /// Every string in `context` (nested ones too) is escaped here, by `HTMLBuffer`'s rules,
    /// except the values named in `raw` (markup this module made). Templates print values with
    /// `{{{…}}}`: Mustache's own escaping compares Characters, and a `"` followed by a
    /// combining mark is one Character that it leaves unescaped.
    func render(_ name: String, _ context: [String: Any], raw: Set<String> = []) -> String {
        String(decoding: renderBytes(name, context, raw: raw), as: UTF8.self)
    }

    /// The page as the bytes it is written as: a page made from UTF-8 text and templates needs
    /// no second reading as a String (that check was a twentieth of an export).
    func renderBytes(_ name: String, _ context: [String: Any], raw: Set<String> = []) -> [UInt8] {
        let context = Self.escaped(context, raw: raw)
        if let compiled, let bytes = compiled.render(name, context) { return bytes }
        return Array((library.render(context, withTemplate: name) ?? "").utf8)
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

/// The templates as swift-mustache reads them, read once, the first time they are asked for.
private final class MustacheReading: @unchecked Sendable {
    private let lock = NSLock()
    private var sources: [String: String]
    private var read: MustacheLibrary?

    init(_ library: MustacheLibrary) { sources = [:]; read = library }
    init(_ sources: [String: String]) { self.sources = sources }

    var library: MustacheLibrary {
        lock.withLock {
            if let read { return read }
            var library = MustacheLibrary()
            // Shipped templates, which the compiled ones were made from, read (a test holds them
            // to it); one that did not would render as nothing rather than stop an export.
            for name in SiteTemplates.names { try? library.register(sources[name]!, named: name) }
            read = library
            sources = [:]
            return library
        }
    }
}
