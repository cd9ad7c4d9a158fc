import Foundation
import StepwiseArticle
import StepwiseLocale

package struct SiteOptions: Sendable {
    /// The folder the site is written to.
    package var output: String
    /// Where the site will be published (`https://example.com/help/`); makes sitemap and
    /// alternate links absolute. Without it they are relative to the site root.
    package var baseURL: String?
    /// A folder whose `*.mustache` files replace the shipped templates of the same name.
    package var templates: String?
    /// Remove pages of articles that are no longer in the content.
    package var clean: Bool
    /// `Locales/`: page strings and callout titles.
    package var layers: CatalogLayers
    package var calloutLabels: CalloutLabels
    /// Workers for articles; the cores by default.
    package var concurrency: Int
    /// The action and input names a binding may use; nil: not checked.
    package var actions: Set<String>?
    package var picks: Set<String>?
    /// Render only this part's articles, and no indexes: `merge` puts the parts together.
    package var shard: ExportShard?
    /// Output folders of earlier exports (shards) whose pages are taken when their inputs are
    /// the same as this export's, instead of being made again.
    package var merge: [String]

    package init(output: String, baseURL: String? = nil, templates: String? = nil, clean: Bool = false,
                layers: CatalogLayers, calloutLabels: CalloutLabels, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                actions: Set<String>? = nil, picks: Set<String>? = nil, shard: ExportShard? = nil, merge: [String] = []) {
        self.output = output; self.baseURL = baseURL; self.templates = templates; self.clean = clean
        self.layers = layers; self.calloutLabels = calloutLabels; self.concurrency = max(1, concurrency)
        self.actions = actions; self.picks = picks; self.shard = shard; self.merge = merge
    }
}

/// What an export did.
package struct SiteReport: Sendable {
    /// Every file the site consists of (pages, search indexes, sitemap, assets).
    package var files: Int = 0
    /// Article pages among them.
    package var articlePages: Int = 0
    /// Article pages made from their articles this time; the others were unchanged since the
    /// last export, or taken from a `merge` folder.
    package var rendered: Int = 0
    /// Files whose bytes changed and were written.
    package var written: Int = 0
    /// Files removed by `--clean`.
    package var removed: Int = 0
    package var warnings: [SiteWarning] = []
    /// What loading articles left out (binding entries, unreadable bindings files): warnings,
    /// since the pages are still whole, only without those steps marked.
    package var bindingProblems: [ArticleError] = []
    /// Articles that could not be read; their pages are left out.
    package var failures: [ArticleError] = []
    /// `merge` folders without a cache this build can use: their pages were made again.
    package var unusableMerges: [String] = []
    /// Paths of the files written, relative to the output folder, sorted.
    package var writtenPaths: [String] = []

    package init() {}
}
