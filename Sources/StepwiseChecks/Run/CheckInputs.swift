import Foundation
import StepwiseArticle
import StepwiseCatalogFormats
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
        /// The locale the name or folder gives; the file's own header or attributes win.
        var locale: String
        /// Named by a bare language (`lv.yml`, `devise.lv.yml`): a catalog only if it starts with
        /// its locale key (Rails) or has a source catalog beside it (a Stepwise `lv.yml`).
        var railsShaped = false
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
                var unreadable: [String] = []
                let opened = FolderWalk.walk(path, unreadable: &unreadable) { relative, isFolder in
                    if !isFolder, !FolderWalk.isHidden(relative) { files.append(path + "/" + relative) }
                }
                guard opened else { throw InputError(path: raw, reason: "unreadable") }
                files.sort()
            } else {
                guard path.hasSuffix(".md") || Self.catalog(path) != nil else { throw InputError(path: raw, reason: "not-checkable") }
                files = [path]
            }
            for file in files {
                // A README in a folder describes the tree; named on its own, any .md is an article.
                if Self.isArticle(file) || (!isFolder.boolValue && file.hasSuffix(".md")) {
                    if seenArticles.insert(LinkIndex.normalized(file)).inserted { articles.append(Self.article(file)) }
                } else if let catalog = Self.catalog(file) {
                    if seenCatalogs.insert(LinkIndex.normalized(file)).inserted { catalogs.append(catalog) }
                }
            }
        }
    }

    static func isArticle(_ path: String) -> Bool {
        path.hasSuffix(".md") && (path as NSString).lastPathComponent != "README.md"
    }

    /// `en-US.yml` → `en-US`; other YAML (action bindings, configuration) is no catalog. A bare
    /// language (`lv.yml`, but also `ci.yml`, `api.yml`) is only a candidate: see `railsShaped`.
    static func catalogLocale(_ path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".yml") else { return nil }
        let tag = String(name.dropLast(4))
        return tag.contains("-") && !tag.contains("_") && !tag.contains(".") && LocaleNegotiation.normalize(tag) != nil
            && ContentLibrary.looksLikeLocale(tag) ? tag : nil
    }

    /// A catalog file by its name: `<locale>.yml`, Rails' `lv.yml` and `devise.lv.yml`, gettext
    /// `.po`/`.pot`, XLIFF `.xlf`/`.xliff`, `.xcstrings`.
    static func catalog(_ path: String) -> CatalogFile? {
        if let locale = catalogLocale(path) { return CatalogFile(path: path, locale: locale) }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let last = String(stem.split(separator: ".").last ?? "")
        switch CatalogFileReader.format(ofName: name) {
        case .stepwiseYAML?, .railsYAML?:
            return LocaleNegotiation.isFileLocale(last) ? CatalogFile(path: path, locale: last, railsShaped: true) : nil
        case .po?, .xliff12?, .xliff20?:
            // `lv.po`, `app-lv.po`, `lv/LC_MESSAGES/app.po`, `lv.xliff`: the header or attributes say for sure.
            let parts = path.split(separator: "/").map(String.init)
            let fromFolder = parts.count >= 3 && parts[parts.count - 2] == "LC_MESSAGES" ? parts[parts.count - 3] : nil
            let fromName = stem.split(whereSeparator: { $0 == "-" || $0 == "." }).last.map(String.init).flatMap { LocaleNegotiation.isFileLocale($0) ? $0 : nil }
            return CatalogFile(path: path, locale: (LocaleNegotiation.isFileLocale(stem) ? stem : nil) ?? fromFolder ?? fromName ?? "")
        case .xcstrings?:
            return CatalogFile(path: path, locale: "")
        case nil:
            return nil
        }
    }

    /// A BCP 47 language-and-region or language-and-script tag: `lv-LV`, `en-us`, `zh-Hans`,
    /// `sr-Latn-RS`. Not `ui`, `js`, `add-ins` or a bare `lv`: docs trees name their locale
    /// folders in full, and their sub-folders are often short words.
    static func isLocaleFolder(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        func letters(_ p: Substring, _ counts: ClosedRange<Int>) -> Bool {
            counts.contains(p.count) && p.allSatisfy { $0.isASCII && $0.isLetter }
        }
        guard parts.count == 2 || parts.count == 3, letters(parts[0], 2...3) else { return false }
        if parts.count == 3 { return letters(parts[1], 4...4) && letters(parts[2], 2...2) }
        return letters(parts[1], 2...2) || letters(parts[1], 4...4)
    }

    static func article(_ path: String) -> ArticleFile {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // The outermost folder named like a locale: below it, `how-to` has the same shape. The
        // file name itself is not a folder.
        for i in 0..<max(parts.count - 1, 0) where isLocaleFolder(parts[i]) {
            let root = parts[..<i].joined(separator: "/")
            return ArticleFile(path: path, folderLocale: parts[i], root: root.isEmpty && path.hasPrefix("/") ? "/" : (root.isEmpty ? "." : root),
                               relative: parts[(i + 1)...].joined(separator: "/"))
        }
        return ArticleFile(path: path, folderLocale: nil, root: nil, relative: nil)
    }
}
