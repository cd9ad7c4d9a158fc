import Foundation
import Testing

/// The installed tree on its own: `scripts/install` lays out the built binary, its resources and
/// completions under a prefix; the tree is then moved elsewhere (as a package would be) and a
/// docs project is made and used from a folder outside the checkout. Nothing it prints, and no
/// file it opens (under strace, when installed; CI installs it), may name the checkout.
@Suite(.serialized) struct InstallTests {
    static var strace: String? {
        ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func installedTreeWorksAwayFromTheCheckout() throws {
        let scratch = ScratchFolder("install")
        let first = scratch.path + "/first", prefix = scratch.path + "/moved", work = scratch.path + "/work"
        let built = (CLI.binary as NSString).deletingLastPathComponent
        let install = try CLI.run([packageRoot + "/scripts/install", "--from", built, first],
                                  environment: ["PATH": "/usr/bin:/bin"], executable: "/bin/bash")
        #expect(install.status == 0, "\(install.stderr)")
        for file in ["bin/stepwise", "lib/stepwise/stepwise", "lib/stepwise/Stepwise_StepwiseLocale.resources/Catalogs/lv-LV.yml",
                     "lib/stepwise/Stepwise_StepwiseSite.resources/Templates/article.mustache",
                     "share/bash-completion/completions/stepwise", "share/zsh/site-functions/_stepwise",
                     "share/fish/vendor_completions.d/stepwise.fish"] {
            #expect(FileManager.default.fileExists(atPath: first + "/" + file), "\(file) not installed")
        }
        let moved = try CLI.run(["-a", first, prefix], executable: "/bin/cp")
        try #require(moved.status == 0)
        try FileManager.default.removeItem(atPath: first)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)

        let stepwise = prefix + "/bin/stepwise"
        let env = ["HOME": scratch.path + "/home", "XDG_STATE_HOME": scratch.path + "/state", "XDG_DATA_HOME": scratch.path + "/data"]
        var traces: [String] = []
        func run(_ args: [String], in folder: String, stdin: String? = nil) throws -> CLIResult {
            guard let strace = Self.strace else { return try CLI.run(args, environment: env, stdin: stdin, executable: stepwise, directory: folder) }
            let log = scratch.path + "/trace-\(traces.count)"
            traces.append(log)
            return try CLI.run(["-f", "-qq", "-e", "trace=%file", "-o", log, stepwise] + args, environment: env, stdin: stdin,
                               executable: strace, directory: folder)
        }
        let version = try run(["--version"], in: work)
        #expect(version.status == 0 && !version.stdout.isEmpty)
        let initialized = try run(["init", "docs"], in: work)
        #expect(initialized.status == 0, "\(initialized.stderr)")
        let docs = work + "/docs"
        let walked = try run(["run", "example"], in: docs, stdin: "1\n\n\n\n\n")
        #expect(walked.status == 0, "\(walked.stderr)")
        #expect(walked.stdout.contains("Publish your first guide"))
        let checked = try run(["check"], in: docs)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        let exported = try run(["export"], in: docs)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(FileManager.default.fileExists(atPath: docs + "/_site/en-US/example/index.html"))
        let latvian = try run(["list", "--locale", "lv-LV"], in: docs)
        #expect(latvian.stdout.contains("Nosaukums") || latvian.stdout.contains("Īsvārds"), "\(latvian.stdout)")

        for result in [version, initialized, walked, checked, exported, latvian] {
            #expect(!(result.stdout + result.stderr).contains(packageRoot), "output names the checkout: \(result.stdout)\(result.stderr)")
        }
        for log in traces {
            let lines = (try String(contentsOfFile: log, encoding: .utf8)).split(separator: "\n")
            let named = lines.filter { $0.contains(packageRoot) }
            #expect(named.isEmpty, "file access names the checkout: \(named.prefix(5).joined(separator: "\n"))")
        }
        if ProcessInfo.processInfo.environment["CI"] == "true" { #expect(Self.strace != nil, "CI installs strace for this test") }

        // The program's strings are compiled in: a shipped YAML catalog broken in place (an
        // edit gone wrong) no longer changes what commands say, and `check`, which reads that
        // YAML, names the break at its line and column.
        let shipped = prefix + "/lib/stepwise/Stepwise_StepwiseLocale.resources/Catalogs/lv-LV.yml"
        try "list:\n  header: [open\n".write(toFile: shipped, atomically: true, encoding: .utf8)
        let latvianEnv = env.merging(["LANG": "lv_LV.UTF-8"]) { $1 }
        let listed = try CLI.run(["list"], environment: latvianEnv, executable: stepwise, directory: docs)
        #expect(listed.stderr.isEmpty, "\(listed.stderr)")
        #expect(listed.stdout.contains("example") && listed.stdout.contains("Nosaukums"), "\(listed.stdout)")
        let recheck = try CLI.run(["check"], environment: latvianEnv, executable: stepwise, directory: docs)
        #expect(recheck.status != 0)
        #expect((recheck.stdout + recheck.stderr).contains("lv-LV.yml:3:1"), "\(recheck.stdout)\(recheck.stderr)")
    }
}
