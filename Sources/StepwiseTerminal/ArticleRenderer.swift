import StepwiseArticle

/// Renders articles, or parts of them, as text for a terminal or a pipe.
///
/// Output is lines ending in `\n`. With `color` off it holds no escape sequence at all;
/// with it on, every line resets whatever it styled or linked before its newline.
/// Nothing from the content can put a control character into the output.
package struct ArticleRenderer: Sendable, Hashable {
    package enum LinkStyle: Sendable, Hashable {
        /// OSC 8 hyperlinks, for a terminal. Needs `color`: without it there are no
        /// escapes, so links fall back to footnotes. Targets that are not http(s)/mailto
        /// or are unsafe inside the sequence also become footnotes.
        case hyperlinks
        /// `text [n]`, with the numbered URLs listed at the end, for pipes and files.
        case footnotes
    }

    /// Columns available, indent included. Widths under about 20 are honoured, but deeply
    /// nested boxes and lists may then run past them.
    package var width: Int
    /// ANSI styling (SGR) and, with `links == .hyperlinks`, OSC 8.
    package var color: Bool
    package var links: LinkStyle
    package var strings: RenderStrings

    package init(width: Int, color: Bool, links: LinkStyle, strings: RenderStrings) {
        self.width = width; self.color = color; self.links = links; self.strings = strings
    }

    /// The whole article, then its footnotes. The front matter title is shown as a
    /// top heading only when the article has no level-1 heading of its own.
    package func render(_ article: Article) -> String {
        var engine = makeEngine()
        var blocks = article.blocks
        let hasTopHeading = blocks.contains { if case .heading(let h) = $0 { h.level == 1 } else { false } }
        if !hasTopHeading, let title = article.frontMatter.title, !title.allSatisfy(\.isWhitespace) {
            let inline = Inline.text(Text(title, range: .unknown))
            blocks.insert(.heading(Heading(level: 1, anchor: nil, inlines: [inline], range: .unknown)), at: 0)
        }
        let body = engine.layout(blocks, width: max(1, width))
        return finish(engine, body: body, width: max(1, width), indent: 0)
    }

    /// Blocks such as one wizard step, `indent` columns in, within `width` columns
    /// (default: the renderer's), followed by their own footnotes if any.
    package func render(_ blocks: [Block], width: Int? = nil, indent: Int = 0) -> String {
        var engine = makeEngine()
        let inner = max(1, (width ?? self.width) - max(0, indent))
        let body = engine.layout(blocks, width: inner)
        return finish(engine, body: body, width: inner, indent: indent)
    }

    /// Running text such as a step title, wrapped like a paragraph.
    package func render(inlines: [Inline], width: Int? = nil, indent: Int = 0) -> String {
        render([.paragraph(Paragraph(inlines: inlines, range: .unknown))], width: width, indent: indent)
    }

    private func makeEngine() -> LayoutEngine {
        LayoutEngine(strings: strings, color: color, hyperlinks: links == .hyperlinks)
    }

    private func finish(_ engine: LayoutEngine, body: [Line], width: Int, indent: Int) -> String {
        var lines = body + engine.footnoteSection(width: width)
        while let last = lines.last, last.trimmingTrailingSpaces().isEmpty { lines.removeLast() }
        while let first = lines.first, first.trimmingTrailingSpaces().isEmpty { lines.removeFirst() }
        if indent > 0 {
            let pad = Glyph.repeated(" ", count: indent)
            lines = lines.map { $0.isEmpty ? $0 : pad + $0 }
        }
        return engine.writer.write(lines)
    }
}
