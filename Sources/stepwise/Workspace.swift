import Foundation
import StepwiseArticle
import StepwiseDomain
import StepwiseFlow
import StepwiseLocale
import StepwiseTerminal
import StepwiseWizard

/// The content, catalogs and parser one command works with.
struct Workspace {
    let settings: ProjectSettings
    /// The language asked for (`--locale`), if any.
    let locale: String?
    let localizer: Localizer
    let library: ContentLibrary
    let parser: ArticleParser

    init(_ options: GlobalOptions) {
        self.init(settings: options.projectOptions.settings, locale: options.locale)
    }

    init(settings: ProjectSettings, locale: String?) {
        self.settings = settings
        self.locale = locale
        localizer = CLI.localizer(layers: settings.layers, requested: locale)
        // No project: an empty library, so a path still works and a slug says why it is not found.
        let content = settings.content ?? ""
        library = content.isEmpty ? ContentLibrary.empty : ContentLibrary(root: content)
        parser = ArticleParser(options: .init(calloutLabels: CalloutLabels(words: settings.layers.calloutLabelWords), contentRoot: content.isEmpty ? nil : content))
    }

    /// The content folder, or the reason there is none (no project here) as a content failure.
    func contentFolder() throws -> String {
        if let content = settings.content { return content }
        throw ContentFailure(message: describe(settings.problem ?? ArticleError(.projectNotFound, file: ".")))
    }

    /// The locale an article is shown in: the one asked for (or negotiated from the
    /// environment), else en-US, else whatever the article has.
    func articleLocale(for slug: String) -> (locale: String, fellBack: Bool) {
        let available = library.entries(slug: slug).map(\.locale)
        let wanted = LocaleNegotiation.resolve(requested: locale, environment: ProcessInfo.processInfo.environment, available: available)
        if available.contains(wanted) { return (wanted, false) }
        if available.contains(LocaleNegotiation.fallbackLocale) { return (LocaleNegotiation.fallbackLocale, true) }
        return (available.first ?? wanted, true)
    }

    /// ARTICLE may be a path to any Markdown file, a slug in the content folder, or an ms.assetid.
    func resolve(_ argument: String) throws -> (path: String, slug: String?) {
        var isDirectory: ObjCBool = false
        if argument.hasSuffix(".md") || argument.contains("/") {
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue {
                return (argument, nil)
            }
            // A path the system will not let us look at is still the path meant: reading it
            // says why ("permission denied"), rather than "no such article".
            var info = stat()
            if stat(argument, &info) != 0, errno != ENOENT, errno != ENOTDIR { return (argument, nil) }
        }
        if !library.entries(slug: argument).isEmpty { return try located(argument) }
        // Translations share an id across locales (their slugs may differ); two articles of one
        // locale with the id name neither, since which one was meant cannot be known.
        let matches = assetIDs().filter { $0.id == argument }
        let clashes = assetIDClashes(matches)
        if let clash = clashes.first {
            warn(clashes)
            let slugs = Set(matches.filter { $0.entry.locale == clash.locale }.map(\.entry.slug)).sorted()
            throw ContentFailure(message: prefixed("error", localizer.string("error.assetid-ambiguous", ["id": argument, "articles": slugs.joined(separator: ", ")])))
        }
        if let slug = matches.first?.entry.slug { return try located(slug) }
        let content = try contentFolder()
        throw ContentFailure(message: prefixed("error", localizer.string("error.article-not-found", ["article": argument, "content": content])))
    }

    private func located(_ slug: String) throws -> (path: String, slug: String?) {
        let (locale, fellBack) = articleLocale(for: slug)
        if fellBack, let asked = self.locale {
            CLI.printError(prefixed("note", localizer.string("cli.notice.locale-fallback", ["article": slug, "locale": asked, "fallback": locale])))
        }
        guard let path = library.path(slug: slug, locale: locale) else {
            throw ContentFailure(message: prefixed("error", localizer.string("error.locale-not-found", ["article": slug, "locale": locale])))
        }
        return (path, slug)
    }

