import Foundation
import StepwiseArticle
import StepwiseWizard
import Testing

/// Saved runs through real files in temporary folders.
@Suite struct ResumeTests {
    static func start(_ store: RunStore, _ locale: String = "lv-LV", mode: ResumeMode = .automatic,
                      content: String = Seed.content, now: Date = t0) throws(WizardStartError) -> (session: WizardSession, screen: WizardScreen) {
        try WizardSession.start(slug: Seed.slug, locale: locale, mode: mode, source: Seed.source(content: content), store: store, now: now)
    }

    /// Quit at every position of every walk, start again: the same screen, the same way back.
    @Test(arguments: Seed.locales)
    func quitAndResumeAtEveryNode(locale: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        var checked = 0
        for walk in allWalks(try Seed.wizard(locale)) {
            for stop in walk.screens.indices {
                var (session, first) = try Self.start(store, locale, mode: .restart)
                #expect(first.notices.isEmpty)
                for command in walk.commands.prefix(stop) { session.handle(command, now: t0 + 60) }
                let quit = session.handle(.quit, now: t0 + 120)
                #expect(quit.hasQuit && quit.notices.isEmpty)
                #expect(quit.settled == walk.screens[stop])

                var (resumed, screen) = try Self.start(store, locale)
                #expect(screen.notices == [.resumed])
                #expect(screen.settled == walk.screens[stop])
                #expect(resumed.wizard.history == session.wizard.history)
                #expect(resumed.startedAt == t0)
                if stop > 0 { #expect(resumed.handle(.back) == walk.screens[stop - 1]) }
                checked += 1
            }
        }
        #expect(checked == SeedWalkTests.expectedWalks.map(\.count).reduce(0, +))
        #expect(folder.files() == [RunFileName.make(slug: Seed.slug, locale: locale)])
    }

    /// A save that would write what the session last wrote is skipped: `quit` on the first
    /// screen leaves the start's file in place (same inode), a move replaces it.
    @Test func anUnchangedRunIsNotWrittenAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        func inode() -> ino_t {
            var info = stat()
            _ = stat(store.path(slug: Seed.slug, locale: "lv-LV"), &info)
            return info.st_ino
        }
        var (session, _) = try Self.start(store, mode: .restart)
        let started = inode()
        #expect(started != 0)
        session.handle(.quit, now: t0 + 120)
        #expect(inode() == started)
        (session, _) = try Self.start(store, mode: .restart)
        let again = inode()
        let before = session.wizard.position
        session.handle(.choose(1), now: t0 + 60)
        if session.wizard.position == before { session.handle(.next, now: t0 + 60) }
        #expect(session.wizard.position != before)
        #expect(inode() != again)
    }

