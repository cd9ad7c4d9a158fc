import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale

/// An article ready to walk, with what a saved run needs to notice that it changed.
package struct WizardArticle: Sendable, Hashable {
    package var graph: StepGraph
    /// The locale the article was found in: the one asked for, or a fallback.
    package var locale: String
    /// `ContentHash.string(of:)` over the article file's bytes.
    package var contentHash: String
    /// What loading it left out (binding entries that do not fit, an unreadable bindings file):
    /// the walk shows them as notices when it enters the article.
    package var problems: [ArticleError]

    package init(graph: StepGraph, locale: String, contentHash: String, problems: [ArticleError] = []) {
        self.graph = graph; self.locale = locale; self.contentHash = contentHash; self.problems = problems
    }

    package init(_ loaded: LoadedArticle, locale: String) {
        self.init(graph: loaded.graph, locale: locale, contentHash: ContentHash.string(of: loaded.bytes), problems: loaded.problems)
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

/// Articles from a content folder (`<locale>/<slug>.md`), loaded as every command loads them.
package struct ContentFolderSource: WizardArticleSource {
    package var library: ContentLibrary
    package var loader: ArticleLoader
    package var fallbackLocale: String

    /// The loader's graph options should know every slug of the library, so links between its
    /// articles become jumps and escapes the wizard can follow.
    package init(library: ContentLibrary, loader: ArticleLoader, fallbackLocale: String = LocaleNegotiation.fallbackLocale) {
        self.library = library
        self.loader = loader
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
        return WizardArticle(try loader.load(entry), locale: entry.locale)
    }
}
