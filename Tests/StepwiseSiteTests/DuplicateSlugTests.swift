import Foundation
import Testing
@testable import StepwiseSite

/// Two files with one name in one locale: the first by path is exported whatever order they
/// come in, and the other is a warning naming both.
@Suite struct DuplicateSlugTests {
    @Test func theFirstPathWinsAndTheOtherIsNamed() throws {
        let content = Temp.folder("dup-content")
        defer { try? FileManager.default.removeItem(atPath: content) }
        for (folder, title) in [("b", "From B"), ("a", "From A")] {
            try FileManager.default.createDirectory(atPath: content + "/en-US/" + folder, withIntermediateDirectories: true)
            try Data("---\ntitle: \(title)\n---\nText.\n".utf8).write(to: URL(fileURLWithPath: content + "/en-US/\(folder)/dup.md"))
        }
        let a = content + "/en-US/a/dup.md", b = content + "/en-US/b/dup.md"
        let forward = [SiteSource(slug: "dup", locale: "en-US", path: b, contentRoot: content),
                       SiteSource(slug: "dup", locale: "en-US", path: a, contentRoot: content)]
        for sources in [forward, forward.reversed()] {
            let out = Temp.folder("dup-out")
            defer { try? FileManager.default.removeItem(atPath: out) }
            let report = try Export.run(Array(sources), to: out, concurrency: 1)
            let page = try String(contentsOfFile: out + "/en-US/dup/index.html", encoding: .utf8)
            #expect(page.contains("<title>From A · "))
            #expect(report.warnings == [SiteWarning(code: .duplicateSlug, file: b, position: .init(line: 1, column: 1), arguments: ["other": a])])
        }
    }
}
