import Dispatch
import Foundation

// export: the `stepwise export` command (a whole process, all cores, a new output folder each
// round, then once more into the same folder with nothing changed) over the whole corpus,
// against two peers run on the same files in the same run:
// - Debian's `cmark --to html`, one process per file writing one page each, as many at once
//   as there are cores (the pages/s a cmark-based site build could reach), and, for
//   reference, one cmark process per core over its share of the files concatenated (cmark's
//   raw rendering speed, no process per page, but no pages either);
// - Debian's `hugo` building the same files as a site with a minimal layout.
// Also the export split as a CI matrix would run it: `--shard K/4` four times, one after
// another, then `--merge` of the four folders; on four machines the wall time would be the
// slowest shard plus the merge.

struct CorpusFile {
    var slug: String
    var locale: String
    var path: String
    var root: String
}

func corpusFiles(_ corpus: String) -> [CorpusFile] {
    var out: [CorpusFile] = []
    let sets = [("alchemyinsights-lv-LV", "articles", "lv-LV"), ("deployoffice-privacy", "en-US", "en-US"), ("deployoffice-privacy", "lv-LV", "lv-LV")]
    for (set, folder, locale) in sets {
        let root = corpus + "/" + set
        let names = (FileManager.default.subpaths(atPath: root + "/" + folder) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        for name in names {
            out.append(CorpusFile(slug: String((name as NSString).lastPathComponent.dropLast(3)), locale: locale,
                                  path: root + "/" + folder + "/" + name, root: root))
        }
    }
    return out
}

/// Runs a program to its end with stdout and stderr to files; false when it cannot start or fails.
func runProcess(_ path: String, _ args: [String], stdout: String = "/dev/null", stderr: String = "/dev/null") -> Bool {
    spawn(path, args, stdout: stdout, stderr: stderr, environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]) == 0
}

/// A minimal Hugo site holding the corpus: `content/<locale>/<slug>.md`, one layout that
/// prints the title and the rendered Markdown. Hugo reads a file that opens with `<!--`
/// instead of front matter as an unfinished HTML front matter and stops, so such files get a
/// `title:` header; returns how many did.
func makeHugoSite(_ files: [CorpusFile], in folder: String) throws -> Int {
    let fm = FileManager.default
    try? fm.removeItem(atPath: folder)
    try fm.createDirectory(atPath: folder + "/layouts/_default", withIntermediateDirectories: true)
    try """
    baseURL = "https://example.com/"
    disableKinds = ["taxonomy", "term", "RSS"]
    """.write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
    let layout = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n"
    try layout.write(toFile: folder + "/layouts/_default/single.html", atomically: true, encoding: .utf8)
    try "<!DOCTYPE html>\n<html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n"
        .write(toFile: folder + "/layouts/_default/list.html", atomically: true, encoding: .utf8)
    var titled = 0
    for file in files {
        let target = folder + "/content/\(file.locale)/\(file.slug).md"
        try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var text = (try? String(contentsOfFile: file.path, encoding: .utf8)) ?? ""
        if !text.hasPrefix("---") {
            text = "---\ntitle: \"\(file.slug)\"\n---\n" + text
            titled += 1
        }
        try text.write(toFile: target, atomically: false, encoding: .utf8)
    }
    return titled
}

