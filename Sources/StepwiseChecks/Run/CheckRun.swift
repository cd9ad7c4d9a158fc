import Dispatch
import Foundation
import StepwiseArticle
import StepwiseCatalogFormats
import StepwiseFlow
import StepwiseLocale

/// The state of one run: parsed files, cached by path, and what was found.
struct CheckRun {
    let checker: Checker
    var findings: [Finding] = []
    var articlesChecked = 0
    var catalogsChecked = 0
    private var parsed: [String: Result<ArticleFacts, ArticleError>] = [:]
    /// Parsed ahead on all cores (`preload`), not yet asked for: what each reports is still
    /// reported when the checks first ask, so the output keeps its order.
    private var preloaded: [String: Result<ArticleFacts, ArticleError>] = [:]
    private var reported = Set<String>()
    private var sourcesByRoot: [String: Sources] = [:]
    private var catalogCache: [String: Result<MessageCatalog, CatalogError>] = [:]
    private var bindings = ActionBindingChecks()
    private var loaders: [String: ArticleLoader] = [:]
    private let index: LinkIndex

    init(checker: Checker) {
        self.checker = checker
        index = LinkIndex(parser: checker.loader.parser)
        loaders[""] = checker.loader
    }

    private var sourceLocale: String { checker.options.sourceLocale }

    private func isSource(_ locale: String?) -> Bool {
        locale.map { $0.caseInsensitiveCompare(sourceLocale) == .orderedSame } ?? false
    }

    /// `--locale lv` picks `lv-LV`, as everywhere else in the CLI.
    private func wanted(_ locale: String?) -> Bool {
        let filter = checker.options.locales
        guard !filter.isEmpty else { return true }
        guard let locale else { return false }
        return filter.contains { LocaleNegotiation.match($0, available: [locale]) != nil }
    }

    // MARK: Catalogs

    /// A Rails file in English (`en.yml`) is the source catalog of `en-US` checks too.
    private func isSourceCatalog(_ locale: String) -> Bool {
        LocaleNegotiation.sameLocale(locale, sourceLocale)
    }

    mutating func checkCatalogs(_ files: [CheckInputs.CatalogFile]) {
        for file in files {
            // `ci.yml`, `api.yml`: YAML named by a bare language is read only if it starts with that
            // locale key (Rails) or sits beside the source catalog (a Stepwise catalog named `lv.yml`).
            let besideSource = file.railsShaped && Self.sibling(named: sourceLocale + ".yml", in: (file.path as NSString).deletingLastPathComponent) != nil
            if file.railsShaped, !besideSource, !Self.startsWithLocaleKey(file.path, file.locale) { continue }
            guard case .success(let catalog) = catalog(file.path, locale: file.locale) else {
                if !file.railsShaped { catalogsChecked += isSourceCatalog(file.locale) || !wanted(file.locale) ? 0 : 1 }
                continue
            }
            // `lv.yml` that is not a Rails catalog and has no source beside it is some other YAML file.
            if file.railsShaped && catalog.format != .railsYAML && !besideSource { continue }
            switch catalog.format {
            case .stepwiseYAML, .railsYAML:
                // The source catalog is read (its syntax errors are reported) but checked against nothing.
                guard !isSourceCatalog(catalog.locale), wanted(catalog.locale) else { continue }
                catalogsChecked += 1
                checkYAML(catalog, file: file)
            case .po:
                guard !catalog.isTemplate, !isSourceCatalog(catalog.locale), wanted(catalog.locale) else { continue }
                catalogsChecked += 1
                findings += CatalogChecks.run(target: catalog, source: template(beside: file.path), untranslated: checker.options.untranslated, sourceLocale: sourceLocale)
            case .xliff12, .xliff20:
                guard wanted(catalog.locale) else { continue }
                catalogsChecked += 1
                findings += CatalogChecks.run(target: catalog, source: nil, untranslated: checker.options.untranslated, sourceLocale: sourceLocale)
            case .xcstrings:
                for language in catalog.otherLanguages where wanted(language.locale) {
                    catalogsChecked += 1
                    findings += CatalogChecks.run(target: language, source: nil, untranslated: checker.options.untranslated, sourceLocale: sourceLocale)
                }
            }
        }
    }

