/// One article file to export: a slug in a locale.
public struct SiteSource: Sendable, Hashable {
    public var slug: String
    public var locale: String
    public var path: String
    /// The content folder: includes must resolve inside it, and `<slug>.actions.yml` lies in it.
    public var contentRoot: String

    public init(slug: String, locale: String, path: String, contentRoot: String) {
        self.slug = slug; self.locale = locale; self.path = path; self.contentRoot = contentRoot
    }
}
