import StepwiseArticle
@testable import StepwiseTerminal

// Articles are built straight from the model, so these tests do not depend on the parser.

let testStrings = RenderStrings(
    noteTitle: "Piezīme", tipTitle: "Padoms", importantTitle: "Svarīgi",
    cautionTitle: "Uzmanību", warningTitle: "Brīdinājums",
    linksHeading: "Saites", imageFormat: "Attēls: {alt}", videoFormat: "Video: {url}",
    uiPathSeparator: " › ", emptyUIPathSegment: "[trūkst]", emptyTable: "(tukša tabula)"
)

func renderer(width: Int = 80, color: Bool = false, links: ArticleRenderer.LinkStyle = .footnotes) -> ArticleRenderer {
    ArticleRenderer(width: width, color: color, links: links, strings: testStrings)
}

func t(_ s: String) -> Inline { .text(Text(s, range: .unknown)) }
func strong(_ c: Inline...) -> Inline { .strong(Strong(children: c, range: .unknown)) }
func em(_ c: Inline...) -> Inline { .emphasis(Emphasis(children: c, range: .unknown)) }
func code(_ s: String) -> Inline { .code(InlineCode(code: s, range: .unknown)) }
func link(_ url: String, _ c: Inline...) -> Inline { .link(Link(destination: url, title: "", children: c, range: .unknown)) }
func image(_ src: String, alt: String) -> Inline { .image(Image(source: src, title: "", children: [t(alt)], range: .unknown)) }
let soft = Inline.softBreak(.unknown)
let hard = Inline.lineBreak(.unknown)
func uiPath(_ segments: [Inline]...) -> Inline {
    .uiPath(UIPath(segments: segments.map { UIPathSegment(inlines: $0, range: .unknown) }, range: .unknown))
}

func para(_ c: Inline...) -> Block { .paragraph(Paragraph(inlines: c, range: .unknown)) }
func heading(_ level: Int, _ c: Inline...) -> Block { .heading(Heading(level: level, anchor: nil, inlines: c, range: .unknown)) }
func item(_ b: Block...) -> ListItem { ListItem(children: b, range: .unknown) }
func bullets(_ items: ListItem..., tight: Bool = true) -> Block {
    .list(ListBlock(kind: .bullet, isTight: tight, items: items, range: .unknown))
}
func numbered(start: Int = 1, _ items: ListItem..., tight: Bool = true) -> Block {
    .list(ListBlock(kind: .ordered(start: start), isTight: tight, items: items, range: .unknown))
}
func quote(_ b: Block...) -> Block { .blockQuote(BlockQuote(children: b, range: .unknown)) }
func callout(_ kind: CalloutKind, _ b: Block...) -> Block {
    .callout(Callout(kind: kind, style: .alert, label: nil, children: b, range: .unknown))
}
func codeBlock(_ s: String) -> Block { .codeBlock(CodeBlock(info: "", code: s, isFenced: true, range: .unknown)) }
func cell(_ c: Inline...) -> TableCell { TableCell(inlines: c, range: .unknown) }
func table(_ alignments: [Table.Alignment], header: [TableCell], rows: [[TableCell]]) -> Block {
    .table(Table(alignments: alignments, header: header, rows: rows, range: .unknown))
}
func article(title: String? = nil, _ blocks: Block...) -> Article {
    let fm = title.map { FrontMatter(entries: [FrontMatterEntry(key: "title", value: .string($0), position: .init(line: 2, column: 1))]) } ?? FrontMatter()
    return Article(path: "test.md", frontMatter: fm, blocks: blocks)
}

/// Lines of output without the final newline's empty remainder.
func lines(_ s: String) -> [String] {
    var l = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if l.last == "" { l.removeLast() }
    return l
}

func hasControl(_ s: String, allowingESC: Bool = false) -> Bool {
    s.unicodeScalars.contains { u in
        if u == "\n" { return false }
        if allowingESC, u == "\u{1B}" { return false }
        return u.value < 0x20 || (0x7F...0x9F).contains(u.value)
            || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
    }
}

let latvianSentence = "Lai piešķirtu lietotājiem piekļuvi pakalpojumam, piešķiriet tiem licenci. "
    + "Ja esat jau lejupielādējis Office lietojumprogrammas, iespējams, būs jāpierakstās ar savu darba kontu."

/// Checks every escape sequence in `s` is one the renderer writes (SGR `ESC[…m`, or OSC 8
/// with a printable-ASCII target closed by ST) and returns the text without them, or nil
/// if anything else starts with ESC.
func strippingRendererEscapes(_ s: String) -> String? {
    var out = String.UnicodeScalarView()
    var it = s.unicodeScalars.makeIterator()
    while let u = it.next() {
        guard u == "\u{1B}" else { out.append(u); continue }
        switch it.next() {
        case "[":
            while true {
                guard let c = it.next() else { return nil }
                if c == "m" { break }
                guard c == ";" || ("0"..."9").contains(c) else { return nil }
            }
        case "]":
            for expected in "8;;".unicodeScalars { guard it.next() == expected else { return nil } }
            while true {
                guard let c = it.next() else { return nil }
                if c == "\u{1B}" { guard it.next() == "\\" else { return nil }; break }
                guard (0x21...0x7E).contains(c.value) else { return nil }
            }
        default:
            return nil
        }
    }
    return String(out)
}

/// Lines of rendered output as they appear on screen.
func visibleLines(_ s: String) -> [String] {
    lines(s).map { strippingRendererEscapes($0) ?? "<<bad escape>>" }
}
