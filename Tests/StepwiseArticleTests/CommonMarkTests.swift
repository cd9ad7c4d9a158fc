import Testing
@testable import StepwiseArticle

@Suite struct CommonMarkTests {
    @Test func everyBlockKind() throws {
        let md = """
        # Title

        Para with **strong**, *emph*, `code`, [link](https://x.test "T"), ![alt](i.png)\\
        hard break and
        soft break.

        3. three
        4. four

        - bullet

        > quote

        ```swift
        let x = 1
        ```

            indented code

        <div>html</div>

        ---
        """
        let a = try parse(md)
        let kinds = a.blocks.map { b -> String in
            switch b {
            case .heading: "h"
            case .paragraph: "p"
            case .list(let l): l.isOrdered ? "ol" : "ul"
            case .blockQuote: "q"
            case .codeBlock(let c): c.isFenced ? "fence" : "indent"
            case .html: "html"
            case .thematicBreak: "hr"
            default: "?"
            }
        }
        #expect(kinds == ["h", "p", "ol", "ul", "q", "fence", "indent", "html", "hr"])
        guard case .list(let ol) = a.blocks[2], case .codeBlock(let code) = a.blocks[5] else { Issue.record("shape"); return }
        #expect(ol.kind == .ordered(start: 3))
        #expect(ol.items.count == 2)
        #expect(code.info == "swift")
        #expect(code.code == "let x = 1\n")
        let inlines = allInlines(a.blocks[1].inlines)
        #expect(inlines.contains { if case .strong = $0 { true } else { false } })
        #expect(inlines.contains { if case .emphasis = $0 { true } else { false } })
        #expect(inlines.contains { if case .code(let c) = $0 { c.code == "code" } else { false } })
        #expect(inlines.contains { if case .link(let l) = $0 { l.destination == "https://x.test" && l.title == "T" } else { false } })
        #expect(inlines.contains { if case .image(let i) = $0 { i.source == "i.png" && i.children.plainText == "alt" } else { false } })
        #expect(inlines.contains { if case .lineBreak = $0 { true } else { false } })
        #expect(inlines.contains { if case .softBreak = $0 { true } else { false } })
    }

    @Test func positionsAreShiftedPastFrontMatter() throws {
        let a = try parse("---\ntitle: T\nms.assetid: abc\n---\n\nSome *text*\n")
        #expect(a.frontMatter.lineCount == 4)
        guard case .paragraph(let p) = a.blocks.first else { Issue.record("no paragraph"); return }
        #expect(p.range.start == SourcePosition(line: 6, column: 1))
        guard case .emphasis(let e) = p.inlines[1] else { Issue.record("no emphasis"); return }
        #expect(e.range.start == SourcePosition(line: 6, column: 6))
        #expect(e.range.end == SourcePosition(line: 6, column: 11))
    }

    @Test func noFrontMatterIsFine() throws {
        let a = try parse("# Only a heading\n")
        #expect(a.frontMatter.entries.isEmpty)
        #expect(a.title == "Only a heading")
        #expect(a.blocks.first?.range.start.line == 1)
    }

    @Test func headingAnchorsByNameOrID() throws {
        let a = try parse("## <a name=\"turn-on\"></a>Ieslēgšana\n\n## <a id='x-y'></a> Spaced\n\n## Plain\n")
        let headings = a.blocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
        #expect(headings.map(\.anchor) == ["turn-on", "x-y", nil])
        #expect(headings.map(\.inlines.plainText) == ["Ieslēgšana", "Spaced", "Plain"])
    }

    @Test func rawHTMLIsKeptInertNotInterpreted() throws {
        let a = try parse("Text <script>alert(1)</script> more\n")
        let html = allInlines(of: a.blocks).compactMap { if case .html(let h) = $0 { h.raw } else { nil } }
        #expect(html == ["<script>", "</script>"])
        #expect(a.blocks[0].inlines.plainText == "Text alert(1) more")
    }
}
