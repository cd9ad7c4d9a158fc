import Foundation
import Mustache

/// The Mustache templates pages are made from: the ones shipped with the package, each
/// replaced by a file of the same name in `--templates DIR` when there is one.
struct SiteTemplates: Sendable {
    static let names = ["head", "article", "locale-index", "home"]

    let library: MustacheLibrary

    /// Shipped templates and assets, from the package's resources.
    static var shippedFolder: URL { resources.appendingPathComponent("Templates") }
    static var assetsFolder: URL { resources.appendingPathComponent("Assets") }
    private static var resources: URL { Bundle.module.resourceURL ?? Bundle.module.bundleURL }

    init(override folder: String?) throws(SiteError) {
        var library = MustacheLibrary()
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
                if FileManager.default.fileExists(atPath: candidate) { file = candidate }
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw SiteError(.templatesUnreadable, ["path": file])
            }
            do {
                try library.register(String(decoding: data, as: UTF8.self), named: name)
            } catch {
                throw SiteError(.templateSyntax, ["path": file, "detail": String(describing: error)])
            }
        }
        self.library = library
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
