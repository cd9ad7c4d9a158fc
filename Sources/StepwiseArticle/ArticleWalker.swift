/// What a walk does with the blocks of an included file (`[!INCLUDE[…](…)]`).
package enum IncludePolicy: Sendable, Hashable {
    /// Walk them where the include stands: the page and the walk show them there, so whatever
    /// is gathered about what the reader meets must see them.
    case descend
    /// Leave them out: for what is about the file's own text (its positions, its own headings).
    case skip
}

/// One walk over an article's blocks and inlines, in the spirit of swift-markdown's
/// `MarkupWalker`: every `visit…` descends into the node's children by default, so a walker
/// overrides only the nodes it cares about (and calls `descend` when it still wants their
/// children). Includes are the one choice a walker must make: it has no default.
package protocol ArticleWalker {
    var includePolicy: IncludePolicy { get }

    mutating func visitHeading(_ heading: Heading)
    mutating func visitParagraph(_ paragraph: Paragraph)
    mutating func visitList(_ list: ListBlock)
    mutating func visitBlockQuote(_ quote: BlockQuote)
    mutating func visitCodeBlock(_ code: CodeBlock)
    mutating func visitHTMLBlock(_ html: HTMLBlock)
    mutating func visitCallout(_ callout: Callout)
    mutating func visitTable(_ table: Table)
    mutating func visitVideo(_ video: Video)
    mutating func visitInclude(_ include: Include)
    /// A paragraph's, heading's or cell's inlines, as one run (neighbouring text is read together).
    mutating func visitInlines(_ inlines: [Inline])

    mutating func visitText(_ text: Text)
    mutating func visitEmphasis(_ emphasis: Emphasis)
    mutating func visitStrong(_ strong: Strong)
    mutating func visitInlineCode(_ code: InlineCode)
    mutating func visitLink(_ link: Link)
    mutating func visitImage(_ image: Image)
    mutating func visitInlineHTML(_ html: InlineHTML)
    mutating func visitUIPath(_ path: UIPath)
}

extension ArticleWalker {
    @inlinable package mutating func walk(_ blocks: [Block]) {
        for block in blocks { walk(block) }
    }

    @inlinable package mutating func walk(_ block: Block) {
        switch block {
        case .heading(let h): visitHeading(h)
        case .paragraph(let p): visitParagraph(p)
        case .list(let l): visitList(l)
        case .blockQuote(let q): visitBlockQuote(q)
        case .codeBlock(let c): visitCodeBlock(c)
        case .html(let h): visitHTMLBlock(h)
        case .thematicBreak: break
        case .callout(let c): visitCallout(c)
        case .table(let t): visitTable(t)
        case .video(let v): visitVideo(v)
        case .include(let i): visitInclude(i)
        }
    }

    /// A table's cells, header first: for a walker that notes the table and still wants them.
    @inlinable package mutating func descend(into table: Table) {
        for cell in table.header { visitInlines(cell.inlines) }
        for row in table.rows { for cell in row { visitInlines(cell.inlines) } }
    }

    @inlinable package mutating func walk(_ inline: Inline) {
        switch inline {
        case .text(let t): visitText(t)
        case .emphasis(let e): visitEmphasis(e)
        case .strong(let s): visitStrong(s)
        case .code(let c): visitInlineCode(c)
        case .link(let l): visitLink(l)
        case .image(let i): visitImage(i)
        case .softBreak, .lineBreak: break
        case .html(let h): visitInlineHTML(h)
        case .uiPath(let p): visitUIPath(p)
        }
    }

    @inlinable package mutating func visitHeading(_ heading: Heading) { visitInlines(heading.inlines) }
    @inlinable package mutating func visitParagraph(_ paragraph: Paragraph) { visitInlines(paragraph.inlines) }
    @inlinable package mutating func visitList(_ list: ListBlock) { for item in list.items { walk(item.children) } }
    @inlinable package mutating func visitBlockQuote(_ quote: BlockQuote) { walk(quote.children) }
    @inlinable package mutating func visitCodeBlock(_ code: CodeBlock) {}
    @inlinable package mutating func visitHTMLBlock(_ html: HTMLBlock) {}
    @inlinable package mutating func visitCallout(_ callout: Callout) { walk(callout.children) }
    @inlinable package mutating func visitTable(_ table: Table) { descend(into: table) }
    @inlinable package mutating func visitVideo(_ video: Video) {}
    @inlinable package mutating func visitInclude(_ include: Include) {
        if includePolicy == .descend { walk(include.children) }
    }
    @inlinable package mutating func visitInlines(_ inlines: [Inline]) { for inline in inlines { walk(inline) } }

    @inlinable package mutating func visitText(_ text: Text) {}
    @inlinable package mutating func visitEmphasis(_ emphasis: Emphasis) { visitInlines(emphasis.children) }
    @inlinable package mutating func visitStrong(_ strong: Strong) { visitInlines(strong.children) }
    @inlinable package mutating func visitInlineCode(_ code: InlineCode) {}
    @inlinable package mutating func visitLink(_ link: Link) { visitInlines(link.children) }
    @inlinable package mutating func visitImage(_ image: Image) { visitInlines(image.children) }
    @inlinable package mutating func visitInlineHTML(_ html: InlineHTML) {}
    @inlinable package mutating func visitUIPath(_ path: UIPath) { for segment in path.segments { visitInlines(segment.inlines) } }
}
