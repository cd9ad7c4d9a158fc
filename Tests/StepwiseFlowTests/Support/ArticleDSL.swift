import StepwiseArticle
@testable import StepwiseFlow

// Small constructors for hand-built articles. A block's line is given where a test looks at
// positions; elsewhere ranges are a dummy line 1.

func range(_ line: Int) -> SourceRange { SourceRange(line: line, column: 1, endLine: line, endColumn: 80) }

func text(_ s: String) -> Inline { .text(Text(s, range: range(1))) }
func strong(_ s: String) -> Inline { .strong(Strong(children: [text(s)], range: range(1))) }
func link(_ s: String, _ href: String) -> Inline { .link(Link(destination: href, title: "", children: [text(s)], range: range(1))) }

func para(_ inlines: Inline..., line: Int = 1) -> Block { .paragraph(Paragraph(inlines: inlines, range: range(line))) }
func para(_ s: String, line: Int = 1) -> Block { para(text(s), line: line) }
func boldHeading(_ s: String, line: Int = 1) -> Block { para(strong(s), line: line) }
func heading(_ level: Int, _ s: String, line: Int = 1) -> Block {
    .heading(Heading(level: level, anchor: nil, inlines: [text(s)], range: range(line)))
}

/// An item per array: `ol(["a"], ["b"])` or with blocks `ol(items: [[para("a"), callout(...)]])`.
func ol(start: Int = 1, _ items: String..., line: Int = 1) -> Block {
    ol(start: start, items: items.map { [para($0)] }, line: line)
}
/// A list's range spans its items, as cmark's does, so it is never mistaken for its first item.
func listRange(_ line: Int, _ count: Int) -> SourceRange {
    SourceRange(line: line, column: 1, endLine: line + max(0, count - 1), endColumn: 81)
}
func ol(start: Int = 1, items: [[Block]], line: Int = 1) -> Block {
    .list(ListBlock(kind: .ordered(start: start), isTight: true,
                    items: items.enumerated().map { ListItem(children: $1, range: range(line + $0)) }, range: listRange(line, items.count)))
}
func ul(_ items: String..., line: Int = 1) -> Block { ul(items: items.map { [para($0)] }, line: line) }
func ul(items: [[Block]], line: Int = 1) -> Block {
    .list(ListBlock(kind: .bullet, isTight: true,
                    items: items.enumerated().map { ListItem(children: $1, range: range(line + $0)) }, range: listRange(line, items.count)))
}
func callout(_ kind: CalloutKind, _ children: Block..., line: Int = 1) -> Block {
    .callout(Callout(kind: kind, style: .alert, label: nil, children: children, range: range(line)))
}

func article(_ blocks: Block..., title: String? = "Sample article", path: String = "Content/en-US/sample.md",
             locale: String? = nil, assetID: String? = nil) -> Article {
    var entries: [FrontMatterEntry] = []
    func add(_ key: String, _ value: String?) {
        if let value { entries.append(FrontMatterEntry(key: key, value: .string(value), position: .init(line: entries.count + 2, column: 1))) }
    }
    add("title", title)
    add("ms.contentlocale", locale)
    add("ms.assetid", assetID)
    return Article(path: path, frontMatter: FrontMatter(entries: entries), blocks: blocks)
}

func build(_ article: Article, knownSlugs: Set<String> = []) -> StepGraph {
    StepGraphBuilder(options: StepGraphOptions(knownSlugs: knownSlugs)).build(article)
}

extension StepGraph {
    var nodeIDs: [String] { nodes.map(\.id) }
    /// `from -kind-> to` per edge, for compact expectations.
    var edgeList: [String] { edges.map { "\($0.from) -\($0.kind.rawValue)-> \($0.to)" } }
}
