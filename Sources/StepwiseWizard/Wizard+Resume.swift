import Foundation

extension Wizard {
    /// The run to save for the walk as it stands.
    package func savedRun(startedAt: Date, savedAt: Date) -> SavedRun {
        var keys: [ArticleKey] = []
        for frame in (history + [position]).flatMap(\.frames) where frame.key != root && !keys.contains(frame.key) {
            keys.append(frame.key)
        }
        let stamps = keys.compactMap { key in
            articles[key].map { ArticleStamp(slug: key.slug, locale: key.locale, contentHash: $0.contentHash) }
        }
        return SavedRun(slug: root.slug, locale: root.locale, contentHash: rootArticle.contentHash,
                        enteredArticles: stamps, position: position, history: history,
                        startedAt: startedAt, savedAt: savedAt)
    }

    /// Picks a saved run up where it stopped.
    ///
    /// When every article it passes through is unchanged, the walk resumes exactly, history and
    /// all. When one changed, node ids still name the same places (they come from structure), so
    /// the walk resumes at the same node if it still exists, keeping the steps back that still
    /// exist too; otherwise it starts over. Either way a notice says so.
    ///
    /// Throws `.savedRunInvalid` for a run that names nodes its unchanged article lacks, or that
    /// belongs to another article: the file is wrong, not the article.
    package static func resuming(_ run: SavedRun, source: any WizardArticleSource) throws(WizardStartError) -> (wizard: Wizard, notices: [WizardNotice]) {
        let key = ArticleKey(slug: run.slug, locale: run.locale)
        return try resuming(run, root: load(key, from: source), source: source)
    }

    static func resuming(_ run: SavedRun, root article: WizardArticle, source: any WizardArticleSource) throws(WizardStartError) -> (wizard: Wizard, notices: [WizardNotice]) {
        let key = ArticleKey(slug: run.slug, locale: run.locale)
        let positions = run.history + [run.position]
        guard run.version == SavedRun.formatVersion,
              positions.allSatisfy({ $0.frames.first?.key == key })
        else { throw .savedRunInvalid }

        var wizard = try Wizard(root: key, article: article, source: source)
        let notices = wizard.startNotices

        // Articles entered on the way are loaded again; one that cannot be counts as changed.
        var changed: [String] = article.contentHash == run.contentHash ? [] : [key.slug]
        var seen: Set<ArticleKey> = [key]
        for frame in positions.flatMap(\.frames) where seen.insert(frame.key).inserted {
            let stamp = run.enteredArticles.first { $0.slug == frame.slug && $0.locale == frame.locale }
            guard let loaded = try? source.article(slug: frame.slug, locale: frame.locale) else {
                changed.append(frame.slug); continue
            }
            wizard.articles[frame.key] = loaded
            if stamp?.contentHash != loaded.contentHash { changed.append(frame.slug) }
        }

        if changed.isEmpty {
            guard positions.allSatisfy(wizard.exists) else { throw .savedRunInvalid }
            wizard.position = run.position
            wizard.history = Array(run.history.suffix(historyLimit))
            return (wizard, notices + [.resumed])
        }
        guard wizard.exists(run.position) else {
            return (wizard, notices + [.articleChanged(slug: changed[0], restarted: true)])
        }
        var history: [WizardPosition] = []
        for position in run.history where wizard.exists(position) && history.last != position {
            history.append(position)
        }
        while history.last == run.position { history.removeLast() }
        wizard.position = run.position
        wizard.history = Array(history.suffix(historyLimit))
        return (wizard, notices + [.articleChanged(slug: changed[0], restarted: false)])
    }

    /// Whether every frame names a node of a loaded article; the frames an article was left from
    /// must be steps that can still be come back to, so they are checked too.
    func exists(_ position: WizardPosition) -> Bool {
        !position.frames.isEmpty && position.frames.allSatisfy { frame in
            articles[frame.key]?.graph.node(frame.node) != nil
        }
    }
}
