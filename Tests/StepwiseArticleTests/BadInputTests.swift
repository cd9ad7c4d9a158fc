import Foundation
import Testing
@testable import StepwiseArticle

/// Hostile or broken files: each must give a located error or a sensible article, never a crash or hang.
@Suite struct BadInputTests {
    func expectError(_ code: ArticleError.Code, at line: Int? = nil, _ column: Int? = nil, _ body: () throws(ArticleError) -> Article) {
        do {
            _ = try body()
            Issue.record("expected \(code)")
        } catch {
            #expect(error.code == code)
            if let line { #expect(error.position.line == line) }
            if let column { #expect(error.position.column == column) }
        }
    }

    @Test func emptyFile() throws {
        let a = try parse("")
        #expect(a.blocks.isEmpty)
        #expect(a.title == nil)
    }

    @Test func malformedYAMLNamesLineAndColumn() {
        // libyaml notices the missing `]` where the header ends; the detail names where the list opened.
        do {
            _ = try parse("---\ntitle: ok\nbad: [unclosed\n---\nBody\n")
            Issue.record("expected a YAML error")
        } catch {
            #expect(error.code == .frontMatterSyntax)
            #expect(error.position == SourcePosition(line: 4, column: 1))
            #expect(error.arguments["detail"]?.contains("3:6") == true)
        }
        expectError(.frontMatterSyntax, at: 3) { () throws(ArticleError) in
            try parse("---\ntitle: a\n  b: c\n---\n")
        }
    }

    @Test func unclosedFrontMatter() {
        expectError(.frontMatterUnclosed, at: 1, 1) { () throws(ArticleError) in try parse("---\ntitle: x\n\n# Body\n") }
    }

    @Test func frontMatterThatIsNotAMapping() {
        expectError(.frontMatterNotMap, at: 2) { () throws(ArticleError) in try parse("---\n- a\n- b\n---\n") }
    }

    @Test func yamlAliasBombIsRefused() {
        var yaml = "---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "---\nBody\n"
        expectError(.frontMatterSyntax) { () throws(ArticleError) in try parse(yaml) }
    }

    @Test func invalidUTF8IsLocated() {
        var bytes = Array("---\ntitle: x\n---\nLabi\nab".utf8)
        bytes.append(0xC3)
        bytes.append(0x28)
        do {
            _ = try ArticleParser().parse(bytes: bytes, path: "bad.md")
            Issue.record("expected invalid-utf8")
        } catch {
            #expect(error.code == .invalidUTF8)
            #expect(error.position == SourcePosition(line: 5, column: 3))
        }
    }

    @Test func crlfLineEndingsKeepLines() throws {
        let a = try parse("---\r\ntitle: Win\r\nms.assetid: 1\r\n---\r\n# H\r\n\r\n1. a\r\n2. b\r\n")
        #expect(a.frontMatter.title == "Win")
        #expect(a.blocks.first?.range.start.line == 5)
        guard case .list(let l) = a.blocks[1] else { Issue.record("no list"); return }
        #expect(l.items.map { $0.children[0].inlines.plainText } == ["a", "b"])
    }

    @Test func carriageReturnOnlyLineEndings() throws {
        let a = try parse("---\rtitle: Mac\r---\r# H\r\rText\r")
        #expect(a.frontMatter.title == "Mac")
        #expect(a.blocks.map(\.range.start.line) == [4, 6])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let a = try ArticleParser().parse(bytes: [0xEF, 0xBB, 0xBF] + Array("---\ntitle: BOM\n---\nText\n".utf8), path: "bom.md")
        #expect(a.frontMatter.title == "BOM")
        #expect(a.blocks.first?.range.start.line == 4)
    }

    @Test func fiveMegabyteArticle() throws {
        let paragraph = "Šis ir garš teksts ar **treknrakstu** un [saiti](https://x.test).\n\n"
        let md = "---\ntitle: Big\n---\n" + String(repeating: paragraph, count: 5_000_000 / paragraph.utf8.count)
        let a = try parse(md)
        #expect(a.blocks.count > 60_000)
    }

    @Test func tooLargeIsRefused() {
        do {
            _ = try ArticleParser(options: .init(maxBytes: 1000)).parse(bytes: Array(repeating: 0x61, count: 2000), path: "big.md")
            Issue.record("expected too-large")
        } catch {
            #expect(error.code == .tooLarge)
        }
    }

    @Test func tenThousandNestedQuotes() {
        let md = String(repeating: ">", count: 10_000) + " deep\n"
        expectError(.tooDeep, at: 1) { () throws(ArticleError) in try parse(md) }
    }

    @Test func deepInlineNesting() {
        let md = String(repeating: "*a ", count: 3000) + "x" + String(repeating: " a*", count: 3000) + "\n"
        // Either a located refusal or a result; it must come back.
        do { _ = try parse(md) } catch { #expect(error.code == .tooDeep) }
    }

    @Test func zeroWidthCharactersInFileName() throws {
        let dir = try TemporaryFolder()
        let path = dir.path + "/akti\u{200B}vi\u{200D}zēt.md"
        try "---\ntitle: ZW\n---\nTeksts\n".write(toFile: path, atomically: true, encoding: .utf8)
        let a = try ArticleParser().parse(contentsOf: path)
        #expect(a.title == "ZW")
        #expect(a.slug == "akti\u{200B}vi\u{200D}zēt")
    }

    @Test func missingFileIsAnError() {
        expectError(.unreadable) { () throws(ArticleError) in try ArticleParser().parse(contentsOf: "/nonexistent/x.md") }
    }
}

/// A folder under the system temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "stepwise-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }
}
