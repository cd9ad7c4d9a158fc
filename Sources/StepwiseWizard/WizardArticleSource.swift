import Foundation
import StepwiseArticle
import StepwiseDomain
import StepwiseFlow
import StepwiseLocale

/// An article ready to walk, with what a saved run needs to notice that it changed.
public struct WizardArticle: Sendable, Hashable {
    public var graph: StepGraph
    /// The locale the article was found in: the one asked for, or a fallback.
    public var locale: String
    /// `ContentHash.string(of:)` over the article file's bytes.
    public var contentHash: String

    public init(graph: StepGraph, locale: String, contentHash: String) {
        self.graph = graph; self.locale = locale; self.contentHash = contentHash
    }
}

/// Where the wizard gets articles: the one it starts with, those its escape and jump links open,
/// and, on resume, every article the saved history passes through. Injected so the engine does
/// no I/O of its own and tests can hand it edited or failing articles.
public protocol WizardArticleSource: Sendable {
    /// The article `slug` in `locale`, or in a fallback locale when it has none there.
    func article(slug: String, locale: String) throws -> WizardArticle
}

/// A source from a closure, for tests and for front ends with their own loading.
public struct ClosureArticleSource: WizardArticleSource {
    private let load: @Sendable (String, String) throws -> WizardArticle

    public init(_ load: @escaping @Sendable (_ slug: String, _ locale: String) throws -> WizardArticle) {
        self.load = load
    }

    public func article(slug: String, locale: String) throws -> WizardArticle { try load(slug, locale) }
}

public enum WizardSourceError: Error, Sendable, Hashable {
    case notFound(slug: String, locale: String)
    case unreadable(path: String, errno: Int32)
}

/// Articles from a content folder (`<locale>/<slug>.md`), parsed and built as `show` and `graph` do.
public struct ContentFolderSource: WizardArticleSource {
    public var library: ContentLibrary
    public var parser: ArticleParser
    public var graphOptions: StepGraphOptions
    public var fallbackLocale: String

    /// `graphOptions` defaults to knowing every slug of the library, so links between its
    /// articles become jumps and escapes the wizard can follow.
    public init(library: ContentLibrary, parser: ArticleParser, graphOptions: StepGraphOptions? = nil,
                fallbackLocale: String = LocaleNegotiation.fallbackLocale) {
        self.library = library
        self.parser = parser
        self.graphOptions = graphOptions ?? StepGraphOptions(knownSlugs: Set(library.slugs))
        self.fallbackLocale = fallbackLocale
    }

    /// The asked locale, else the same language (`lv` for `lv-LV`), else the fallback, else any:
    /// a reader who follows a link should land on something rather than on an error.
    public func article(slug: String, locale: String) throws -> WizardArticle {
        let entries = library.entries(slug: slug)
        let available = entries.map(\.locale)
        let wanted = LocaleNegotiation.normalize(locale) ?? locale
        guard let chosen = LocaleNegotiation.match(wanted, available: available)
                ?? LocaleNegotiation.match(fallbackLocale, available: available)
                ?? available.first,
              let entry = entries.first(where: { $0.locale == chosen })
        else { throw WizardSourceError.notFound(slug: slug, locale: locale) }
        let bytes = try parser.bytes(of: entry.path)
        let article = try parser.parse(bytes: bytes, path: entry.path)
        let graph = Self.bound(StepGraphBuilder(options: graphOptions).build(article), slug: slug, root: library.root)
        return WizardArticle(graph: graph, locale: entry.locale, contentHash: ContentHash.string(of: bytes))
    }

    /// The graph with the article's action bindings. A walk is no place for a bindings file's
    /// problems (`graph`, `show`, `list` and `check` report them): entries that do not fit are
    /// left out, and an unreadable file binds nothing.
    static func bound(_ graph: StepGraph, slug: String, root: String) -> StepGraph {
        guard let bindings = try? ActionBindings.loadIfPresent(slug: slug, contentRoot: URL(fileURLWithPath: root)) else { return graph }
        return bindings.bind(graph, actions: ActionName.names, picks: InputName.pickNames).graph
    }
}
