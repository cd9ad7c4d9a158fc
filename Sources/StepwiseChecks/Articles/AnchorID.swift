import StepwiseArticle

/// Ids a link's `#fragment` can name: the rule the HTML export uses for its ids too
/// (`HeadingAnchor` in StepwiseArticle), so a link the checks accept works on the site.
enum AnchorID {
    static func generate(_ text: String) -> String { HeadingAnchor.id(for: text) }

    static func attributes(in raw: String) -> [String] { HeadingAnchor.ids(inRawHTML: raw) }
}
