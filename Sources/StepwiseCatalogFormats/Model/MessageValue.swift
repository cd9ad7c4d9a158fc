import StepwiseArticle
import StepwiseLocale

/// A piece of message text and where it stands in its file.
package struct MessageText: Sendable, Hashable {
    package var text: String
    package var position: SourcePosition

    package init(_ text: String, at position: SourcePosition) {
        self.text = text; self.position = position
    }
}

/// What a message holds, in one shape for every format.
package enum MessageValue: Sendable, Hashable {
    case text(MessageText)
    /// Forms by CLDR category (YAML plural mappings, `.xcstrings` plural variations, PO
    /// `msgstr[n]` through the file's Plural-Forms).
    case plural([PluralCategory: MessageText])
    /// A list of strings (Stepwise YAML sequences).
    case list([MessageText])
    /// Nothing to show: null, `""`, only white space, an empty msgstr.
    case empty
    /// A shape no message has (a YAML alias, a list of mappings…); reported as syntax.
    case unusable

    /// Every text the value holds, in a stable order.
    package var texts: [MessageText] {
        switch self {
        case .text(let t): [t]
        case .plural(let forms): forms.sorted { $0.key < $1.key }.map(\.value)
        case .list(let items): items
        case .empty, .unusable: []
        }
    }
}
