import StepwiseArticle
import StepwiseLocale

/// The catalog strings one locale's pages use, looked up once per locale rather than per node.
struct SiteStrings: Sendable {
    let localizer: Localizer
    let calloutTitles: [CalloutKind: String]
    let uiPathSeparator: String
    let uiPathMissing: String

    /// The page's language tag; a locale without a catalog uses en-US strings under its own tag.
    let locale: String
    /// The strings' own language when it is not the page's (a locale without a catalog): the
    /// elements that hold only such strings say so with `lang`.
    let uiLang: String?

    init(localizer: Localizer, locale: String? = nil) {
        self.localizer = localizer
        self.locale = locale ?? localizer.locale
        uiLang = self.locale.lowercased() == localizer.locale.lowercased() ? nil : localizer.locale
        var titles: [CalloutKind: String] = [:]
        for kind in CalloutKind.allCases { titles[kind] = localizer.string("callout.title.\(kind.rawValue)") }
        calloutTitles = titles
        uiPathSeparator = localizer.string("site.ui-path-separator")
        uiPathMissing = localizer.string("site.ui-path-missing")
    }

    func string(_ key: String, _ args: [String: String] = [:]) -> String { localizer.string(key, args) }

    func plural(_ key: String, count: Int, _ args: [String: String] = [:]) -> String {
        localizer.plural(key, count: count, args)
    }

    /// A localized sentence around one piece of markup (`{command}` as `<code>…</code>`):
    /// the sentence is escaped, then the escaped placeholder is replaced by the escaped markup.
    func html(_ key: String, placeholder: String, markup: String, _ args: [String: String] = [:]) -> String {
        var args = args
        let token = "\u{E000}\(placeholder)\u{E000}"
        args[placeholder] = token
        return HTMLText.escape(localizer.string(key, args)).replacingOccurrences(of: token, with: markup)
    }
}
