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

    @Test(arguments: inputs)
    func replays(_ name: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.replayer)
        process.arguments = [Self.folder + "/" + name]
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && process.terminationReason == .exit, "\(name): \(message)")
    }
}
