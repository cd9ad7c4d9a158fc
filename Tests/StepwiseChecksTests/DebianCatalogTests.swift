import Foundation
import Testing
@testable import StepwiseChecks

/// Real catalogs: a spread of the .mo files Debian ships on this machine, unpacked by msgunfmt
/// and checked like any PO file. Nothing may crash or fail to read, except a charset named
/// as such; the totals are printed.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/msgunfmt") || ProcessInfo.processInfo.environment["CI"] != nil,
                "gettext is not installed"))
struct DebianCatalogTests {
    @Test func debiansCatalogsAreChecked() throws {
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
        let tree = Tree()
        for (i, mo) in sample.enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/msgunfmt")
            // Named by language, as PO files are: the header's Language, if any, wins.
            let language = URL(fileURLWithPath: mo).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
            process.arguments = ["-o", tree.root + "/\(i)-\(language).po", mo]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(mo)")
        }
        let report = try tree.check()
        let syntax = report.only(.localeSyntax).filter { $0.message != "error.catalog.charset" }
        #expect(syntax.isEmpty, "\(syntax.map { "\($0.location.file):\($0.location.range.start.line): \($0.message) \($0.arguments)" })")
        let byCheck = Dictionary(grouping: report.findings, by: \.check).mapValues(\.count).sorted { $0.key < $1.key }
        print("Debian .mo files checked: \(report.catalogsChecked) of \(files.count) (\(sample.count) sampled); findings: "
              + byCheck.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
        #expect(report.catalogsChecked > 0)
    }
}
