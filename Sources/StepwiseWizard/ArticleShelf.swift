/// The articles a walk has opened, by key. A walk opens a handful (its own, the side paths it
/// took), so a list searched in order serves; a `[ArticleKey: WizardArticle]` looked up
/// `ArticleKey: Hashable` through every conformance of the program when first built, a
/// fortieth of a walk's start-up.
struct ArticleShelf: Sendable {
    private var entries: [(key: ArticleKey, article: WizardArticle)] = []

    init(_ key: ArticleKey, _ article: WizardArticle) { entries = [(key, article)] }

    subscript(key: ArticleKey) -> WizardArticle? {
        get { entries.first { $0.key == key }?.article }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case let (index?, article?): entries[index].article = article
            case let (index?, nil): entries.remove(at: index)
            case let (nil, article?): entries.append((key, article))
            case (nil, nil): break
            }
        }
    }
}