    /// The file to read and, for an article in the content folder (given by slug, ms.assetid or
    /// a path inside it), its slug; nil for a file outside the content folder.
    func locate(_ argument: String) throws -> (path: String, slug: String?) {
        let (path, slug) = try resolve(argument)
        if let slug { return (path, slug) }
        let real = ArticleParser.canonical(path)
        return (path, library.entries.first(where: { ArticleParser.canonical($0.path) == real })?.slug)
    }

    func describe(_ error: WizardStartError) -> String {
        switch error {
        case .articleUnavailable(let slug, let locale, let underlying):
            if let e = underlying as? ArticleError { return describe(e) }
            return prefixed("error", localizer.string("error.locale-not-found", ["article": slug, "locale": locale]))
        case .noStartNode(let slug):
            return prefixed("error", localizer.string("wizard.error.no-start-node", ["article": slug]))
        case .noSavedRun(let slug, let locale):
            return prefixed("error", localizer.string("wizard.error.no-saved-run", ["article": slug, "locale": locale]))
        case .savedRunCorrupt(let path, let movedTo):
            return prefixed("error", localizer.string("wizard.error.saved-run-corrupt", ["path": movedTo ?? path]))
        case .savedRunInvalid:
            return prefixed("error", localizer.string("wizard.error.saved-run-corrupt", ["path": ""]))
        }
    }

    func parse(_ path: String) throws -> Article {
        do {
            return try parser.parse(contentsOf: path)
        } catch {
            throw ContentFailure(message: describe(error))
        }
    }

    func graph(_ article: Article) -> StepGraph {
        StepGraphBuilder(options: StepGraphOptions(knownSlugs: Set(library.slugs))).build(article)
    }

    /// `file:line:column: error: message`, as compilers print it, so editors can jump there.
    func describe(_ error: ArticleError, severity: String = "error") -> String {
        // Targets and details can come from the article; none of it may reach the terminal raw.
        var args = error.arguments.mapValues { DisplaySafeText.clean($0) }
        if args["detail"] == nil { args["detail"] = "" }
        if let key = args["detail-key"] { args["detail"] = localizer.string("error.detail.\(key)", args) }
        let file = DisplaySafeText.clean(error.file)
        let place = error.position.line > 0 ? "\(file):\(error.position.line):\(error.position.column)" : file
        return "\(place): " + prefixed(severity, localizer.string("error.\(error.code.rawValue)", args))
    }

    func describe(_ issue: GraphIssue, file: String) -> String {
        var args = issue.arguments.mapValues { DisplaySafeText.clean($0) }
        args["node"] = DisplaySafeText.clean(issue.node ?? "")
        // A partition issue names the block it is about: point at it as compilers do.
        // A partition issue names the block it is about (in an included file, that file): point
        // at it as compilers do.
        let place = [issue.arguments["line"], issue.arguments["column"]].compactMap { $0 }.map { ":" + $0 }.joined()
        let where_ = DisplaySafeText.clean(issue.arguments["file"] ?? file)
        return "\(where_)\(place): " + prefixed("warning", localizer.string("graph.\(issue.code.rawValue)", args))
    }

    func prefixed(_ severity: String, _ message: String) -> String {
        localizer.string("\(severity).prefix") + ": " + message
    }
}

extension Workspace {
    /// The article's bindings applied to its graph. A bindings file that cannot be read is a
    /// content problem of its own (thrown); entries that do not fit the graph are reported as
    /// warnings at their line and left out, so one bad entry does not hide the article.
    func bound(_ graph: StepGraph, slug: String?) throws -> StepGraph {
        guard let slug, let content = settings.content else { return graph }
        let bindings: ActionBindings
        do {
            bindings = try ActionBindings.loadIfPresent(slug: slug, contentRoot: URL(fileURLWithPath: content))
        } catch {
            throw ContentFailure(message: describe(error))
        }
        let (bound, problems) = bindings.bind(graph, actions: ActionName.names, picks: InputName.pickNames)
        for problem in problems { CLI.printError(describe(problem, severity: "warning")) }
        return bound
    }
}