    private mutating func checkYAML(_ target: MessageCatalog, file: CheckInputs.CatalogFile) {
        let folder = (file.path as NSString).deletingLastPathComponent
        let name = (file.path as NSString).lastPathComponent
        let isRails = target.format == .railsYAML
        // Rails names the file after the locale key, with a prefix of its own (`devise.lv.yml` → `devise.en.yml`).
        let tail = file.locale + "." + (name as NSString).pathExtension
        let prefix = isRails && name.hasSuffix(tail) ? String(name.dropLast(tail.count)) : ""
        let tags = isRails ? [sourceLocale, PluralRules.language(of: sourceLocale)] : [sourceLocale]
        let names = tags.flatMap { tag in ["yml", "yaml"].map { prefix + tag + "." + $0 } }
        let bases = isRails ? [] : checker.options.baseCatalogs.filter { LinkIndex.normalized($0) != LinkIndex.normalized(folder) }
        let sourcePath = names.lazy.compactMap { Self.sibling(named: $0, in: folder) }.first
            ?? bases.compactMap { Self.sibling(named: names[0], in: $0) }.first
        guard let sourcePath else {
            findings.append(Finding(.missingSource, at: FindingLocation(file: file.path, line: 1, column: 1), message: "missing-source-catalog",
                                    ["locale": String(names[isRails ? 2 : 0].dropLast(4))]))
            return
        }
        guard case .success(let source) = catalog(sourcePath, locale: sourceLocale) else { return }
        // Keys a base layer translates into this language are found there at run time.
        var covered: Set<String> = []
        for base in bases {
            if let path = Self.sibling(named: file.locale + ".yml", in: base), case .success(let under) = catalog(path, locale: file.locale) {
                covered.formUnion(under.messages.map(\.key))
            }
        }
        findings += CatalogChecks.run(target: target, source: source, untranslated: checker.options.untranslated, sourceLocale: sourceLocale)
            .filter { !($0.check == .missingKey && covered.contains($0.arguments["key"] ?? "")) }
    }

