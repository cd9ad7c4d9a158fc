import Foundation

/// Instructions a whole process runs, counted by callgrind where valgrind is installed. On
/// this 2-core machine wall times drift by a third from run to run; instruction counts repeat
/// to a fraction of a percent, so they show what a change did. Swift 6 writes DWARF 5, which
/// callgrind cannot read, so Swift programs are counted from a `--strip-debug` copy.
enum Instructions {
    private static let valgrind = "/usr/bin/valgrind", objcopy = "/usr/bin/objcopy"
    private static let scratch = NSTemporaryDirectory() + "stepwise-bench-callgrind-\(getpid())"

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: valgrind) && FileManager.default.isExecutableFile(atPath: objcopy)
    }

    /// Nil without valgrind, or when the count cannot be read from callgrind's report. The
    /// exit status does not matter (`stepwise check` exits 1 when it finds errors).
    static func count(_ program: String, _ args: [String], stdin: String = "/dev/null", stripDebug: Bool = true,
                      environment: [String: String] = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]) -> Int? {
        guard available else { return nil }
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        var target = program
        if stripDebug {
            // Beside the original, so it finds the resource folders a program looks for beside
            // itself (a copy elsewhere exports nothing: it has no templates).
            target = program + ".strip-debug"
            if !copies.contains(target) {
                guard spawn(objcopy, ["--strip-debug", program, target], environment: environment) == 0 else { return nil }
                copies.insert(target)
            }
        }
        let report = scratch + "/report"
        _ = spawn(valgrind, ["--tool=callgrind", "--callgrind-out-file=/dev/null", target] + args,
                  stdin: stdin, stderr: report, environment: environment)
        // callgrind ends with "==pid== Collected : 23418051".
        guard let text = try? String(contentsOfFile: report, encoding: .utf8),
              let line = text.split(separator: "\n").last(where: { $0.contains("Collected :") }),
              let number = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
        return number
    }

    nonisolated(unsafe) private static var copies = Set<String>()

    static func removeCopies() {
        for copy in copies { try? FileManager.default.removeItem(atPath: copy) }
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// "23.4 M" and the ratio line of a subject against its peer.
    static func report(_ label: String, subject: Int?, peer: Int?, peerLabel: String) {
        guard let subject, let peer, peer > 0 else {
            if !available { print("  instructions: valgrind and objcopy not installed, not counted") }
            return
        }
        func m(_ n: Int) -> String { String(format: "%.1f M", Double(n) / 1e6) }
        print("  instructions (callgrind): \(label) \(m(subject)), \(peerLabel) \(m(peer)), ratio \(String(format: "%.2f", Double(subject) / Double(peer)))x")
    }
}
