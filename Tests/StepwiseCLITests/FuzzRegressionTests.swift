import Foundation
import Testing

/// Every input in Fuzz/regressions (crashes and hangs the fuzzer found, and hand-made hostile
/// seeds) replayed through the fuzz pipeline, which traps when a stage breaks its promise.
@Suite struct FuzzRegressionTests {
    static let folder = packageRoot + "/Fuzz/regressions"

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static var replayer: String { (CLI.binary as NSString).deletingLastPathComponent + "/stepwise-fuzz" }

    @Test func thereAreInputsToReplay() {
        #expect(Self.inputs.count >= 2)
    }

    /// Runs the replayer over `paths`: whether every input kept every promise, and what it said.
    static func replay(_ paths: [String]) throws -> (passed: Bool, message: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: replayer)
        process.arguments = paths
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus == 0 && process.terminationReason == .exit, message)
    }

    @Test(arguments: inputs)
    func replays(_ name: String) throws {
        let run = try Self.replay([Self.folder + "/" + name])
        #expect(run.passed, "\(name): \(run.message)")
    }

    /// A property over random articles: Markdown made of list markers, headings, links, code,
    /// tables, UI paths and alerts, with C0, DEL and C1 controls and bidi marks sprinkled in.
    /// Every stage's promise is checked by the pipeline (every output format free of raw
    /// controls among them). Seeded, so a failure is the same on every run.
    @Test func randomArticlesKeepEveryPromise() throws {
        let folder = NSTemporaryDirectory() + "stepwise-property-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pieces = ["# ", "## ", "1. ", "2. ", "2018. ", "- ", "> [!NOTE]\n> ", "**", "*", "`", "[", "](", ")", "https://e.com/",
                      " > ", "| a | b |\n|---|---|\n| ", "\n", "\n\n", "    ", "<a name=\"", "\">", "text ", "Svarīgi! ",
                      "\u{1B}[31m", "\u{1B}]0;t\u{07}", "\u{9B}2J", "\u{9D}8;;x\u{9C}", "\u{7F}", "\u{08}", "\u{202E}", "\u{00}", "ā", "字"]
        var state: UInt64 = 0x5354_5057
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var paths: [String] = []
        for n in 0..<150 {
            var text = n % 3 == 0 ? "---\ntitle: T\(n)\u{9B}\nms.assetid: a\(n)\n---\n" : ""
            for _ in 0..<(20 + next() % 60) { text += pieces[next() % pieces.count] }
            let path = folder + "/a\(n).md"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let run = try Self.replay(paths)
        #expect(run.passed, "\(run.message)")
    }
}
