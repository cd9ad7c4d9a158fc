import Foundation

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let sharedRoot = (packageRoot as NSString).deletingLastPathComponent + "/shared"

/// Runs the built `stepwise` binary as a user would, with its own environment.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The binary sits beside the test bundle in the build folder.
    static var binary: String {
        let candidates = [
            (CommandLine.arguments[0] as NSString).deletingLastPathComponent + "/stepwise",
            (Bundle.main.bundlePath as NSString).deletingLastPathComponent + "/stepwise",
            packageRoot + "/.build/debug/stepwise",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }

    /// `executable`: another program that runs the binary (`setpriv … stepwise …`).
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
                    executable: String? = nil, directory: String? = nil) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        for (k, v) in environment { env[k] = v }
        process.environment = env
        // stderr goes to a file so that reading stdout to its end can never wait on a full stderr pipe.
        let errPath = NSTemporaryDirectory() + "stepwise-stderr-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let out = Pipe(), input = Pipe()
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh folder for one test, removed when the test drops it.
final class ScratchFolder {
    let path: String
    init(_ name: String) {
        path = NSTemporaryDirectory() + "stepwise-\(name)-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

extension CLI {
    /// Tests that need a user root is not (permissions root passes) run as `nobody`.
    static var canRunAsNobody: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") }

    /// The binary, its resource bundles and the catalogs, copied where `nobody` can read them:
    /// the checkout may sit in a folder only its owner may enter (`mktemp -d` makes one).
    static let nobodyCopy: (binary: String, locales: String) = {
        let fm = FileManager.default
        let dir = NSTemporaryDirectory() + "stepwise-nobody-" + UUID().uuidString
        try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        chmod(dir, 0o755)
        let built = (binary as NSString).deletingLastPathComponent
        try? fm.copyItem(atPath: binary, toPath: dir + "/stepwise")
        for bundle in (try? fm.contentsOfDirectory(atPath: built)) ?? [] where bundle.hasSuffix(".resources") {
            try? fm.copyItem(atPath: built + "/" + bundle, toPath: dir + "/" + bundle)
        }
        try? fm.copyItem(atPath: packageRoot + "/Sources/StepwiseLocale/Catalogs", toPath: dir + "/Locales")
        for path in [dir] + (fm.subpaths(atPath: dir) ?? []).map({ dir + "/" + $0 }) {
            var isFolder: ObjCBool = false
            fm.fileExists(atPath: path, isDirectory: &isFolder)
            chmod(path, isFolder.boolValue || path.hasSuffix("/stepwise") ? 0o755 : 0o644)
        }
        return (dir + "/stepwise", dir + "/Locales")
    }()

    /// `stepwise ARGS --locales …` as `nobody`.
    static func runAsNobody(_ arguments: [String]) throws -> CLIResult {
        try run(["--reuid=65534", "--regid=65534", "--clear-groups", nobodyCopy.binary] + arguments + ["--locales", nobodyCopy.locales],
                executable: "/usr/bin/setpriv")
    }
}
