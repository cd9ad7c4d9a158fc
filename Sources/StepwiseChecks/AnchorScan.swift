import StepwiseArticle

/// The one walk over headings: the article's own headings (for comparing anchors with the
/// source), every id a `#fragment` may name, and the files it includes. Included content
/// counts for the ids, since the page shows it; its headings are not compared here, their
/// positions are in another file.
struct AnchorScan {
    private(set) var headings: [Item<String>] = []
    private(set) var anchors: Set<String> = []
    private(set) var includedFiles: Set<String> = []

    init(_ blocks: [Block]) {
        visit(blocks, included: false)
    }

    /// Anchors of an article without building its graph (for link targets outside the run).
    static func anchors(of article: Article) -> Set<String> {
        AnchorScan(article.blocks).anchors
    }

    private mutating func visit(_ blocks: [Block], included: Bool) {
        for block in blocks {
            switch block {
            case .heading(let h):
                let generated = AnchorID.generate(h.inlines.plainText)
                anchors.insert(generated)
                if let explicit = h.anchor { anchors.insert(explicit) }
                if !included { headings.append(Item(key: h.anchor ?? generated, range: h.range)) }
            case .html(let html):
                anchors.formUnion(AnchorID.attributes(in: html.raw))
            case .include(let i):
                includedFiles.insert(i.path)
                visit(i.children, included: true)
            default:
                visit(block.children, included: included)
            }
            for inline in block.inlines { visit(inline) }
        }
    }

    private mutating func visit(_ inline: Inline) {
        if case .html(let h) = inline { anchors.formUnion(AnchorID.attributes(in: h.raw)) }
        for child in inline.children { visit(child) }
    }
}
