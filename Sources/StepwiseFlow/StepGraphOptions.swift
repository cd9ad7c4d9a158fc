public struct StepGraphOptions: Sendable, Hashable {
    /// Slugs of the articles a relative link may open (`jump` edges, `x.<slug>` nodes).
    public var knownSlugs: Set<String>
    /// Where relative links are published; `url` of a relative link is resolved against it.
    public var docsBaseURL: String
    /// The article's folder on the docs site (`/microsoft-365/admin/`), for document-relative
    /// links such as `../x/y.md`. Without it they resolve against the site root.
    public var articleBasePath: String?

    public init(knownSlugs: Set<String> = [], docsBaseURL: String = "https://learn.microsoft.com", articleBasePath: String? = nil) {
        self.knownSlugs = knownSlugs; self.docsBaseURL = docsBaseURL; self.articleBasePath = articleBasePath
    }
}
