import Foundation
import StepwiseArticle

/// A walk as it is saved between sessions, one per article and asked locale.
package struct SavedRun: Sendable, Hashable, Codable {
    /// Raised when the layout changes in a way older readers would misread; a file with another
    /// version is treated like a corrupt one (moved aside, not overwritten unseen).
    package static let formatVersion = 1

    package var version: Int
    package var slug: String
    /// The locale the run asked for (not the one a fallback gave).
    package var locale: String
    /// `ContentHash.string(of:)` of the started article's file when the run was saved.
    package var contentHash: String
    /// The other articles the position or history passes through, with their hashes then.
    package var enteredArticles: [ArticleStamp]
    package var position: WizardPosition
    package var history: [WizardPosition]
    package var startedAt: Date
    package var savedAt: Date
    /// What bound steps did, oldest first. Optional so runs saved before actions existed load.
    package var actions: [ActionRecord]?
    /// Inputs picked by `pick:` steps and ids actions produced (a new card), by input name, for
    /// the actions later in the walk. Ids only, never secrets.
    package var picks: [String: String]?
    /// The tenant `actions` and `picks` belong to (`ActionHost.tenant`).
    package var tenant: String?

    package init(version: Int = SavedRun.formatVersion, slug: String, locale: String, contentHash: String,
                enteredArticles: [ArticleStamp], position: WizardPosition, history: [WizardPosition],
                startedAt: Date, savedAt: Date, actions: [ActionRecord]? = nil, picks: [String: String]? = nil) {
        self.version = version; self.slug = slug; self.locale = locale; self.contentHash = contentHash
        self.enteredArticles = enteredArticles; self.position = position; self.history = history
        self.startedAt = startedAt; self.savedAt = savedAt; self.actions = actions; self.picks = picks
    }
}

package struct ArticleStamp: Sendable, Hashable, Codable {
    package var slug: String
    package var locale: String
    package var contentHash: String

    package init(slug: String, locale: String, contentHash: String) {
        self.slug = slug; self.locale = locale; self.contentHash = contentHash
    }
}
