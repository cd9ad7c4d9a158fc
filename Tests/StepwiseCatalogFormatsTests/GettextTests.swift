import Foundation
import StepwiseLocale
import Testing
@testable import StepwiseCatalogFormats

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

/// Debian's gettext as a real client: msgfmt and Stepwise judge the same broken PO files, and
/// msgunfmt turns the .mo files Debian ships into PO data to read.
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

    /// Real catalogs: a spread of the .mo files on this machine, unpacked by msgunfmt and read.
    @Test func debiansCatalogsReadWithoutError() throws {
        let root = "/usr/share/locale"
        var files: [String] = []
        for language in ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted() {
            let folder = root + "/" + language + "/LC_MESSAGES"
            for mo in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where mo.hasSuffix(".mo") {
                files.append(folder + "/" + mo)
            }
        }
        try #require(!files.isEmpty, "no .mo files under \(root)")
        // About sixty, evenly spread, so the sample spans languages and domains but stays quick.
        let sample = stride(from: 0, to: files.count, by: max(1, files.count / 60)).map { files[$0] }
        let scratch = NSTemporaryDirectory() + "stepwise-mo-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var messages = 0, plural = 0, languages = Set<String>()
        for (i, mo) in sample.enumerated() {
            let po = scratch + "/\(i).po"
            #expect(try run("msgunfmt", ["-o", po, mo]).status == 0)
            // A catalog with no messages at all comes out as no file.
            guard FileManager.default.fileExists(atPath: po) else { continue }
            switch CatalogFileReader.read(path: po, locale: "") {
            case .success(let catalog):
                messages += catalog.messages.count
                plural += catalog.messages.filter { $0.formCount != nil }.count
                languages.insert(catalog.locale)
                #expect(catalog.issues.allSatisfy { $0.code == .pluralForms }, "\(mo): \(catalog.issues)")
            case .failure(let error):
                Issue.record("\(mo): \(error.code) at \(error.line):\(error.column) \(error.arguments)")
            }
        }
        print("Debian .mo files read: \(sample.count) of \(files.count), \(messages) messages (\(plural) plural), \(languages.count) languages")
        #expect(messages > 0)
    }
}
