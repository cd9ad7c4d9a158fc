import Foundation
import StepwiseArticle
import StepwiseFlow
import Testing
@testable import StepwiseTerminal

/// Shapes no writer intends but a converter or an attacker can produce. Each goes through the
/// parser, the step graph and the terminal renderer and must finish; the wall-clock bound is
/// generous (debug build, busy CI) and only there to turn a hang or a quadratic blow-up into a
/// failure: 100,000 links on one line took 166 s before line positions were indexed by block.
@Suite(.serialized) struct PathologicalContentTests {
    static let bound: Double = 60

    private func throughEveryStage(_ markdown: String) throws -> (seconds: Double, article: Article) {
        let start = Date()
        let article = try ArticleParser().parse(bytes: Array(markdown.utf8), path: "big.md")
        let graph = StepGraphBuilder().build(article)
        #expect(graph.validate(against: article).isEmpty)
        _ = graph.json()
        _ = renderer(width: 80).render(article)
        return (Date().timeIntervalSince(start), article)
    }

    @Test func hundredThousandLinksOnOneLine() throws {
        let line = (0..<100_000).map { "[l\($0)](https://e.example/\($0))" }.joined(separator: " ")
        let (seconds, article) = try throughEveryStage("# T\n\n" + line + "\n")
        #expect(seconds < Self.bound, "took \(seconds) s")
        guard case .paragraph(let p)? = article.blocks.last else { Issue.record("no paragraph"); return }
        guard case .link(let last)? = p.inlines.last else { Issue.record("no link"); return }
        // Positions stay exact at the far end of the line.
        let expectedColumn = line.range(of: "[l99999]")!.lowerBound.utf16Offset(in: line) + 1
        #expect(last.range.start == SourcePosition(line: 3, column: expectedColumn))
    }

    @Test func fiftyThousandItemList() throws {
        let list = (1...50_000).map { "\($0). item \($0)\n" }.joined()
        let (seconds, article) = try throughEveryStage("# T\n\n" + list)
        #expect(seconds < Self.bound, "took \(seconds) s")
        guard case .list(let l)? = article.blocks.last else { Issue.record("no list"); return }
        #expect(l.items.count == 50_000)
        #expect(l.items.last?.range.start.line == 50_002)
    }

    @Test func deepNestingIsRefusedAtItsPlace() {
        let deep = String(repeating: "> ", count: 5_000) + "x\n" + String(repeating: "- ", count: 5_000) + "y\n"
        #expect(throws: ArticleError.self) { _ = try throughEveryStage(deep) }
        do { _ = try throughEveryStage(deep) } catch let error as ArticleError {
            #expect(error.code == .tooDeep)
            #expect(error.position.line == 1)
        } catch { Issue.record("\(error)") }
    }

    @Test func fiftyMegabyteLineIsRefusedBeforeParsing() {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024)
        let start = Date()
        #expect(throws: ArticleError.self) { _ = try ArticleParser().parse(bytes: big, path: "big.md") }
        #expect(Date().timeIntervalSince(start) < Self.bound)
    }

    /// Multibyte text past the first positions block: columns still count scalars.
    @Test func columnsOnALongMultibyteLine() throws {
        let prefix = String(repeating: "ā", count: 3_000)
        let article = try ArticleParser().parse(bytes: Array((prefix + " [x](https://e.example)\n").utf8), path: "m.md")
        guard case .paragraph(let p)? = article.blocks.first, case .link(let link)? = p.inlines.last else {
            Issue.record("no link"); return
        }
        #expect(link.range.start == SourcePosition(line: 1, column: 3_002))
    }
}
