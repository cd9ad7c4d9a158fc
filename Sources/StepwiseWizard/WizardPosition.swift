/// An article as a run asks for it. The locale is the one asked for, not the one the source
/// fell back to, so a run keeps asking for the reader's language and picks up a translation
/// that appears later.
package struct ArticleKey: Sendable, Hashable, Codable {
    package var slug: String
    package var locale: String

    package init(slug: String, locale: String) { self.slug = slug; self.locale = locale }
}

/// A node of one article.
package struct WizardLocation: Sendable, Hashable, Codable {
    package var slug: String
    package var locale: String
    package var node: String

    package init(slug: String, locale: String, node: String) {
        self.slug = slug; self.locale = locale; self.node = node
    }

    package init(_ key: ArticleKey, node: String) { self.init(slug: key.slug, locale: key.locale, node: node) }

    package var key: ArticleKey { ArticleKey(slug: slug, locale: locale) }
}

/// Where a walk stands, with the way back out of every article it has entered.
///
/// `frames[0]` is in the article the run started with; each later frame is in an article
/// entered from the frame before it, whose node is the step the reader left from and comes
/// back to when the entered article ends. Keeping the whole stack in every history entry is
/// what lets `back` restore a screen inside or across a jump exactly.
package struct WizardPosition: Sendable, Hashable, Codable {
    package var frames: [WizardLocation]

    package init(frames: [WizardLocation]) { self.frames = frames }

    /// Frames is never empty in a position the wizard made; a decoded one is checked before use.
    package var current: WizardLocation { frames[frames.count - 1] }
}
