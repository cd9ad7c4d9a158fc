import StepwiseArticle

/// Every word the renderer prints that does not come from the article. The caller fills
/// these from the locale catalogs; this module holds no user-visible text of its own.
/// Values are sanitized like content before they are printed.
public struct RenderStrings: Sendable, Hashable {
    /// Box titles for `> [!NOTE]` … `> [!WARNING]` and their translated labels.
    public var noteTitle: String
    public var tipTitle: String
    public var importantTitle: String
    public var cautionTitle: String
    public var warningTitle: String
    /// Heading over the numbered link list printed when links are footnotes.
    public var linksHeading: String
    /// An image in running text. `{alt}` is the alt text, `{url}` the image source.
    public var imageFormat: String
    /// A `[!VIDEO url]` block. `{url}` is the video address.
    public var videoFormat: String
    /// Between UI path segments, spaces included (` › `, ` > `).
    public var uiPathSeparator: String
    /// Stands in for a UI path segment that machine translation dropped.
    public var emptyUIPathSegment: String
    /// Shown for a table without a single non-empty cell.
    public var emptyTable: String

    public init(
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

    public func calloutTitle(for kind: CalloutKind) -> String {
        switch kind {
        case .note: noteTitle
        case .tip: tipTitle
        case .important: importantTitle
        case .caution: cautionTitle
        case .warning: warningTitle
        }
    }
}
