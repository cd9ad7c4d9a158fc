import Foundation
import StepwiseArticle
import StepwiseLocale

public struct SiteOptions: Sendable {
    /// The folder the site is written to.
    public var output: String
    /// Where the site will be published (`https://example.com/help/`); makes sitemap and
    /// alternate links absolute. Without it they are relative to the site root.
    public var baseURL: String?
    /// A folder whose `*.mustache` files replace the shipped templates of the same name.
    public var templates: String?
    /// Remove pages of articles that are no longer in the content.
    public var clean: Bool
    /// `Locales/`: page strings and callout titles.
    public var layers: CatalogLayers
    public var calloutLabels: CalloutLabels
    /// Workers for articles; the cores by default.
    public var concurrency: Int

    public init(output: String, baseURL: String? = nil, templates: String? = nil, clean: Bool = false,
                layers: CatalogLayers, calloutLabels: CalloutLabels, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.output = output; self.baseURL = baseURL; self.templates = templates; self.clean = clean
        self.layers = layers; self.calloutLabels = calloutLabels; self.concurrency = max(1, concurrency)
    }
}

/// What an export did.
public struct SiteReport: Sendable {
    /// Every file the site consists of (pages, search indexes, sitemap, assets).
    public var files: Int = 0
    /// Article pages among them.
    public var articlePages: Int = 0
    /// Files whose bytes changed and were written.
    public var written: Int = 0
    /// Files removed by `--clean`.
    public var removed: Int = 0
    public var warnings: [SiteWarning] = []
    /// Articles (or their bindings) that could not be read; their pages are left out.
    public var failures: [ArticleError] = []
    /// Paths of the files written, relative to the output folder, sorted.
    public var writtenPaths: [String] = []

    public init() {}
}
