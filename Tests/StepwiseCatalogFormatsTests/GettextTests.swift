import Foundation
import StepwiseLocale
import Testing
@testable import StepwiseCatalogFormats

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

/// Debian's gettext as a real client: msgfmt and Stepwise judge the same broken PO files.
/// (Debian's own catalogs, unpacked by msgunfmt, are checked in StepwiseChecksTests.)
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/msgfmt") || ProcessInfo.processInfo.environment["CI"] != nil,
                "gettext is not installed"))
struct GettextTests {
    func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The line of msgfmt's first fatal error (`file.po:12: …` or `file.po:12:3: …`), warnings aside.
    func firstErrorLine(_ stderr: String, name: String) -> Int? {
        stderr.split(separator: "\n").first { $0.hasPrefix(name + ":") && !$0.contains("warning:") && !$0.contains("...this is the location") }
            .flatMap { Int($0.dropFirst(name.count + 1).prefix { $0.isNumber }) }
    }

    @Test func msgfmtAndStepwiseAgreeOnBrokenFiles() throws {
        let folder = fixtures + "/po"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".po") }.sorted()
        #expect(names.count >= 10)
        var compared: [String] = [], broken: [String] = []
        for name in names {
            let path = folder + "/" + name
            let msgfmt = try run("msgfmt", ["-c", "-o", "/dev/null", path])
            if msgfmt.status != 0 { broken.append(name) }
            let ours = CatalogFileReader.read(path: path, locale: "lv")
            let ourLine: Int? = if case .failure(let e) = ours { e.line } else { nil }
            #expect((msgfmt.status != 0) == (ourLine != nil), "\(name): msgfmt \(msgfmt.status), Stepwise \(String(describing: ourLine))\n\(msgfmt.stderr)")
            guard let theirs = firstErrorLine(msgfmt.stderr, name: path), let ourLine else { continue }
            // msgfmt names the line after the last one when the file or a line ends inside an entry.
            let atEnd = ["unterminated.po", "context-alone.po"].contains(name)
            #expect(ourLine == theirs - (atEnd ? 1 : 0), "\(name): msgfmt line \(theirs), Stepwise line \(ourLine)")
            compared.append(name)
        }
        // valid.po, and stray-string.po (a string after a blank line continues the msgstr before it, for both).
        #expect(broken.count == names.count - 2)
        #expect(compared == broken, "every broken fixture is compared by line")
    }
}
