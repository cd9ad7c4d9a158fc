import Foundation
import StepwiseArticle
import StepwiseWizard
import Testing

@Suite struct RunStoreTests {
    static func run(slug: String = Seed.slug, locale: String = "lv-LV", node: String = "choice") -> SavedRun {
        SavedRun(slug: slug, locale: locale, contentHash: "fnv1a64:0000000000000000", enteredArticles: [],
                 position: WizardPosition(frames: [WizardLocation(slug: slug, locale: locale, node: node)]),
                 history: [], startedAt: t0, savedAt: t0)
    }

    @Test func stateFolderFollowsXDG() {
        #expect(RunStore.folder(environment: ["XDG_STATE_HOME": "/var/state"], home: "/home/anna") == "/var/state/stepwise")
        #expect(RunStore.folder(environment: ["XDG_STATE_HOME": "/var/state/"], home: "/home/anna") == "/var/state/stepwise")
        #expect(RunStore.folder(environment: [:], home: "/home/anna") == "/home/anna/.local/state/stepwise")
        #expect(RunStore.folder(environment: ["XDG_STATE_HOME": ""], home: "/home/anna/") == "/home/anna/.local/state/stepwise")
        // Relative values are invalid per the XDG spec and ignored.
        #expect(RunStore.folder(environment: ["XDG_STATE_HOME": "state"], home: "/home/anna") == "/home/anna/.local/state/stepwise")
        #expect(RunStore(environment: [:], home: "/").folder == "/.local/state/stepwise")
    }

    @Test func homeIsAskedForOnlyWithoutXDGStateHome() {
        var asked = 0
        func home() -> String { asked += 1; return "/home/anna" }
        #expect(RunStore.folder(environment: ["XDG_STATE_HOME": "/state"], home: home()) == "/state/stepwise")
        #expect(asked == 0)
        #expect(RunStore.folder(environment: [:], home: home()) == "/home/anna/.local/state/stepwise")
        #expect(asked == 1)
    }

    @Test func savingCreatesEveryFolderOnAPathWrittenLoosely() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path + "//a//b/c/")
        try store.save(Self.run())
        var info = stat()
        for made in ["/a", "/a/b", "/a/b/c"] {
            #expect(stat(folder.path + made, &info) == 0 && info.st_mode & 0o777 == 0o700, "\(made)")
        }
        #expect(store.load(slug: Seed.slug, locale: "lv-LV", now: t0) == .found(Self.run()))
    }

    @Test func savingCreatesTheFolderAndRoundTrips() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(environment: ["XDG_STATE_HOME": folder.path + "/xdg"], home: "/nonexistent")
        let saved = Self.run(node: "t2.s3")
        try store.save(saved)
        #expect(store.load(slug: Seed.slug, locale: "lv-LV", now: t0) == .found(saved))
        var info = stat()
        #expect(stat(folder.path + "/xdg/stepwise", &info) == 0 && info.st_mode & 0o777 == 0o700)
        #expect(stat(store.path(slug: Seed.slug, locale: "lv-LV"), &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(store.load(slug: Seed.slug, locale: "en-US", now: t0) == .nothingSaved)
    }

    @Test func atomicWriteLeavesNoTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        for node in ["choice", "t1.s1", "t1.s2", "t1.s3", "end"] { try store.save(Self.run(node: node)) }
        try store.save(Self.run(locale: "en-US"))
        #expect(folder.files() == [RunFileName.make(slug: Seed.slug, locale: "en-US"), RunFileName.make(slug: Seed.slug, locale: "lv-LV")])
        #expect(store.load(slug: Seed.slug, locale: "lv-LV", now: t0) == .found(Self.run(node: "end")))
    }

    @Test func failedWriteCleansUpAndKeepsTheOldFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        // A non-empty folder at the target: rename over it fails after the temporary file is written.
        let target = store.path(slug: Seed.slug, locale: "lv-LV")
        try FileManager.default.createDirectory(atPath: target + "/keep", withIntermediateDirectories: true)
        #expect(throws: RunStoreError.self) { try store.save(Self.run()) }
        #expect(folder.files() == [RunFileName.make(slug: Seed.slug, locale: "lv-LV")])
        #expect(FileManager.default.fileExists(atPath: target + "/keep"))
    }

    @Test func discardIsQuietWhenThereIsNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path)
        try store.discard(slug: Seed.slug, locale: "lv-LV")
        try store.save(Self.run())
        try store.discard(slug: Seed.slug, locale: "lv-LV")
        #expect(folder.files().isEmpty)
    }

    static let unsafeSlugs = [
        "../x", "..", ".", "", "/", "a/b", "../../etc/passwd", "a\u{200B}b", "ab", "\u{200B}", "\u{FEFF}x", "a\u{0}b",
        "a_b", "a__b", "a_5fb", "_z", "-rf", ".hidden", "a.b", "ä", "a\nb", "C:\\x", String(repeating: "é", count: 300),
        String(repeating: "a", count: 300), String(repeating: "a", count: 299) + "b",
    ]

    @Test func fileNamesAreSafeAndDistinct() {
        let locales = ["lv-LV", "en-US", "../..", "", "lv_LV.UTF-8"]
        var seen: [String: (String, String)] = [:]
        for slug in Self.unsafeSlugs {
            for locale in locales {
                let name = RunFileName.make(slug: slug, locale: locale)
                #expect(name.utf8.allSatisfy { b in
                    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b == 0x2e || b == 0x2d || b == 0x5f
                }, "\(name)")
                #expect(!name.hasPrefix(".") && name.hasSuffix(".json"))
                // Room for `.corrupt-<time>-<n>` and the temporary file's prefix and suffix.
                #expect(name.utf8.count <= 210, "\(name.utf8.count)")
                if let other = seen[name] { Issue.record("\(name) for both \(other) and \((slug, locale))") }
                seen[name] = (slug, locale)
            }
        }
        #expect(RunFileName.make(slug: "activate-or-reactivate-a-subscription", locale: "lv-LV") == "activate-or-reactivate-a-subscription__lv-LV.json")
        #expect(RunFileName.make(slug: "../x", locale: "lv-LV") == "_2e._2fx__lv-LV.json")
        #expect(RunFileName.make(slug: "a\u{200B}b", locale: "lv-LV") == "a_e2_80_8bb__lv-LV.json")
    }

    @Test func unsafeSlugsStayInsideTheStateFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RunStore(folder: folder.path + "/state")
        for slug in ["../x", "../../escaped", "/abs", "..", "a\u{200B}b"] {
            try store.save(Self.run(slug: slug))
            #expect(store.load(slug: slug, locale: "lv-LV", now: t0) == .found(Self.run(slug: slug)))
        }
        #expect(folder.files() == ["state"])
        #expect(folder.files("/state").count == 5)
    }

    @Test func fnv1aMatchesPublishedVectors() {
        #expect(ContentHash.fnv1a64([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(ContentHash.fnv1a64(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(ContentHash.fnv1a64(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
        #expect(ContentHash.fnv1a64("foobar".utf8.lazy.map { $0 }) == 0x8594_4171_f739_67e8, "non-contiguous path")
        #expect(ContentHash.string(of: Array("a".utf8)) == "fnv1a64:af63dc4c8601ec8c")
        #expect(ContentHash.string(of: [UInt8]()) == "fnv1a64:cbf29ce484222325")
    }
}
