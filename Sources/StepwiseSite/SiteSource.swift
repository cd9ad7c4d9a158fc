/// One article file to export: a slug in a locale.
package struct SiteSource: Sendable, Hashable {
    package var slug: String
    package var locale: String
    package var path: String
    /// The content folder: includes must resolve inside it, and `<slug>.actions.yml` lies in it.
    package var contentRoot: String

    package init(slug: String, locale: String, path: String, contentRoot: String) {
        self.slug = slug; self.locale = locale; self.path = path; self.contentRoot = contentRoot
    }
}