    /// The POT a PO file was made from: one in its folder, else in the two folders above (`po/app.pot`
    /// beside `po/lv.po`, or `locale/app.pot` above `locale/lv/LC_MESSAGES/app.po`). The POT named
    /// after the PO's domain wins; with several and none so named, there is no telling which.
    private mutating func template(beside path: String) -> MessageCatalog? {
        var folder = (ArticleParser.canonical(path) as NSString).deletingLastPathComponent
        let domain = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".pot"
        for _ in 0..<3 {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.lowercased().hasSuffix(".pot") }.sorted()
            if let name = names.first(where: { $0 == domain }) ?? (names.count == 1 ? names[0] : nil) {
                if case .success(let pot) = catalog(folder + "/" + name, locale: sourceLocale) { return pot }
                return nil
            }
            if names.count > 1 || folder == "/" { return nil }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// Loads a catalog once; a syntax error is reported once, for whichever side has it.
    private mutating func catalog(_ path: String, locale: String) -> Result<MessageCatalog, CatalogError> {
        // By canonical path: a POT found from a PO file is the same file the folder walk named.
        let key = ArticleParser.canonical(path)
        if let cached = catalogCache[key] { return cached }
        let result = CatalogFileReader.read(path: path, locale: locale)
        catalogCache[key] = result
        switch result {
        case .failure(let error):
            let location = error.line > 0 ? FindingLocation(file: path, line: error.line, column: max(error.column, 1)) : .wholeFile(path)
            findings.append(Finding(.localeSyntax, at: location, message: error.messageKey, error.arguments))
        case .success(let catalog):
            for issue in catalog.issues {
                let location = FindingLocation(file: path, line: issue.line, column: max(issue.column, 1))
                if issue.code == .tooDeep {
                    findings.append(Finding(.localeSyntax, at: location, message: "key-too-deep", issue.arguments))
                } else {
                    findings.append(Finding(issue.code == .pluralForms ? .pluralForms : .localeSyntax, at: location, message: issue.messageKey, issue.arguments))
                }
            }
        }
        return result
    }

    /// The first line that is not blank, a comment or `---` is `lv:` (or `"lv":`).
    static func startsWithLocaleKey(_ path: String, _ locale: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 65_536), as: UTF8.self)
        for line in head.split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}")))
            if text.isEmpty || text.hasPrefix("#") || text == "---" { continue }
            let key = text.split(separator: ":", maxSplits: 1).first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")) } ?? ""
            // The reader's own rule, so a file it would read as Rails is never skipped here.
            return text.contains(":") && LocaleNegotiation.sameLocale(key, locale)
        }
        return false
    }

    /// A file in `folder` whose name matches ignoring case (`en-us.yml` for `en-US.yml`).
    static func sibling(named name: String, in folder: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.first { $0 == name } .map { folder + "/" + $0 }
            ?? names.first { $0.caseInsensitiveCompare(name) == .orderedSame }.map { folder + "/" + $0 }
    }

    // MARK: Articles

    mutating func checkArticles(_ files: [CheckInputs.ArticleFile]) {
        preload(files)
        var translations: [(file: CheckInputs.ArticleFile, facts: ArticleFacts)] = []
        var included = Set<String>()
        for file in files {
            guard case .success(let facts) = article(file.path, root: file.root) else { continue }
            let locale = file.folderLocale ?? facts.article.frontMatter.contentLocale
            // A file with no locale to tell is read as a source: nothing to hold it against.
            guard let locale, !isSource(locale), wanted(locale) else { continue }
            translations.append((file, facts))
            included.formUnion(facts.includedFiles)
        }
        for (file, facts) in translations {
            // A piece of a checked article (`includes/*.md`) is checked as part of it, not on its own.
            if !included.isEmpty, included.contains(ArticleParser.canonical(file.path)) { continue }
            articlesChecked += 1
            let source = self.source(for: file, facts: facts)
            findings += Checker.checks(target: facts, source: source, expectedLocale: file.folderLocale, index: index)
            findings += bindings.check(facts)
        }
    }

    private mutating func article(_ path: String, root: String?) -> Result<ArticleFacts, ArticleError> {
        let key = LinkIndex.normalized(path)
        if let cached = parsed[key] { return cached }
        let result = preloaded.removeValue(forKey: key) ?? Self.load(path, root: root, loader: loader(root))
        switch result {
        case .success(let facts): index.remember(path, anchors: facts.anchors)
        case .failure(let error): if reported.insert(key).inserted { findings.append(Checker.finding(for: error)) }
        }
        parsed[key] = result
        return result
    }

    private mutating func loader(_ root: String?) -> ArticleLoader {
        if let known = loaders[root ?? ""] { return known }
        let loader = checker.options.loader(root: root)
        loaders[root ?? ""] = loader
        return loader
    }

    private static func load(_ path: String, root: String?, loader: ArticleLoader) -> Result<ArticleFacts, ArticleError> {
        do {
            // In a content folder the file's name is its slug, and its bindings lie beside it.
            let slug = root.map { _ in ContentLibrary.slug(ofPath: path) }
            return .success(ArticleFacts(try loader.load(path: path, slug: slug)))
        } catch {
            return .failure(error)
        }
    }

    /// Parses every article the checks will read on all cores at once: the files, and the
    /// sources of each content folder a translation may sit in (all are read for their
    /// `ms.assetid`). Parsing is most of a check's time and each file parses on its own.
    private mutating func preload(_ files: [CheckInputs.ArticleFile]) {
        var jobs: [(key: String, path: String, root: String?, loader: ArticleLoader)] = []
        var seen = Set<String>()
        func add(_ path: String, _ root: String?) {
            let key = LinkIndex.normalized(path)
            guard parsed[key] == nil, preloaded[key] == nil, seen.insert(key).inserted else { return }
            jobs.append((key, path, root, loader(root)))
        }
        for file in files { add(file.path, file.root) }
        let roots = Set(files.compactMap { file in file.folderLocale.map { isSource($0) } == true ? nil : file.root })
        for root in roots.sorted() {
            for path in sourcePaths(in: root).paths { add(path, root) }
        }
        guard jobs.count > 1 else { return }
        let results = PreloadSlots(count: jobs.count)
        let work = jobs
        // Longest first: a large article taken last would leave the other cores idle while it parses.
        let order = work.indices.map { i in (i, FileSize.of(work[i].path)) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        DispatchQueue.concurrentPerform(iterations: order.count) { n in
            let i = order[n]
            results.set(i, Self.load(work[i].path, root: work[i].root, loader: work[i].loader))
        }
        for (job, result) in zip(jobs, results.values) { preloaded[job.key] = result }
    }

    private struct Sources {
        var byAssetID: [String: String] = [:]
        var byRelative: [String: String] = [:]
    }

    /// The source by ms.assetid, else by its path below the locale folder.
    private mutating func source(for file: CheckInputs.ArticleFile, facts: ArticleFacts) -> ArticleFacts? {
        guard let root = file.root else { return nil }
        let sources = self.sources(in: root)
        let path = facts.article.frontMatter.assetID.flatMap { sources.byAssetID[$0] }
            ?? file.relative.flatMap { sources.byRelative[$0] }
        guard let path, case .success(let source) = article(path, root: root) else { return nil }
        return source
    }

    /// The articles of the content folder's source locale folder, sorted by relative path.
    private func sourcePaths(in root: String) -> (relatives: [String], paths: [String]) {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        guard let folder = folders.sorted().first(where: { $0.caseInsensitiveCompare(sourceLocale) == .orderedSame }) else { return ([], []) }
        let base = root + "/" + folder
        var relatives: [String] = []
        var unreadable: [String] = []
        FolderWalk.walk(base, unreadable: &unreadable) { relative, isFolder in
            if !isFolder, CheckInputs.isArticle(relative) { relatives.append(relative) }
        }
        relatives.sort()
        return (relatives, relatives.map { base + "/" + $0 })
    }

    private mutating func sources(in root: String) -> Sources {
        if let known = sourcesByRoot[root] { return known }
        var sources = Sources()
        let (relatives, paths) = sourcePaths(in: root)
        if !relatives.isEmpty {
            var ids: [String: [(path: String, position: SourcePosition)]] = [:]
            for (relative, path) in zip(relatives, paths) {
                sources.byRelative[relative] = path
                if case .success(let facts) = article(path, root: root), let id = facts.article.frontMatter.assetID, !id.isEmpty {
                    let position = facts.article.frontMatter.position(of: "ms.assetid") ?? .init(line: 1, column: 1)
                    ids[id, default: []].append((path, position))
                }
            }
            // An id two sources carry pairs nothing: the translation is paired by its path, and
            // each source is named with the other's place.
            for (id, files) in ids {
                if files.count == 1 { sources.byAssetID[id] = files[0].path; continue }
                for (i, file) in files.enumerated() {
                    let other = files[i == 0 ? 1 : 0]
                    findings.append(Finding(.frontMatter, .warning, at: FindingLocation(file: file.path, line: file.position.line, column: file.position.column),
                                            message: "assetid-duplicate", ["id": id],
                                            related: FindingLocation(file: other.path, line: other.position.line, column: other.position.column)))
                }
            }
        }
        sourcesByRoot[root] = sources
        return sources
    }
}

private enum FileSize {
    static func of(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}

/// Results of the preload, written by index from concurrent workers.
private final class PreloadSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<ArticleFacts, ArticleError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: Result<ArticleFacts, ArticleError>) { lock.withLock { slots[i] = result } }

    var values: [Result<ArticleFacts, ArticleError>] { lock.withLock { slots.map { $0! } } }
}
