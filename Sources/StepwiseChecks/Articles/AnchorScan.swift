import StepwiseArticle

/// The one walk over headings: the article's own headings (for comparing anchors with the
/// source), every id a `#fragment` may name, and the files it includes. Included content
/// counts for the ids, since the page shows it; its headings are not compared here, their
/// positions are in another file.
struct AnchorScan: ArticleWalker {
    let includePolicy = IncludePolicy.descend
    private(set) var headings: [Item<String>] = []
    private(set) var anchors: Set<String> = []
    private(set) var includedFiles: Set<String> = []
    private var includeDepth = 0

    init(_ blocks: [Block]) {
        walk(blocks)
    }

    /// Anchors of an article without building its graph (for link targets outside the run).
    static func anchors(of article: Article) -> Set<String> {
        AnchorScan(article.blocks).anchors
    }

    mutating func visitHeading(_ heading: Heading) {
        let generated = AnchorID.generate(heading.inlines.plainText)
        anchors.insert(generated)
        if let explicit = heading.anchor { anchors.insert(explicit) }
        if includeDepth == 0 { headings.append(Item(key: heading.anchor ?? generated, range: heading.range)) }
        visitInlines(heading.inlines)
    }

    mutating func visitHTMLBlock(_ html: HTMLBlock) { anchors.formUnion(AnchorID.attributes(in: html.raw)) }
    mutating func visitInlineHTML(_ html: InlineHTML) { anchors.formUnion(AnchorID.attributes(in: html.raw)) }

    mutating func visitInclude(_ include: Include) {
        includedFiles.insert(include.path)
        includeDepth += 1
        walk(include.children)
        includeDepth -= 1
    }
}
