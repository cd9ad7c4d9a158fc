import StepwiseArticle

/// The one place that decides how things look with colour on. Layout asks for a role,
/// never for an escape code; with colour off `ANSIWriter` drops all of it.
enum Theme {
    static func heading(level: Int) -> TextStyle {
        switch level {
        case 1: TextStyle(attributes: [.bold, .underline])
        case 2: TextStyle(attributes: [.bold])
        default: TextStyle(attributes: [.bold, .italic])
        }
    }

    static let strong = TextStyle.Attributes.bold
    static let emphasis = TextStyle.Attributes.italic
    static let code = TextStyle(foreground: 36)
    static let link = TextStyle(attributes: [.underline], foreground: 34)
    static let footnoteMarker = TextStyle(attributes: [.dim])
    /// Magenta rather than a link's blue or code's cyan: a UI label is neither.
    static let uiPathSegment = TextStyle(attributes: [.bold], foreground: 35)
    static let uiPathSeparator = TextStyle(attributes: [.dim])
    static let emptyUIPathSegment = TextStyle(attributes: [.bold, .reverse], foreground: 31)
    static let media = TextStyle(attributes: [.dim, .italic])
    static let rule = TextStyle(attributes: [.dim])
    static let gutter = TextStyle(attributes: [.dim])
    static let listMarker = TextStyle(attributes: [.bold])
    static let tableHeader = TextStyle(attributes: [.bold])
    static let tableRule = TextStyle(attributes: [.dim])
    static let codeBlock = TextStyle(foreground: 36)
    static let linksHeading = TextStyle(attributes: [.bold])

    /// Microsoft Learn's alert colours, approximated in the 8-colour palette.
    static func callout(_ kind: CalloutKind) -> (border: TextStyle, title: TextStyle) {
        let fg: UInt8 = switch kind {
        case .note: 34
        case .tip: 32
        case .important: 35
        case .caution: 33
        case .warning: 31
        }
        return (TextStyle(foreground: fg), TextStyle(attributes: [.bold], foreground: fg))
    }
}
