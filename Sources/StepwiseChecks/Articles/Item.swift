import StepwiseArticle

/// Something found in an article, keyed by what must match its counterpart in the source.
struct Item<Key: Hashable & Sendable>: Sendable, Hashable {
    var key: Key
    var range: SourceRange
    /// The included file the range is in; nil for the article itself.
    var file: String? = nil
}
