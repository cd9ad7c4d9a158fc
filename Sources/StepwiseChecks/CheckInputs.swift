import Foundation
import StepwiseArticle
import StepwiseLocale

/// The files named on the command line, sorted into articles and catalogs.
struct CheckInputs {
    struct ArticleFile: Hashable {
        var path: String
        /// The locale folder the file sits under (`lv-LV` in `<root>/lv-LV/a/b.md`), if any.
        var folderLocale: String?
        /// The folder holding the locale folders, and the path below the locale folder.
        var root: String?
        var relative: String?
    }

    struct CatalogFile: Hashable {
        var path: String
        var locale: String
    }

    var articles: [ArticleFile] = []
    var catalogs: [CatalogFile] = []

    /// A named path that does not exist, or a file that is neither an article nor a catalog.
    struct InputError: Error, Sendable {
        var path: String
        var reason: String
    }

    init(paths: [String]) throws(InputError) {
        let fm = FileManager.default
        var seenArticles = Set<String>(), seenCatalogs = Set<String>()
        for raw in paths {
            let path = raw.count > 1 && raw.hasSuffix("/") ? String(raw.dropLast()) : raw
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else { throw InputError(path: raw, reason: "no-such-file") }
            var files: [String] = []
            if isFolder.boolValue {
                guard let walker = fm.enumerator(atPath: path) else { throw InputError(path: raw, reason: "unreadable") }
                while let relative = walker.nextObject() as? String {
                    if (relative as NSString).lastPathComponent.hasPrefix(".") { walker.skipDescendants(); continue }
                    files.append(path + "/" + relative)
                }
                files.sort()
            } else {
                guard path.hasSuffix(".md") || Self.catalogLocale(path) != nil else { throw InputError(path: raw, reason: "not-checkable") }
                files = [path]
            }
            for file in files {
                // A README in a folder describes the tree; named on its own, any .md is an article.
                if Self.isArticle(file) || (!isFolder.boolValue && file.hasSuffix(".md")) {
                    if seenArticles.insert(LinkIndex.normalized(file)).inserted { articles.append(Self.article(file)) }
                } else if let locale = Self.catalogLocale(file) {
                    if seenCatalogs.insert(LinkIndex.normalized(file)).inserted { catalogs.append(CatalogFile(path: file, locale: locale)) }
                }
            }
        }
    }

    static func isArticle(_ path: String) -> Bool {
        path.hasSuffix(".md") && (path as NSString).lastPathComponent != "README.md"
    }

    /// `en-US.yml` → `en-US`; other YAML (action bindings, configuration) is no catalog.
    static func catalogLocale(_ path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".yml") else { return nil }
        let tag = String(name.dropLast(4))
        return !tag.contains("_") && !tag.contains(".") && LocaleNegotiation.normalize(tag) != nil
            && ContentLibrary.looksLikeLocale(tag) ? tag : nil
    }

    /// `lv-LV`, `en-us`, `lv`; not `api` or `app`, which three letters alone would allow.
    static func isLocaleFolder(_ name: String) -> Bool {
        ContentLibrary.looksLikeLocale(name) && (name.contains("-") || name.count == 2)
    }

    static func article(_ path: String) -> ArticleFile {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // The nearest folder named like a locale; the file name itself is not a folder.
        for i in stride(from: parts.count - 2, through: 0, by: -1) where isLocaleFolder(parts[i]) {
            let root = parts[..<i].joined(separator: "/")
            return ArticleFile(path: path, folderLocale: parts[i], root: root.isEmpty && path.hasPrefix("/") ? "/" : (root.isEmpty ? "." : root),
                               relative: parts[(i + 1)...].joined(separator: "/"))
        }
        return ArticleFile(path: path, folderLocale: nil, root: nil, relative: nil)
    }
}
