import StepwiseArticle
import StepwiseFlow

/// One Markdown file from anywhere (a corpus article, a draft) walked as `slug`, with links
/// out of it still opening articles of the content folder.
public struct FileArticleSource: WizardArticleSource {
    public var path: String
    public var slug: String
    public var locale: String
    public var content: ContentFolderSource

    public init(path: String, slug: String, locale: String, content: ContentFolderSource) {
        self.path = path; self.slug = slug; self.locale = locale; self.content = content
    }

    public func article(slug: String, locale: String) throws -> WizardArticle {
        guard slug == self.slug else { return try content.article(slug: slug, locale: locale) }
        // The one reader every command uses: a FIFO, a device or /proc file is refused, not read.
        let bytes = try content.parser.bytes(of: path)
        let article = try content.parser.parse(bytes: bytes, path: path)
        let graph = StepGraphBuilder(options: content.graphOptions).build(article)
        return WizardArticle(graph: graph, locale: graph.article.locale ?? self.locale, contentHash: ContentHash.string(of: bytes))
    }
}
