import Foundation
import StepwiseArticle
import StepwiseChecks
import StepwiseLocale

/// `check`: translation/source pairs of the corpus (`<root>/en-US/x.md` with `<root>/<locale>/x.md`),
/// repeated to 5,000 pairs (`--pairs`) or 64 MiB of text, whichever is less, checked one after another on one core (both articles parsed,
/// both graphs built, every article check). Peer: raw libcmark parse + iterate of the same files.
func checkCase(_ options: Options) {
    let files = loadCorpus(options.corpus)
    var pairs: [(source: (path: String, bytes: [UInt8]), translation: (path: String, bytes: [UInt8]), locale: String)] = []
    for (path, bytes) in files where path.contains("/en-US/") {
        let parts = path.components(separatedBy: "/en-US/")
        guard parts.count == 2 else { continue }
        let root = parts[0]
        for (other, otherBytes) in files where other.hasPrefix(root + "/") && other.hasSuffix("/" + parts[1]) && other != path {
            let locale = String(other.dropFirst(root.count + 1).prefix { $0 != "/" })
            pairs.append(((path, bytes), (other, otherBytes), locale))
        }
    }
    guard !pairs.isEmpty else {
        print("check: no en-US/<locale> article pairs under \(options.corpus)")
        exit(1)
    }
    let bytes = pairs.reduce(0) { $0 + $1.source.bytes.count + $1.translation.bytes.count }
    // `--pairs` pairs, or 64 MiB of text if that comes first: the corpus pairs include two of
    // 700 KB each, and 5,000 of them took minutes a round.
    let repeats = max(1, min((options.pairs + pairs.count - 1) / pairs.count, (64 << 20) / max(1, bytes)))
    let total = repeats * pairs.count
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let labels = CalloutLabels(words: LocaleFolder.calloutLabelWords(in: root.appendingPathComponent("Sources/StepwiseLocale/Catalogs")))
    let checker = Checker(options: CheckOptions(paths: [], calloutLabels: labels))

    var sink = 0
    func raw() {
        for _ in 0..<repeats {
            for p in pairs { sink &+= CmarkBaseline.parseAndIterate(p.source.bytes) &+ CmarkBaseline.parseAndIterate(p.translation.bytes) }
        }
    }
    func check() {
        for _ in 0..<repeats {
            for p in pairs { sink &+= checker.check(source: p.source, translation: p.translation, expectedLocale: p.locale).count }
        }
    }
    // Each measurement is thousands of pairs already; a few rounds give a steady median.
    let rounds = min(options.rounds, 3)
    for p in pairs { sink &+= checker.check(source: p.source, translation: p.translation, expectedLocale: p.locale).count }
    var rawTimes: [Double] = [], checkTimes: [Double] = []
    for _ in 0..<rounds {
        rawTimes.append(milliseconds(raw))
        checkTimes.append(milliseconds(check))
    }
    let r = median(rawTimes), c = median(checkTimes)
    print("check: \(pairs.count) pairs (\(bytes / 1024) KiB) x \(repeats) = \(total) pairs, \(rounds) rounds (median), one core")
    print("  raw libcmark parse + iterate, both files: \(format(r)) ms  (\(Int(Double(total) / (r / 1000))) pairs/s)")
    print("  stepwise check, pair by pair:             \(format(c)) ms  (\(Int(Double(total) / (c / 1000))) pairs/s)")
    print("  ratio check / raw cmark:                  \(String(format: "%.2f", c / r))x")
    if sink == 42 { print("") }
    checkProcessCase(options)
}

/// `stepwise check` as a translator runs it (a whole process, all cores) on the corpus's
/// en-US/lv-LV pair folder, against `cmark --to html` rendering the same files in one process.
func checkProcessCase(_ options: Options) {
    let folder = options.corpus + "/deployoffice-privacy"
    let files = ["en-US", "lv-LV"].flatMap { locale in
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + locale)) ?? []).filter { $0.hasSuffix(".md") }.sorted().map { folder + "/" + locale + "/" + $0 }
    }
    let cmark = "/usr/bin/cmark"
    let stepwise = (CommandLine.arguments[0] as NSString).deletingLastPathComponent + "/stepwise"
    guard !files.isEmpty, FileManager.default.isExecutableFile(atPath: cmark), FileManager.default.isExecutableFile(atPath: stepwise) else {
        print("check (process): needs \(folder), Debian's cmark and stepwise built beside this binary")
        return
    }
    // `check` exits 1 when it finds errors; the time is what counts here.
    func run() { _ = runProcess(stepwise, ["check", folder]) }
    func peer() { _ = runProcess(cmark, ["--to", "html"] + files) }
    run(); peer()
    var s: [Double] = [], c: [Double] = []
    for _ in 0..<max(5, options.rounds) {
        s.append(milliseconds(run))
        c.append(milliseconds(peer))
    }
    print("check (process): \(files.count) files of \(folder), \(max(5, options.rounds)) rounds (median)")
    print("  stepwise check (whole process):           \(format(median(s))) ms")
    print("  cmark --to html, same files, one process: \(format(median(c))) ms")
    print("  ratio check / cmark --to html:            \(String(format: "%.2f", median(s) / median(c)))x (target <= 1.5x)")
    Instructions.report("stepwise check", subject: Instructions.count(stepwise, ["check", folder]),
                        peer: Instructions.count(cmark, ["--to", "html"] + files, stripDebug: false), peerLabel: "cmark --to html")
}
