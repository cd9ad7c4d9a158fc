import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale

// Benchmarks print ratios against a peer timed in the same run, never absolute targets:
// this machine's speed varies, the ratio much less. Each case runs its peer and its
// subject in alternating rounds and reports medians.
//
//   swift run -c release stepwise-benchmarks [--rounds N] [--corpus DIR] [--pairs N] [CASE…]
//
// Cases: parse (raw libcmark parse + iterate vs. front matter + Article + step graph);
// startup (`stepwise run` to its first screen and out, piped `quit`, vs. a trivial Swift
// binary's start-up; both release builds beside this one, so run scripts/benchmark);
// check (corpus translation pairs through every article check vs. raw libcmark, CheckCase.swift);
// export (the corpus as a static site vs. cmark and Hugo on the same files, ExportBenchmark.swift);
// catalogs (`stepwise check` on 10,000-message PO and String Catalog files vs. `msgfmt -c`, CatalogBenchmark.swift).

struct Options {
    var rounds = 7
    var corpus = "../shared/corpus"
    /// `check`: pairs to check per measurement, at least.
    var pairs = 5_000
    var cases: [String] = []

    init(_ args: [String]) {
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--rounds": i += 1; rounds = max(1, Int(args[i]) ?? rounds)
            case "--corpus": i += 1; corpus = args[i]
            case "--pairs": i += 1; pairs = max(1, Int(args[i]) ?? pairs)
            default: cases.append(args[i])
            }
            i += 1
        }
        if cases.isEmpty { cases = ["parse", "startup", "check", "export", "catalogs"] }
    }
}

func loadCorpus(_ root: String) -> [(path: String, bytes: [UInt8])] {
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    var files: [(String, [UInt8])] = []
    while let relative = walker.nextObject() as? String {
        guard relative.hasSuffix(".md"), !relative.hasSuffix("README.md") else { continue }
        let path = root + "/" + relative
        if let data = FileManager.default.contents(atPath: path) { files.append((path, [UInt8](data))) }
    }
    return files.sorted { $0.0 < $1.0 }
}

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func format(_ x: Double) -> String { String(format: "%.1f", x) }

func parseCase(_ options: Options) {
    let files = loadCorpus(options.corpus)
    guard !files.isEmpty else {
        print("parse: no articles under \(options.corpus)")
        exit(1)
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let labels = CalloutLabels(words: LocaleFolder.calloutLabelWords(in: root.appendingPathComponent("Sources/StepwiseLocale/Catalogs")))
    let parser = ArticleParser(options: .init(calloutLabels: labels))
    let builder = StepGraphBuilder()
    let bytes = files.reduce(0) { $0 + $1.bytes.count }

    var sink = 0
    var failures = 0
    func raw() { for f in files { sink &+= CmarkBaseline.parseAndIterate(f.bytes) } }
    func pipeline() {
        for f in files {
            do {
                let graph = builder.build(try parser.parse(bytes: f.bytes, path: f.path))
                sink &+= graph.nodes.count
            } catch {
                failures += 1
            }
        }
    }
    raw(); pipeline()  // warm caches and the allocator before measuring
    var rawTimes: [Double] = [], pipelineTimes: [Double] = []
    for _ in 0..<options.rounds {
        rawTimes.append(milliseconds(raw))
        pipelineTimes.append(milliseconds(pipeline))
    }
    let r = median(rawTimes), p = median(pipelineTimes)
    print("parse: \(files.count) articles, \(bytes / 1024) KiB, \(options.rounds) rounds (median ms)")
    print("  raw libcmark parse + iterate:        \(format(r)) ms")
    print("  front matter + Article + step graph: \(format(p)) ms")
    print("  ratio pipeline / raw cmark:          \(String(format: "%.2f", p / r))x (target <= 1.30x)")
    if failures > 0 { print("  articles that failed to parse: \(failures / (options.rounds + 1))") }
    if sink == 42 { print("") }  // keeps the work observable
}

/// Spawns a program with stdin from a file and output discarded; returns wall-clock ms to its exit.
func timeProcess(_ path: String, _ args: [String], stdin: String, environment: [String: String]) -> Double? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + args).map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv + [nil], envp + [nil]) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    guard status == 0 else { return nil }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func startupCase(_ options: Options) {
    let folder = (CommandLine.arguments[0] as NSString).deletingLastPathComponent
    let stepwise = folder + "/stepwise", trivial = folder + "/trivial-swift"
    guard FileManager.default.isExecutableFile(atPath: stepwise), FileManager.default.isExecutableFile(atPath: trivial) else {
        print("startup: build stepwise and trivial-swift beside this binary first (scripts/benchmark does)")
        exit(1)
    }
    let scratch = NSTemporaryDirectory() + "stepwise-bench-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let input = scratch + "/quit"
    _ = FileManager.default.createFile(atPath: input, contents: Data("quit\n".utf8))
    let env = ["XDG_STATE_HOME": scratch, "HOME": scratch, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    let args = ["run", "activate-or-reactivate-a-subscription", "--locale", "lv-LV", "--restart"]
    let rounds = max(10, options.rounds * 3)
    var walk: [Double] = [], peer: [Double] = []
    _ = timeProcess(stepwise, args, stdin: input, environment: env)  // page the binaries in first
    _ = timeProcess(trivial, [], stdin: input, environment: env)
    for _ in 0..<rounds {
        guard let w = timeProcess(stepwise, args, stdin: input, environment: env),
              let t = timeProcess(trivial, [], stdin: input, environment: env) else {
            print("startup: a process failed")
            exit(1)
        }
        walk.append(w)
        peer.append(t)
    }
    let w = median(walk), t = median(peer)
    print("startup: \(rounds) rounds (median ms, whole process)")
    print("  trivial Swift binary:                  \(format(t)) ms")
    print("  stepwise run seed, first screen, quit: \(format(w)) ms")
    print("  ratio stepwise / trivial Swift:        \(String(format: "%.2f", w / t))x (target <= 2.00x)")
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
for name in options.cases {
    switch name {
    case "parse": parseCase(options)
    case "startup": startupCase(options)
    case "check": checkCase(options)
    case "export": exportCase(options)
    case "catalogs": catalogsCase(options)
    default:
        print("unknown benchmark case '\(name)'; known: parse, startup, check, export, catalogs")
        exit(2)
    }
}
