import Foundation
import Testing
@testable import StepwiseArticle

@Suite struct IncludeTests {
    func parser(_ root: String) -> ArticleParser { ArticleParser(options: .init(contentRoot: root)) }

    @Test func includeIsResolvedRelativeToTheIncludingFile() throws {
        let dir = try TemporaryFolder()
        try dir.write("en-US/a.md", "# A\n\n[!INCLUDE [shared](../includes/part.md)]\n")
        try dir.write("includes/part.md", "---\nms.topic: include\n---\nShared **text**.\n")
        let a = try parser(dir.path).parse(contentsOf: dir.path + "/en-US/a.md")
        guard case .include(let inc) = a.blocks[1] else { Issue.record("no include: \(a.blocks)"); return }
        #expect(inc.title == "shared")
        #expect(inc.path.hasSuffix("/includes/part.md"))
        #expect(inc.children.first?.inlines.plainText == "Shared text.")
        #expect(inc.children.first?.range.start.line == 4)
        #expect(inc.range.start.line == 3)
    }

    @Test func includeCycleIsAnErrorAtTheDirective() throws {
        let dir = try TemporaryFolder()
        try dir.write("a.md", "Text\n\n[!INCLUDE [b](b.md)]\n")
        try dir.write("b.md", "[!INCLUDE [a](a.md)]\n")
        do {
            _ = try parser(dir.path).parse(contentsOf: dir.path + "/a.md")
            Issue.record("expected a cycle")
        } catch {
            #expect(error.code == .includeCycle)
            #expect(error.file.hasSuffix("b.md"))
            #expect(error.position.line == 1)
        }
    }

    @Test func includeOutsideTheRootIsRefused() throws {
        let dir = try TemporaryFolder()
        try dir.write("content/a.md", "[!INCLUDE [x](../../etc/passwd)]\n")
        do {
            _ = try parser(dir.path + "/content").parse(contentsOf: dir.path + "/content/a.md")
            Issue.record("expected outside-root")
        } catch {
            #expect(error.code == .includeOutsideRoot)
            #expect(error.position == SourcePosition(line: 1, column: 1))
        }
    }

    @Test func absoluteIncludePathIsRefused() throws {
        let dir = try TemporaryFolder()
        try dir.write("a.md", "[!INCLUDE [x](/etc/hostname)]\n")
        do {
            _ = try parser(dir.path).parse(contentsOf: dir.path + "/a.md")
            Issue.record("expected outside-root")
        } catch {
            #expect(error.code == .includeOutsideRoot)
        }
    }

    @Test func symlinkOutOfTheRootIsRefused() throws {
        let dir = try TemporaryFolder()
        try dir.write("outside/secret.md", "secret\n")
        try dir.write("content/a.md", "[!INCLUDE [x](link.md)]\n")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/content/link.md", withDestinationPath: dir.path + "/outside/secret.md")
        do {
            _ = try parser(dir.path + "/content").parse(contentsOf: dir.path + "/content/a.md")
            Issue.record("expected outside-root")
        } catch {
            #expect(error.code == .includeOutsideRoot)
        }
    }

    @Test func missingInclude() throws {
        let dir = try TemporaryFolder()
        try dir.write("a.md", "Intro\n\n[!INCLUDE [x](nope.md)]\n")
        do {
            _ = try parser(dir.path).parse(contentsOf: dir.path + "/a.md")
            Issue.record("expected missing")
        } catch {
            #expect(error.code == .includeMissing)
            #expect(error.position.line == 3)
        }
    }
}
