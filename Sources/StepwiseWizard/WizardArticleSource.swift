import Foundation
import StepwiseArticle
import StepwiseDomain
import StepwiseFlow
import StepwiseLocale

/// An article ready to walk, with what a saved run needs to notice that it changed.
package struct WizardArticle: Sendable, Hashable {
    package var graph: StepGraph
    /// The locale the article was found in: the one asked for, or a fallback.
    package var locale: String
    /// `ContentHash.string(of:)` over the article file's bytes.
    package var contentHash: String

    package init(graph: StepGraph, locale: String, contentHash: String) {
        self.graph = graph; self.locale = locale; self.contentHash = contentHash
    }
}

/// Where the wizard gets articles: the one it starts with, those its escape and jump links open,
/// and, on resume, every article the saved history passes through. Injected so the engine does
/// no I/O of its own and tests can hand it edited or failing articles.
package protocol WizardArticleSource: Sendable {
    /// The article `slug` in `locale`, or in a fallback locale when it has none there.
    func article(slug: String, locale: String) throws -> WizardArticle
}

/// A source from a closure, for tests and for front ends with their own loading.
package struct ClosureArticleSource: WizardArticleSource {
    private let load: @Sendable (String, String) throws -> WizardArticle

    package init(_ load: @escaping @Sendable (_ slug: String, _ locale: String) throws -> WizardArticle) {
        self.load = load
    }

    package func article(slug: String, locale: String) throws -> WizardArticle { try load(slug, locale) }
}

package enum WizardSourceError: Error, Sendable, Hashable {
    case notFound(slug: String, locale: String)
    case unreadable(path: String, errno: Int32)
}

/// Articles from a content folder (`<locale>/<slug>.md`), parsed and built as `show` and `graph` do.
package struct ContentFolderSource: WizardArticleSource {
    package var library: ContentLibrary
    package var parser: ArticleParser
    package var graphOptions: StepGraphOptions
    package var fallbackLocale: String

    /// `graphOptions` defaults to knowing every slug of the library, so links between its
    /// articles become jumps and escapes the wizard can follow.
    package init(library: ContentLibrary, parser: ArticleParser, graphOptions: StepGraphOptions? = nil,
                fallbackLocale: String = LocaleNegotiation.fallbackLocale) {
        self.library = library
        self.parser = parser
        self.graphOptions = graphOptions ?? StepGraphOptions(knownSlugs: Set(library.slugs))
        self.fallbackLocale = fallbackLocale
    }

    /// The asked locale, else the same language (`lv` for `lv-LV`), else the fallback, else any:
    /// a reader who follows a link should land on something rather than on an error.
    package func article(slug: String, locale: String) throws -> WizardArticle {
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