    @Test func savedFileIsVersionedJSONWithHashesAndTimes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        var (session, _) = try Self.start(store)
        for command: WizardCommand in [.choose(2), .next, .next, .escape] { session.handle(command, now: t0 + 5) }
        guard case .found(let run) = store.load(slug: Seed.slug, locale: "lv-LV", now: t0) else { Issue.record("no saved run"); return }
        #expect(run.version == 1)
        #expect(run.startedAt == t0 && run.savedAt == t0 + 5)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Seed.content + "/lv-LV/\(Seed.slug).md")))
        #expect(run.contentHash == ContentHash.string(of: bytes))
        #expect(run.enteredArticles.map(\.slug) == [Seed.support])
        #expect(run.position.frames.map(\.node) == ["t2.s3", "choice"])
        #expect(run.history.count == 4)
        let text = try String(contentsOfFile: store.path(slug: Seed.slug, locale: "lv-LV"), encoding: .utf8)
        #expect(text.contains("\"version\": 1"))
        #expect(text.contains("\"startedAt\": \"2025-06-15T15:06:40Z\""))
    }

    @Test func articleChangedButStepKeptResumesThere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyOfContent()
        let store = RunStore(folder: folder.path + "/state")
        var (session, _) = try Self.start(store, content: content)
        for command: WizardCommand in [.choose(2), .next, .next, .next] { session.handle(command) }
        let before = session.screen

        let file = content + "/lv-LV/\(Seed.slug).md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try (text + "\nPievienota rindkopa.\n").write(toFile: file, atomically: true, encoding: .utf8)

        var (resumed, screen) = try Self.start(store, content: content)
        #expect(screen.notices == [.articleChanged(slug: Seed.slug, restarted: false)])
        #expect(screen.nodeID == "t2.s4")
        #expect(screen.settled == before)
        #expect(resumed.handle(.back).nodeID == "t2.s3")
        // Saved again with the new hash: the next start is a plain resume.
        #expect(try Self.start(store, content: content).screen.notices == [.resumed])
    }

    @Test func articleChangedAndStepGoneRestarts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyOfContent()
        let store = RunStore(folder: folder.path + "/state")
        var (session, _) = try Self.start(store, content: content)
        for command: WizardCommand in [.choose(2), .next, .next, .next, .next] { session.handle(command) }
        #expect(session.screen.nodeID == "t2.s5")

        // Drop steps 4 and 5 of the second task.
        let file = content + "/lv-LV/\(Seed.slug).md"
        let lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
        let kept = lines.filter { !$0.hasPrefix("4. ") && !$0.hasPrefix("5. ") }
        #expect(kept.count == lines.count - 2)
        try kept.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)

        let (resumed, screen) = try Self.start(store, content: content)
        #expect(screen.notices.last == .articleChanged(slug: Seed.slug, restarted: true))
        // The bindings file still names the dropped steps: the walk says so, at each entry.
        let leftOut = screen.notices.compactMap { notice -> String? in
            guard case .articleProblem(let problem) = notice, problem.code == .bindingUnknownNode else { return nil }
            return problem.arguments["node"]
        }
        #expect(leftOut == ["t2.s4", "t2.s5"])
        #expect(screen.notices.count == 3)
        #expect(screen.kind == .choice)
        #expect(screen.choices.map(\.stepCount) == [3, 3, 2])
        #expect(resumed.wizard.history.isEmpty)
    }

    @Test func enteredArticleChangedIsNoticedToo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyOfContent()
        let store = RunStore(folder: folder.path + "/state")
        var (session, _) = try Self.start(store, content: content)
        for command: WizardCommand in [.choose(2), .next, .next, .escape, .choose(1), .next] { session.handle(command) }
        #expect(session.screen.article.slug == Seed.support && session.screen.nodeID == "t1.s2")

        let file = content + "/lv-LV/\(Seed.support).md"
        try (String(contentsOfFile: file, encoding: .utf8) + "\nVēl viens teikums.\n").write(toFile: file, atomically: true, encoding: .utf8)
        var (resumed, screen) = try Self.start(store, content: content)
        #expect(screen.notices == [.articleChanged(slug: Seed.support, restarted: false)])
        #expect(screen.article.slug == Seed.support && screen.nodeID == "t1.s2")
        #expect(screen.returnPoints.map(\.nodeID) == ["t2.s3"])
        for _ in 0..<4 { resumed.handle(.next) }
        #expect(resumed.screen.article.slug == Seed.slug && resumed.screen.nodeID == "t2.s3")
    }

    @Test(arguments: ["{\"version\": 1, \"slug\": ", "", "\u{FF}\u{FE}garbage", "[]"])
    func corruptStateFileIsMovedAside(garbage: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        let path = store.path(slug: Seed.slug, locale: "lv-LV")
        try Data(garbage.utf8).write(to: URL(fileURLWithPath: path))

        let (_, screen) = try Self.start(store)
        let moved = path + ".corrupt-20250615T150640Z"
        #expect(screen.notices == [.corruptStateMovedAside(path: moved)])
        #expect(screen.kind == .choice)
        #expect(try Data(contentsOf: URL(fileURLWithPath: moved)) == Data(garbage.utf8))
        // The fresh walk is saved in its place.
        guard case .found(let run) = store.load(slug: Seed.slug, locale: "lv-LV", now: t0) else { Issue.record("not saved"); return }
        #expect(run.position.frames.map(\.node) == ["choice"])

        // A second corrupt file at the same second does not replace the first one moved aside.
        try Data(garbage.utf8).write(to: URL(fileURLWithPath: path))
        let (_, again) = try Self.start(store)
        #expect(again.notices == [.corruptStateMovedAside(path: moved + "-2")])
    }

    @Test func unreadableStateFileIsMovedAside() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        let path = store.path(slug: Seed.slug, locale: "lv-LV")
        // A folder where the file should be cannot be read as one.
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let (_, screen) = try Self.start(store)
        #expect(screen.notices == [.corruptStateMovedAside(path: path + ".corrupt-20250615T150640Z")])
    }

    @Test func runThatDoesNotFitItsUnchangedArticleIsMovedAside() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        var (session, _) = try Self.start(store)
        session.handle(.choose(1))
        guard case .found(var run) = store.load(slug: Seed.slug, locale: "lv-LV", now: t0) else { Issue.record("not saved"); return }
        run.position.frames[0].node = "t9.s9"
        try store.save(run)

        let (_, screen) = try Self.start(store)
        #expect(screen.notices == [.corruptStateMovedAside(path: store.path(slug: Seed.slug, locale: "lv-LV") + ".corrupt-20250615T150640Z")])
        #expect(screen.kind == .choice)
    }

    @Test func newerFormatVersionIsNotOverwrittenUnseen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        var (session, _) = try Self.start(store)
        session.handle(.choose(1))
        guard case .found(var run) = store.load(slug: Seed.slug, locale: "lv-LV", now: t0) else { Issue.record("not saved"); return }
        run.version = 2
        try store.save(run)
        guard case .corrupt(_, let movedTo?) = store.load(slug: Seed.slug, locale: "lv-LV", now: t0) else { Issue.record("read a newer version"); return }
        #expect(FileManager.default.fileExists(atPath: movedTo))
    }

    @Test func resumeWithoutSavedRunFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path + "/state")
        do {
            _ = try Self.start(store, mode: .resume)
            Issue.record("--resume started with nothing to resume")
        } catch .noSavedRun(let slug, let locale) {
            #expect(slug == Seed.slug && locale == "lv-LV")
        } catch {
            Issue.record("wrong error: \(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/state"), "a failed --resume writes nothing")

        // With a run saved, --resume resumes it.
        var (session, _) = try Self.start(store)
        session.handle(.choose(3))
        let (_, screen) = try Self.start(store, mode: .resume)
        #expect(screen.nodeID == "t3.s1" && screen.notices == [.resumed])
    }

    @Test func resumeWithCorruptRunFailsAndMovesItAside() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        let path = store.path(slug: Seed.slug, locale: "lv-LV")
        try Data("nonsense".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try Self.start(store, mode: .resume)
            Issue.record("--resume started from a corrupt run")
        } catch .savedRunCorrupt(let at, let movedTo) {
            #expect(at == path && movedTo == path + ".corrupt-20250615T150640Z")
        } catch {
            Issue.record("wrong error: \(error)")
        }
    }

    @Test func restartDiscardsTheSavedRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        var (session, _) = try Self.start(store)
        for command: WizardCommand in [.choose(2), .next] { session.handle(command) }
        let (restarted, screen) = try Self.start(store, mode: .restart, now: t0 + 3600)
        #expect(screen.kind == .choice && screen.notices.isEmpty)
        #expect(restarted.startedAt == t0 + 3600)
        guard case .found(let run) = store.load(slug: Seed.slug, locale: "lv-LV", now: t0) else { Issue.record("not saved"); return }
        #expect(run.history.isEmpty && run.position.frames.map(\.node) == ["choice"])
    }

    @Test func missingArticleFailsWithoutTouchingTheSavedRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        do {
            _ = try WizardSession.start(slug: "no-such-article", locale: "lv-LV", mode: .restart, source: Seed.source(), store: store)
            Issue.record("started a missing article")
        } catch .articleUnavailable(let slug, _, let underlying) {
            #expect(slug == "no-such-article")
            #expect(underlying as? WizardSourceError == .notFound(slug: "no-such-article", locale: "lv-LV"))
        } catch {
            Issue.record("wrong error: \(error)")
        }
        #expect(folder.files().isEmpty)
    }

    @Test func unwritableStateFolderDoesNotStopTheWalk() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A file where the state folder should be.
        try Data().write(to: URL(fileURLWithPath: folder.path + "/state"))
        let store = RunStore(folder: folder.path + "/state/stepwise")
        var (session, screen) = try Self.start(store)
        #expect(screen.notices == [.notSaved(path: store.path(slug: Seed.slug, locale: "lv-LV"), errno: ENOTDIR)])
        let next = session.handle(.choose(1))
        #expect(next.nodeID == "t1.s1" && next.notices == [.notSaved(path: store.path(slug: Seed.slug, locale: "lv-LV"), errno: ENOTDIR)])
    }
}
