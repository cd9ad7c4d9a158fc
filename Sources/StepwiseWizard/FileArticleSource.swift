import StepwiseArticle
import StepwiseFlow

/// One Markdown file from anywhere (a corpus article, a draft) walked as `slug`, with links
/// out of it still opening articles of the content folder.
package struct FileArticleSource: WizardArticleSource {
    package var path: String
    package var slug: String
    package var locale: String
    package var content: ContentFolderSource

    package init(path: String, slug: String, locale: String, content: ContentFolderSource) {
        self.path = path; self.slug = slug; self.locale = locale; self.content = content
    }

    package func article(slug: String, locale: String) throws -> WizardArticle {
        guard slug == self.slug else { return try content.article(slug: slug, locale: locale) }
        // The one reader every command uses: a FIFO, a device or /proc file is refused, not read.
        let bytes = try content.parser.bytes(of: path)
        let article = try content.parser.parse(bytes: bytes, path: path)
        let graph = StepGraphBuilder(options: content.graphOptions).build(article)
        return WizardArticle(graph: graph, locale: graph.article.locale ?? self.locale, contentHash: ContentHash.string(of: bytes))
    }
}
