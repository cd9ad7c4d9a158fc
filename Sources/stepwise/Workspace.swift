import Foundation
import StepwiseArticle
import StepwiseDomain
import StepwiseFlow
import StepwiseLocale
import StepwiseTerminal
import StepwiseWizard

/// The content, catalogs and loader one command works with.
struct Workspace {
    let settings: ProjectSettings
    /// The language asked for (`--locale`), if any.
    let locale: String?
    let localizer: Localizer
    let library: ContentLibrary
    /// The one loader, told everything once: the project's callout words, its content folder,
    /// every slug links may open, and the domain's action and input names.
    let loader: ArticleLoader

    init(_ options: GlobalOptions) { self.init(options.choice) }

    init(_ choice: GlobalChoice) {
        self.init(settings: choice.project.settings, locale: choice.locale)
    }

    init(settings: ProjectSettings, locale: String?) {
        self.settings = settings
        self.locale = locale
        localizer = CLI.localizer(layers: settings.layers, requested: locale)
        // No project: an empty library, so a path still works and a slug says why it is not found.
        let content = settings.content ?? ""
        library = content.isEmpty ? ContentLibrary.empty : ContentLibrary(root: content)
        loader = ArticleLoader(calloutLabels: CalloutLabels(words: settings.layers.calloutLabelWords), contentRoot: content.isEmpty ? nil : content,
                               graphOptions: StepGraphOptions(knownSlugs: Set(library.slugs)), actions: ActionName.names, picks: InputName.pickNames)
    }

    /// The content folder, or the reason there is none (no project here) as a content failure.
    func contentFolder() throws -> String {
        if let content = settings.content { return content }
        throw ContentFailure(message: text.lines((settings.problem ?? ArticleError(.projectNotFound, file: ".")).diagnostic))
    }

    /// The locale an article is shown in: the one asked for (or negotiated from the
    /// environment), else en-US, else whatever the article has.
    func articleLocale(for slug: String) -> (locale: String, fellBack: Bool) {
        let available = library.entries(slug: slug).map(\.locale)
        let wanted = LocaleNegotiation.resolve(requested: locale, environment: CLI.environment, available: available)
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
            throw failure("error.assetid-ambiguous", ["id": .text(argument), "articles": .text(slugs.joined(separator: ", "))])
        }
        if let slug = matches.first?.entry.slug { return try located(slug) }
        let content = try contentFolder()
        throw failure("error.article-not-found", ["article": .text(argument), "content": .path(content)])
    }

    private func located(_ slug: String) throws -> (path: String, slug: String?) {
        let (locale, fellBack) = articleLocale(for: slug)
        if fellBack, let asked = self.locale {
            CLI.printError(text.lines(Diagnostic("cli.notice.locale-fallback", .note, at: nil,
                                                 arguments: ["article": .text(slug), "locale": .text(asked), "fallback": .text(locale)])))
        }
        guard let path = library.path(slug: slug, locale: locale) else {
            throw failure("error.locale-not-found", ["article": .text(slug), "locale": .text(locale)])
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

    /// The article with its bound graph. What binding left out is printed as located warnings;
    /// an article that cannot be read is a content failure.
    func load(_ path: String, slug: String?) throws -> LoadedArticle {
        do {
            let loaded = try loader.load(path: path, slug: slug)
            for problem in loaded.problems { CLI.printError(text.lines(problem.diagnostic(.warning))) }
            return loaded
        } catch {
            throw ContentFailure(message: text.lines(error.diagnostic))
        }
    }

    /// The one way this command words a problem.
    var text: DiagnosticText { DiagnosticText(localizer: localizer) }

    /// A failure with no place of its own, worded by `key`.
    func failure(_ key: String, _ arguments: [String: Diagnostic.Value]) -> ContentFailure {
        ContentFailure(message: text.lines(Diagnostic(key, .error, at: nil, arguments: arguments)))
    }
}
