import Foundation
import StepwiseArticle

/// An article as every front end needs it: the parsed tree, its step graph with the action
/// bindings that fit it, the file's bytes (for hashing and for columns of what decoding
/// changed), and the problems found on the way that did not stop it loading.
package struct LoadedArticle: Sendable {
    package var article: Article
    /// Bound: every binding entry that fits the graph is on its node.
    package var graph: StepGraph
    package var bytes: [UInt8]
    /// The bindings file as read (no entries when there is none or it could not be read).
    package var bindings: ActionBindings
    /// Binding entries left out and a bindings file that could not be read, each at its place.
    /// Never fatal: the reader can still follow the article, only without those actions.
    package var problems: [ArticleError]
}

/// The one way an article is loaded, for the CLI, the wizard, the export and the checks.
///
/// Everything that shapes a load is given once: the callout label words, the content folder
/// (includes resolve inside it; `<slug>.actions.yml` lies in it), the slugs links may open,
/// and the action and input names a binding may use (the domain's, passed in so this module
/// need not know the domain).
package struct ArticleLoader: Sendable {
    package let parser: ArticleParser
    package let graphOptions: StepGraphOptions
    package let contentRoot: String?
    /// Nil: names are not checked.
    package let actions: Set<String>?
    package let picks: Set<String>?
    private let builder: StepGraphBuilder
    /// `contentRoot` as a file URL's path (absolute, standardized), worked out once: Foundation's
    /// URL rules per article cost more than parsing a short one.
    private let bindingsFolder: String?

    package init(calloutLabels: CalloutLabels, contentRoot: String?, graphOptions: StepGraphOptions = StepGraphOptions(),
                 actions: Set<String>? = nil, picks: Set<String>? = nil) {
        parser = ArticleParser(options: .init(calloutLabels: calloutLabels, contentRoot: contentRoot))
        self.graphOptions = graphOptions
        self.contentRoot = contentRoot
        self.actions = actions
        self.picks = picks
        builder = StepGraphBuilder(options: graphOptions)
        bindingsFolder = contentRoot.map(Self.fileURLPath)
    }

    /// The folder as a file URL's path spells it. A plain absolute path (what a project's
    /// settings hold) already is that, and building the URL looked up a conformance through
    /// every one of the program's, a fortieth of a walk's start-up.
    private static func fileURLPath(_ folder: String) -> String {
        var previous: UInt8 = 0
        for byte in folder.utf8 {
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") { return URL(fileURLWithPath: folder).path }
            previous = byte
        }
        let plain = folder.utf8.first == UInt8(ascii: "/") && previous != UInt8(ascii: "/")
        return plain ? folder : URL(fileURLWithPath: folder).path
    }

    /// The article of the content folder's `entry`, with its bindings.
    package func load(_ entry: ContentLibrary.Entry) throws(ArticleError) -> LoadedArticle {
        try load(path: entry.path, slug: entry.slug)
    }

    /// The file at `path`. With `slug`, the article belongs to the content folder and its
    /// bindings file is looked for there; without, it is read on its own (a draft, a corpus file).
    package func load(path: String, slug: String?) throws(ArticleError) -> LoadedArticle {
        let bytes = try parser.bytes(of: path)
        return try load(bytes: bytes, path: path, slug: slug)
    }

    package func load(bytes: [UInt8], path: String, slug: String?) throws(ArticleError) -> LoadedArticle {
        let article = try parser.parse(bytes: bytes, path: path)
        let graph = builder.build(article)
        guard let slug, let bindingsFolder else {
            return LoadedArticle(article: article, graph: graph, bytes: bytes, bindings: ActionBindings(file: ""), problems: [])
        }
        let file = ActionBindings.path(forSlug: slug, inFolder: bindingsFolder)
        let bindings: ActionBindings
        do {
            bindings = try ActionBindings.loadIfPresent(path: file)
        } catch {
            return LoadedArticle(article: article, graph: graph, bytes: bytes, bindings: ActionBindings(file: file), problems: [error])
        }
        let (bound, problems) = bindings.bind(graph, actions: actions, picks: picks)
        return LoadedArticle(article: article, graph: bound, bytes: bytes, bindings: bindings, problems: problems)
    }
}
