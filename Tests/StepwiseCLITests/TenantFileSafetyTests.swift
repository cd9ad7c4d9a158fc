import Foundation
import Testing

/// The tenant path may hold anything: only a Stepwise tenant (or nothing, or an empty
/// database) is ever opened for writing or replaced; everything else comes out as it was.
@Suite struct TenantFileSafetyTests {
    static var python: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") }

    /// A SQLite file made by another program (Python's sqlite3), with `sql` run in it.
    static func foreignDatabase(_ path: String, _ sql: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit(); c.close()", path, sql]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func resetRefusesAFolderAndKeepsWhatIsInIt() throws {
        let f = ScratchFolder("tenant-safety")
        try FileManager.default.createDirectory(atPath: f.path + "/d/sub", withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: f.path + "/d/sub/f"))
        let r = try CLI.run(["tenant", "reset", "--demo", "--tenant", f.path + "/d", "--locale", "en-US"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("is a folder"))
        var isDir: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: f.path + "/d", isDirectory: &isDir) && isDir.boolValue)
        #expect(Self.bytes(f.path + "/d/sub/f") == Data("keep".utf8))
        // Viewing refuses it the same way.
        #expect(try CLI.run(["tenant", "show", "--tenant", f.path + "/d"]).status == 1)
    }

    @Test func resetRefusesATextFile() throws {
        let f = ScratchFolder("tenant-safety")
        let path = f.path + "/notes.txt"
        try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: path))
        let r = try CLI.run(["tenant", "reset", "--tenant", path, "--locale", "lv-LV"])
        #expect(r.status == 1)
        #expect(!r.stderr.contains("tenant reset"), "the message must not suggest the reset that was refused")
        #expect(Self.bytes(path) == Data("my notes\n".utf8))
    }

    @Test(.enabled(if: python), arguments: ["create table notes(x)", "create table users(id, name); insert into users values (1, 'a')"])
    func anotherProgramsDatabaseIsNeitherAdoptedNorReset(_ sql: String) throws {
        let f = ScratchFolder("tenant-safety")
        let path = f.path + "/o.db"
        try Self.foreignDatabase(path, sql)
        let before = try #require(Self.bytes(path))
        for command in [["tenant", "show"], ["tenant", "reset", "--demo"], ["do", "subscriptions.list"]] {
            let r = try CLI.run(command + ["--tenant", path, "--locale", "en-US"])
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("not a Stepwise tenant"), "\(command): \(r.stderr)")
            #expect(!r.stderr.contains("SQL logic error"))
        }
        #expect(Self.bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test(.enabled(if: python)) func anEmptyDatabaseBecomesATenantAndIsStamped() throws {
        let f = ScratchFolder("tenant-safety")
        let path = f.path + "/empty.db"
        try Self.foreignDatabase(path, "vacuum")
        #expect(try CLI.run(["tenant", "show", "--tenant", path]).status == 0)
        // Stamped: the next open knows it by its application id, and a reset replaces it.
        let reset = try CLI.run(["tenant", "reset", "--tenant", path])
        #expect(reset.status == 0, "\(reset.stderr)")
    }

    /// A tenant made before the stamp (GRDB's migration record, no application id) is still a
    /// tenant: viewed, changed, reset, and stamped on the way.
    @Test(.enabled(if: python)) func aTenantFromBeforeTheStampIsKnown() throws {
        let f = ScratchFolder("tenant-safety")
        let path = f.path + "/old.sqlite"
        #expect(try CLI.run(["tenant", "show", "--tenant", path]).status == 0)
        try Self.foreignDatabase(path, """
            pragma application_id = 0; pragma user_version = 0;
            drop table if exists grdb_migrations;
            create table grdb_migrations (identifier text not null primary key);
            insert into grdb_migrations values ('v1-tenant');
            """)
        let shown = try CLI.run(["tenant", "show", "--json", "--tenant", path])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("sub-1"))
        // Stamped by that open: the application id is Stepwise's now.
        let stamp = Process()
        stamp.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        stamp.arguments = ["-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('pragma application_id').fetchone()[0])", path]
        let out = Pipe()
        stamp.standardOutput = out
        try stamp.run()
        stamp.waitUntilExit()
        #expect(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "\(0x5354_5057)\n")
        #expect(try CLI.run(["tenant", "reset", "--tenant", path]).status == 0)
    }

    /// A database another program holds (an exclusive lock, its tables still in the log) is
    /// not read past its lock: neither shown nor reset, and left whole.
    @Test(.enabled(if: python)) func aBusyForeignDatabaseIsNeverReset() throws {
        let f = ScratchFolder("tenant-safety")
        let path = f.path + "/busy.db"
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = ["-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('pragma journal_mode=wal'); c.execute('pragma locking_mode=exclusive')
            c.execute('create table notes(x)'); c.execute("insert into notes values ('keep')")
            print('ready', flush=True); time.sleep(8)
            """, path]
        let ready = Pipe()
        holder.standardOutput = ready
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        _ = ready.fileHandleForReading.availableData
        let r = try CLI.run(["tenant", "reset", "--tenant", path])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: path) && FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Eight processes create one new tenant file at once: all succeed, every round.
    @Test func concurrentCreationIsOneTransaction() throws {
        let f = ScratchFolder("tenant-safety")
        for round in 0..<8 {
            let path = f.path + "/new-\(round).sqlite"
            let processes = (0..<8).map { _ -> Process in
                let p = Process()
                p.executableURL = URL(fileURLWithPath: CLI.binary)
                p.arguments = ["tenant", "show", "--json", "--tenant", path]
                p.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                return p
            }
            for p in processes { try p.run() }
            for p in processes { p.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "round \(round): \(processes.map(\.terminationStatus))")
            let shown = try CLI.run(["tenant", "show", "--json", "--tenant", path])
            let json = try #require(JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
            #expect((json["subscriptions"] as? [Any])?.count == 5, "round \(round): seeded once")
        }
    }

    /// A tenant the user may read but not write can still be viewed (run as `nobody`).
    @Test(.enabled(if: CLI.canRunAsNobody, "needs root and setpriv to run as nobody"))
    func aReadOnlyTenantCanBeViewed() throws {
        let f = ScratchFolder("tenant-safety")
        let path = f.path + "/tenant.sqlite"
        #expect(try CLI.run(["tenant", "show", "--tenant", path]).status == 0)
        chmod(f.path, 0o755)
        for file in [path, path + "-wal", path + "-shm"] { chmod(file, 0o644) }
        func asNobody(_ args: [String]) throws -> CLIResult { try CLI.runAsNobody(args) }
        let shown = try asNobody(["tenant", "show", "--tenant", path, "--locale", "en-US"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("sub-1"))
        let changed = try asNobody(["do", "subscription.reactivate", "--input", "subscription=sub-2", "--input", "paymentMethod=pm-1",
                                    "--yes", "--tenant", path, "--locale", "en-US"])
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("can be viewed but not changed"), "\(changed.stderr)")
        // What changes nothing still answers: a list, and a dry run of the same change.
        let listed = try asNobody(["do", "subscriptions.list", "--tenant", path, "--locale", "en-US"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let dry = try asNobody(["do", "subscription.reactivate", "--input", "subscription=sub-2", "--input", "paymentMethod=pm-1",
                                "--dry-run", "--tenant", path, "--locale", "en-US"])
        #expect(dry.status == 0, "\(dry.stderr)")
    }
}