func exportCase(_ options: Options) {
    let files = corpusFiles(options.corpus)
    guard !files.isEmpty else {
        print("export: no articles under \(options.corpus)")
        exit(1)
    }
    let cmark = "/usr/bin/cmark", hugo = "/usr/bin/hugo"
    guard FileManager.default.isExecutableFile(atPath: cmark), FileManager.default.isExecutableFile(atPath: hugo) else {
        print("export: needs Debian's cmark and hugo (scripts/benchmark installs them)")
        exit(1)
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let locales = root.appendingPathComponent("Sources/StepwiseLocale/Catalogs")
    let stepwiseBinary = (CommandLine.arguments[0] as NSString).deletingLastPathComponent + "/stepwise"
    guard FileManager.default.isExecutableFile(atPath: stepwiseBinary) else {
        print("export: build stepwise beside this binary first (scripts/benchmark does)")
        exit(1)
    }
    let scratch = NSTemporaryDirectory() + "stepwise-bench-export-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let cores = ProcessInfo.processInfo.activeProcessorCount

    // Every build writes into a new folder of its own; all are removed after the last round,
    // since creating files where many were just deleted is much slower on some file systems.
    var round = 0
    func fresh(_ name: String) -> String {
        round += 1
        return scratch + "/\(name)-\(round)"
    }

    // Both site builders run as whole processes over copies of the files in a content folder
    // of their own, `<locale>/<slug>.md` for Stepwise, `content/<locale>/<slug>.md` for Hugo.
    let content = scratch + "/content"
    for file in files {
        let target = content + "/\(file.locale)/\(file.slug).md"
        try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(atPath: file.path, toPath: target)
    }
    var out = ""
    var stepwiseFailed = false
    func stepwise(_ extra: [String] = []) {
        if !runProcess(stepwiseBinary, ["export", "--out", out, "--content", content, "--locales", locales.path] + extra, stderr: "/dev/null") {
            stepwiseFailed = true
        }
    }
    var shardFolders: [String] = []
    func sharded() -> (shards: [Double], merge: Double) {
        shardFolders = []
        var times: [Double] = []
        for k in 1...4 {
            out = fresh("shard"); shardFolders.append(out)
            times.append(milliseconds { stepwise(["--shard", "\(k)/4"]) })
        }
        out = fresh("merged")
        let merge = milliseconds { stepwise(["--merge"] + shardFolders) }
        return (times, merge)
    }
    let cmarkOut = scratch + "/cmark"
    try? FileManager.default.createDirectory(atPath: cmarkOut, withIntermediateDirectories: true)
    func cmarkPerPage() {
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            _ = runProcess(cmark, ["--to", "html", files[i].path], stdout: cmarkOut + "/\(i).html")
        }
    }
    func cmarkPerCore() {
        let share = (files.count + cores - 1) / cores
        DispatchQueue.concurrentPerform(iterations: cores) { c in
            let part = files[min(files.count, c * share)..<min(files.count, (c + 1) * share)].map(\.path)
            if !part.isEmpty { _ = runProcess(cmark, ["--to", "html"] + part, stdout: cmarkOut + "/all-\(c).html") }
        }
    }
    let hugoSite = scratch + "/hugo"
    let titled = (try? makeHugoSite(files, in: hugoSite)) ?? 0
    var hugoFailed = false
    func hugoBuild() {
        if !runProcess(hugo, ["--quiet", "--source", hugoSite, "--destination", out], stderr: scratch + "/hugo-err") {
            hugoFailed = true
        }
    }

    // Warm the page cache and the binaries.
    out = fresh("stepwise"); stepwise()
    let pages = (FileManager.default.subpaths(atPath: out) ?? []).filter { $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3 }.count
    if stepwiseFailed {
        print("export: stepwise export failed")
        exit(1)
    }
    cmarkPerPage(); cmarkPerCore()
    out = fresh("hugo"); hugoBuild()
    let hugoPages = (FileManager.default.subpaths(atPath: out) ?? []).filter { $0.hasSuffix("/index.html") }.count
    if hugoFailed {
        let err = (try? String(contentsOfFile: scratch + "/hugo-err", encoding: .utf8)) ?? ""
        print("export: hugo failed: \(err.prefix(500))")
        exit(1)
    }
    let rounds = max(3, min(options.rounds, 5))
    var s: [Double] = [], c: [Double] = [], cc: [Double] = [], h: [Double] = [], again: [Double] = []
    var shardSum: [Double] = [], shardSlowest: [Double] = [], merges: [Double] = []
    for _ in 0..<rounds {
        out = fresh("stepwise"); s.append(milliseconds { stepwise() })
        again.append(milliseconds { stepwise() })
        let split = sharded()
        shardSum.append(split.shards.reduce(0, +)); shardSlowest.append(split.shards.max()!); merges.append(split.merge)
        c.append(milliseconds(cmarkPerPage))
        cc.append(milliseconds(cmarkPerCore))
        out = fresh("hugo"); h.append(milliseconds(hugoBuild))
    }
    func rate(_ ms: Double) -> Double { Double(files.count) / (ms / 1000) }
    let sr = rate(median(s)), cr = rate(median(c)), ccr = rate(median(cc)), hr = rate(median(h))
    func line(_ label: String, _ ms: Double, _ r: Double) -> String {
        label.padding(toLength: 48, withPad: " ", startingAt: 0) + String(format: "%8.1f ms %9.0f pages/s", ms, r)
    }
    print("export: \(files.count) corpus articles, \(pages) pages, \(cores) cores, \(rounds) rounds (median)")
    print(line("  stepwise export (whole process, new folder):", median(s), sr))
    print(line("  stepwise export again, nothing changed:", median(again), rate(median(again))))
    print(line("  stepwise export --shard K/4, all four:", median(shardSum), rate(median(shardSum))))
    print(line("  stepwise export --merge of the four:", median(merges), rate(median(merges))))
    print(line("  four machines (slowest shard + merge):", median(shardSlowest) + median(merges), rate(median(shardSlowest) + median(merges))))
    print(line("  cmark --to html, a process per page:", median(c), cr))
    print(line("  cmark --to html, a process per core:", median(cc), ccr))
    print(line("  hugo site build:", median(h), hr) + "  (\(hugoPages) pages; \(titled) without front matter given a title)")
    if stepwiseFailed {
        print("export: stepwise export failed")
        exit(1)
    }
    print("  ratio stepwise / hugo:                          \(String(format: "%.2f", sr / hr))x (target >= 3x, stretch 10x)")
    print("  ratio fresh / unchanged re-export:              \(String(format: "%.2f", median(s) / median(again)))x (target >= 10x)")
    print("  ratio stepwise / cmark, a process per page:     \(String(format: "%.2f", sr / cr))x (target >= 0.5x)")
    print("  ratio stepwise / cmark, a process per core:     \(String(format: "%.2f", sr / ccr))x (reference)")
    // The same two exports counted: a fresh one into a new folder, then one with nothing changed.
    out = fresh("callgrind")
    let args = ["export", "--out", out, "--content", content, "--locales", locales.path]
    let made = Instructions.count(stepwiseBinary, args), unchanged = Instructions.count(stepwiseBinary, args)
    Instructions.report("fresh export", subject: made, peer: unchanged, peerLabel: "unchanged re-export")
}
