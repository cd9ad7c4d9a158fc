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
        // Outside the content folder: no bindings file belongs to it.
        let loaded = try content.loader.load(path: path, slug: nil)
        return WizardArticle(loaded, locale: loaded.graph.article.locale ?? self.locale)
    }
}
