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
// Where valgrind is installed, parse, startup and check also print callgrind's instruction
// counts against the same peers (Instructions.swift): they repeat where wall times drift.

struct Options {
    var rounds = 7
    var corpus = "../shared/corpus"
    /// `check`: pairs to check per measurement, at least.
    var pairs = 5_000
    /// `parse-pass`: the one pass a process makes for callgrind (`load`, `raw`, `pipeline`).
    var pass = "load"
    var cases: [String] = []

    init(_ args: [String]) {
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--rounds": i += 1; rounds = max(1, Int(args[i]) ?? rounds)
            case "--corpus": i += 1; corpus = args[i]
            case "--pairs": i += 1; pairs = max(1, Int(args[i]) ?? pairs)
            case "--pass": i += 1; pass = args[i]
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

/// The corpus, and one pass over it of raw cmark or of the whole pipeline.
struct ParseWork {
    let files: [(path: String, bytes: [UInt8])]
    let parser: ArticleParser
    let builder = StepGraphBuilder()
    var sink = 0
    var failures = 0

    init(_ options: Options) {
        files = loadCorpus(options.corpus)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let labels = CalloutLabels(words: LocaleFolder.calloutLabelWords(in: root.appendingPathComponent("Sources/StepwiseLocale/Catalogs")))
        parser = ArticleParser(options: .init(calloutLabels: labels))
    }

    mutating func raw() { for f in files { sink &+= CmarkBaseline.parseAndIterate(f.bytes) } }

    mutating func pipeline() {
        for f in files {
            do {
                let graph = builder.build(try parser.parse(bytes: f.bytes, path: f.path))
                sink &+= graph.nodes.count
            } catch {
                failures += 1
            }
        }
    }
}

func parseCase(_ options: Options) {
    var work = ParseWork(options)
    guard !work.files.isEmpty else {
        print("parse: no articles under \(options.corpus)")
        exit(1)
    }
    let bytes = work.files.reduce(0) { $0 + $1.bytes.count }
    work.raw(); work.pipeline()  // warm caches and the allocator before measuring
    var rawTimes: [Double] = [], pipelineTimes: [Double] = []
    for _ in 0..<options.rounds {
        rawTimes.append(milliseconds { work.raw() })
        pipelineTimes.append(milliseconds { work.pipeline() })
    }
    let r = median(rawTimes), p = median(pipelineTimes)
    print("parse: \(work.files.count) articles, \(bytes / 1024) KiB, \(options.rounds) rounds (median ms)")
    print("  raw libcmark parse + iterate:        \(format(r)) ms")
    print("  front matter + Article + step graph: \(format(p)) ms")
    print("  ratio pipeline / raw cmark:          \(String(format: "%.2f", p / r))x (target <= 1.50x, stretch 1.30x)")
    if work.failures > 0 { print("  articles that failed to parse: \(work.failures / (options.rounds + 1))") }
    if work.sink == 42 { print("") }  // keeps the work observable
    // One pass each in a process of its own, less a process that only loads the corpus.
    let me = Bundle.main.executablePath ?? CommandLine.arguments[0]
    func pass(_ mode: String) -> Int? { Instructions.count(me, ["parse-pass", "--pass", mode, "--corpus", options.corpus]) }
    if let load = pass("load"), let raw = pass("raw"), let pipeline = pass("pipeline") {
        Instructions.report("pipeline", subject: pipeline - load, peer: raw - load, peerLabel: "raw cmark")
    } else {
        Instructions.report("pipeline", subject: nil, peer: nil, peerLabel: "")
    }
}

/// `parse-pass --pass load|raw|pipeline`: what `parseCase` counts the instructions of.
func parsePass(_ options: Options) {
    var work = ParseWork(options)
    switch options.pass {
    case "raw": work.raw()
    case "pipeline": work.pipeline()
    case "load": break
    default:
        FileHandle.standardError.write(Data("unknown --pass '\(options.pass)'; known: load, raw, pipeline\n".utf8))
        exit(2)
    }
    if work.sink == 42 { print("") }
}

/// Runs a program to its exit, stdin read from a file and stdout and stderr written to files;
/// its exit status (as `waitpid` gives it), nil when it could not start.
func spawn(_ path: String, _ args: [String], stdin: String = "/dev/null", stdout: String = "/dev/null", stderr: String = "/dev/null",
           environment: [String: String]) -> Int32? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([path] + args).map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv + [nil], envp + [nil]) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status
}

/// Spawns a program with stdin from a file and output discarded; returns wall-clock ms to its exit.
func timeProcess(_ path: String, _ args: [String], stdin: String, environment: [String: String]) -> Double? {
    let start = DispatchTime.now().uptimeNanoseconds
    guard spawn(path, args, stdin: stdin, environment: environment) == 0 else { return nil }
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
    Instructions.report("stepwise", subject: Instructions.count(stepwise, args, stdin: input, environment: env),
                        peer: Instructions.count(trivial, [], stdin: input, environment: env), peerLabel: "trivial Swift")
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
for name in options.cases {
    switch name {
    case "parse": parseCase(options)
    case "startup": startupCase(options)
    case "check": checkCase(options)
    case "export": exportCase(options)
    case "catalogs": catalogsCase(options)
    case "parse-pass": parsePass(options)
    default:
        print("unknown benchmark case '\(name)'; known: parse, startup, check, export, catalogs")
        exit(2)
    }
}
Instructions.removeCopies()
