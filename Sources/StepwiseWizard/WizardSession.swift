import Foundation

/// How a start treats a saved run (`run`, `run --resume`, `run --restart`).
package enum ResumeMode: String, Sendable, Hashable, CaseIterable {
    /// Resume a saved run if there is one, else start fresh.
    case automatic
    /// Resume, and fail when there is nothing to resume.
    case resume
    /// Discard any saved run and start fresh.
    case restart
}

/// A wizard tied to its saved run: starting applies the resume rules, and every command that
/// moves the walk (and `quit`) saves it.
package struct WizardSession: Sendable {
    package internal(set) var wizard: Wizard
    package let store: RunStore
    package let startedAt: Date
    /// The tenant bound steps act on; nil walks without actions.
    package let host: ActionHost?
    /// What bound steps did in this run, oldest first (saved with it).
    package internal(set) var records: [ActionRecord] = []
    /// Picked inputs and ids actions produced, by `pickKey` (saved with it).
    package internal(set) var picks: [String: String] = [:]
    var dialog: ActionDialog?
    /// The last action that failed here, while the walk stays on its step.
    var failure: (location: WizardLocation, record: ActionRecord, offersEscape: Bool)?
    /// What this session last wrote: a save that would write the same run again (`quit` right
    /// after the start, a command that changed nothing saved) is skipped, with its two fsyncs.
    private(set) var lastSaved: SavedRun?

    /// The first screen carries the start's notices: locale fallback, resumed, article changed,
    /// corrupt state moved aside, not saved.
    package static func start(slug: String, locale: String, mode: ResumeMode, source: any WizardArticleSource,
                             store: RunStore, actions host: ActionHost? = nil,
                             now: Date = Date()) throws(WizardStartError) -> (session: WizardSession, screen: WizardScreen) {
        // The article first: a missing or broken article must not cost the reader a saved run.
        let key = ArticleKey(slug: slug, locale: locale)
        let article = try Wizard.load(key, from: source)
        let fresh = try Wizard(root: key, article: article, source: source)

        var wizard = fresh
        var notices = fresh.startNotices
        var startedAt = now
        var records: [ActionRecord] = [], picks: [String: String] = [:]
        switch mode {
        case .restart:
            try? store.discard(slug: slug, locale: locale)
        case .automatic, .resume:
            switch store.load(slug: slug, locale: locale, now: now) {
            case .nothingSaved:
                if mode == .resume { throw .noSavedRun(slug: slug, locale: locale) }
            case .corrupt(let path, let movedTo):
                if mode == .resume { throw .savedRunCorrupt(path: path, movedTo: movedTo) }
                notices.append(movedTo.map(WizardNotice.corruptStateMovedAside) ?? .corruptStateIgnored(path: path))
            case .found(let run):
                do {
                    let resumed = try Wizard.resuming(run, root: article, source: source)
                    wizard = resumed.wizard
                    notices = resumed.notices
                    startedAt = run.startedAt
                    // Results and ids from another tenant mean nothing here.
                    if run.tenant == host?.tenant {
                        records = run.actions ?? []
                        picks = run.picks ?? [:]
                    }
                } catch .savedRunInvalid {
                    let path = store.path(slug: slug, locale: locale)
                    let movedTo = try? store.moveAside(path, now: now)
                    if mode == .resume { throw .savedRunCorrupt(path: path, movedTo: movedTo) }
                    notices.append(movedTo.map(WizardNotice.corruptStateMovedAside) ?? .corruptStateIgnored(path: path))
                } catch {
                    throw error
                }
            }
        }
        var session = WizardSession(wizard: wizard, store: store, startedAt: startedAt, host: host)
        session.records = records
        session.picks = picks
        notices += session.save(now: now)
        var screen = session.screen
        screen.notices = notices
        return (session, screen)
    }

    init(wizard: Wizard, store: RunStore, startedAt: Date, host: ActionHost? = nil) {
        self.wizard = wizard; self.store = store; self.startedAt = startedAt; self.host = host
    }

    package var screen: WizardScreen { decorate(wizard.screen) }

    /// Applies a command and saves when it moved the walk or quit. A failed save does not stop
    /// the walk; the screen says so.
    @discardableResult
    package mutating func handle(_ command: WizardCommand, now: Date = Date()) -> WizardScreen {
        let before = (wizard.position, wizard.history.count, records.count)
        var screen: WizardScreen
        if let answered = handleAction(command) {
            screen = answered
        } else {
            // Moved first, decorated after: `decorate(wizard.handle(…))` would read the wizard before the move.
            let moved = wizard.handle(command)
            screen = decorate(moved)
        }
        if before.0 != wizard.position { failure = nil }
        if command == .quit || before != (wizard.position, wizard.history.count, records.count) {
            screen.notices += save(now: now)
        }
        return screen
    }

    /// Saves the run unless it is what this session last saved (the time of saving aside);
    /// the notice to show when that failed.
    @discardableResult
    package mutating func save(now: Date = Date()) -> [WizardNotice] {
        do {
            var run = wizard.savedRun(startedAt: startedAt, savedAt: now)
            run.actions = records.isEmpty ? nil : records
            run.picks = picks.isEmpty ? nil : picks
            run.tenant = records.isEmpty && picks.isEmpty ? nil : host?.tenant
            if var last = lastSaved {
                last.savedAt = run.savedAt
                if last == run { return [] }
            }
            // What an action did is kept as surely as the tenant change it records: losing the
            // record would offer the action again on resume. A move alone may come back.
            let recordsChanged = lastSaved.map { $0.actions != run.actions || $0.picks != run.picks } ?? (run.actions != nil || run.picks != nil)
            try store.save(run, durable: recordsChanged)
            lastSaved = run
            return []
        } catch {
            return [.notSaved(path: store.path(slug: wizard.root.slug, locale: wizard.root.locale), errno: error.errno)]
        }
    }
}
