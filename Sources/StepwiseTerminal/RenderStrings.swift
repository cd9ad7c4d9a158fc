import StepwiseArticle

/// Every word the renderer prints that does not come from the article. The caller fills
/// these from the locale catalogs; this module holds no user-visible text of its own.
/// Values are sanitized like content before they are printed.
package struct RenderStrings: Sendable, Hashable {
    /// Box titles for `> [!NOTE]` … `> [!WARNING]` and their translated labels.
    package var noteTitle: String
    package var tipTitle: String
    package var importantTitle: String
    package var cautionTitle: String
    package var warningTitle: String
    /// Heading over the numbered link list printed when links are footnotes.
    package var linksHeading: String
    /// An image in running text. `{alt}` is the alt text, `{url}` the image source.
    package var imageFormat: String
    /// A `[!VIDEO url]` block. `{url}` is the video address.
    package var videoFormat: String
    /// Between UI path segments, spaces included (` › `, ` > `).
    package var uiPathSeparator: String
    /// Stands in for a UI path segment that machine translation dropped.
    package var emptyUIPathSegment: String
    /// Shown for a table without a single non-empty cell.
    package var emptyTable: String

    package init(
        noteTitle: String, tipTitle: String, importantTitle: String, cautionTitle: String, warningTitle: String,
        linksHeading: String, imageFormat: String, videoFormat: String,
        uiPathSeparator: String, emptyUIPathSegment: String, emptyTable: String
    ) {
        self.noteTitle = noteTitle; self.tipTitle = tipTitle; self.importantTitle = importantTitle
        self.cautionTitle = cautionTitle; self.warningTitle = warningTitle
        self.linksHeading = linksHeading; self.imageFormat = imageFormat; self.videoFormat = videoFormat
        self.uiPathSeparator = uiPathSeparator; self.emptyUIPathSegment = emptyUIPathSegment
        self.emptyTable = emptyTable
    }

    package func calloutTitle(for kind: CalloutKind) -> String {
        switch kind {
        case .note: noteTitle
        case .tip: tipTitle
        case .important: importantTitle
        case .caution: cautionTitle
        case .warning: warningTitle
        }
    }
}
