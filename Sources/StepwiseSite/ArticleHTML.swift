import StepwiseArticle

/// Renders an article's blocks as HTML. Text is always escaped; raw HTML from the article is
/// never emitted (a `<br>` still becomes a line break); the only article-supplied markup
/// that survives is an anchor id (a heading's, or a raw `<a name>`'s on an empty `<span>`),
/// as an escaped attribute value.
struct ArticleHTML {
    let strings: SiteStrings
    let links: SiteLinks
    /// Headings get ids in the article; copies of blocks (the guided panel) must not repeat them.
    let headingIDs: Bool
    /// The file the blocks come from, for warnings; includes switch it while their blocks render.
    var file: String
    private(set) var warnings: [SiteWarning] = []
    /// Starts with the ids the page templates use, so `## Guided` cannot take `#guided`.
    private var usedIDs: Set<String> = ArticleHTML.templateIDs

    /// Every id in the shipped article template.
    static let templateIDs: Set<String> = [
        "main", "article", "guided", "guided-toggle", "guided-back", "guided-next", "guided-live", "stepwise-graph",
    ]
    /// `<em>` inside `<em>` (and strong in strong) adds nothing a reader sees; validators flag it.
    private var emphasisDepth = 0, strongDepth = 0
    var out = HTMLBuffer(capacity: 16 << 10)

    init(strings: SiteStrings, links: SiteLinks, headingIDs: Bool, file: String) {
        self.strings = strings; self.links = links; self.headingIDs = headingIDs; self.file = file
    }

    /// What was rendered so far, as the bytes it is: pages and the guided panel take it whole,
    /// without reading it back as a String.
    mutating func takeBuffer() -> HTMLBuffer {
        defer { out = HTMLBuffer(capacity: 4 << 10) }
        return out
    }

    // MARK: Blocks

    mutating func blocks(_ blocks: [Block], tight: Bool = false) {
        for b in blocks { block(b, tight: tight) }
    }

    mutating func block(_ block: Block, tight: Bool = false) {
        switch block {
        case .heading(let h): heading(h)
        case .paragraph(let p):
            if tight {
                inlines(p.inlines)
                out.tag("\n")
            } else {
                out.tag("<p>"); inlines(p.inlines); out.tag("</p>\n")
            }
        case .list(let l): list(l)
        case .blockQuote(let q):
            out.tag("<blockquote>\n"); blocks(q.children); out.tag("</blockquote>\n")
        case .codeBlock(let c): code(c)
        case .html(let h): rawAnchors(h.raw, block: true)
        case .thematicBreak: out.tag("<hr>\n")
        case .callout(let c): callout(c)
        case .table(let t): table(t)
        case .video(let v): video(v)
        case .include(let i):
            let outer = file
            file = i.path
            blocks(i.children)
            file = outer
        }
    }

    private mutating func heading(_ h: Heading) {
        let level = min(max(h.level, 1), 6)
        let open: [StaticString] = ["<h1", "<h2", "<h3", "<h4", "<h5", "<h6"]
        let close: [StaticString] = ["</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n", "</h6>\n"]
        out.tag(open[level - 1])
        let generated = HeadingAnchor.id(for: h.inlines.plainText)
        if headingIDs {
            out.tag(" id=\""); out.text(uniqueID(h.anchor ?? generated)); out.tag("\"")
        }
        out.tag(">")
        // With an explicit anchor, the generated id still works, as on Docs (and in the checks).
        if headingIDs, h.anchor != nil, !generated.isEmpty, !usedIDs.contains(generated) { anchor(generated) }
        inlines(h.inlines); out.tag(close[level - 1])
    }

    /// HTML ids may hold no whitespace and must be unique on the page; a repeated one gets
    /// `-1`, `-2`… as DocFX numbers repeated headings.
    private mutating func uniqueID(_ raw: String) -> String {
        var base = String(raw.map { $0.isWhitespace ? "-" : $0 })
        if base.isEmpty { base = "section" }
        var id = base, n = 0
        while usedIDs.contains(id) { n += 1; id = base + "-" + String(n) }
        usedIDs.insert(id)
        return id
    }

    /// An empty element that carries an id a link may name.
    private mutating func anchor(_ id: String) {
        usedIDs.insert(id)
        out.tag("<span id=\""); out.text(id); out.tag("\"></span>")
    }

    /// Raw HTML is never emitted, but the `name`/`id` anchors in it are links' targets on
    /// Docs (and the checks accept them): each becomes an empty element with that id, unless
    /// the page already has it or it could not be an id.
    private mutating func rawAnchors(_ raw: String, block: Bool) {
        guard headingIDs else { return }
        let ids = HeadingAnchor.ids(inRawHTML: raw).filter { !$0.isEmpty && !$0.contains(where: \.isWhitespace) && !usedIDs.contains($0) }
        guard !ids.isEmpty else { return }
        for id in ids where !usedIDs.contains(id) { anchor(id) }
        if block { out.tag("\n") }
    }

    private mutating func list(_ l: ListBlock) {
        switch l.kind {
        case .bullet: out.tag("<ul>\n")
        case .ordered(let start):
            out.tag("<ol")
            if start != 1 { out.tag(" start=\""); out.number(start); out.tag("\"") }
            out.tag(">\n")
        }
        for item in l.items {
            out.tag("<li>")
            if !l.isTight || item.children.count != 1 || !Self.isParagraph(item.children[0]) { out.tag("\n") }
            blocks(item.children, tight: l.isTight)
            out.tag("</li>\n")
        }
        out.tag(l.isOrdered ? "</ol>\n" : "</ul>\n")
    }

    private static func isParagraph(_ b: Block) -> Bool { if case .paragraph = b { true } else { false } }

    private mutating func code(_ c: CodeBlock) {
        out.tag("<pre><code")
        let language = c.info.split(separator: " ").first.map { $0.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" } } ?? ""
        if !language.isEmpty { out.tag(" class=\"language-"); out.text(language); out.tag("\"") }
        out.tag(">"); out.text(c.code); out.tag("</code></pre>\n")
    }

    private mutating func callout(_ c: Callout) {
        out.tag("<aside class=\"callout callout-"); out.text(c.kind.rawValue); out.tag("\" role=\"note\">\n")
        out.tag("<p class=\"callout-title\""); out.lang(strings.uiLang); out.tag(">"); out.text(strings.calloutTitles[c.kind] ?? c.kind.rawValue); out.tag("</p>\n")
        blocks(c.children)
        out.tag("</aside>\n")
    }

    private mutating func table(_ t: Table) {
        out.tag("<div class=\"table\">\n<table>\n")
        if !t.header.isEmpty {
            out.tag("<thead>\n<tr>\n")
            for (i, cell) in t.header.enumerated() { self.cell(cell, header: true, alignment: i < t.alignments.count ? t.alignments[i] : .none) }
            out.tag("</tr>\n</thead>\n")
        }
        if !t.rows.isEmpty {
            out.tag("<tbody>\n")
            for row in t.rows {
                out.tag("<tr>\n")
                for (i, cell) in row.enumerated() { self.cell(cell, header: false, alignment: i < t.alignments.count ? t.alignments[i] : .none) }
                out.tag("</tr>\n")
            }
            out.tag("</tbody>\n")
        }
        out.tag("</table>\n</div>\n")
    }

    /// Alignment is a class: the page's CSP allows no inline style.
    private mutating func cell(_ cell: TableCell, header: Bool, alignment: Table.Alignment) {
        out.tag(header ? "<th" : "<td")
        switch alignment {
        case .none: break
        case .left: out.tag(" class=\"align-left\"")
        case .center: out.tag(" class=\"align-center\"")
        case .right: out.tag(" class=\"align-right\"")
        }
        out.tag(">"); inlines(cell.inlines); out.tag(header ? "</th>\n" : "</td>\n")
    }

    private mutating func video(_ v: Video) {
        out.tag("<p class=\"video\">")
        let label = strings.string("site.video", ["url": v.url])
        if let href = externalHref(v.url, at: v.range.start) {
            out.tag("<a href=\""); out.text(href); out.tag("\" rel=\"noopener\">"); out.text(label); out.tag("</a>")
        } else {
            out.text(label)
        }
        out.tag("</p>\n")
    }

    // MARK: Inlines

    mutating func inlines(_ inlines: [Inline]) {
        for i in inlines { inline(i) }
    }

    private mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let t): out.text(t.string)
        case .emphasis(let e):
            if emphasisDepth == 0 { out.tag("<em>") }
            emphasisDepth += 1; inlines(e.children); emphasisDepth -= 1
            if emphasisDepth == 0 { out.tag("</em>") }
        case .strong(let s):
            if strongDepth == 0 { out.tag("<strong>") }
            strongDepth += 1; inlines(s.children); strongDepth -= 1
            if strongDepth == 0 { out.tag("</strong>") }
        case .code(let c): out.tag("<code>"); out.text(c.code); out.tag("</code>")
        case .link(let l): link(l)
        case .image(let i): image(i)
        case .softBreak: out.tag("\n")
        case .lineBreak: out.tag("<br>\n")
        case .html(let h): if Self.isLineBreakTag(h.raw) { out.tag("<br>") } else { rawAnchors(h.raw, block: false) }
        case .uiPath(let p): uiPath(p)
        }
    }

    private mutating func link(_ l: Link) {
        let target = links.resolve(l.destination)
        switch target {
        case .unsafe, .schemeNotAllowed:
            warn(target, l.destination, at: l.range.start)
            inlines(l.children)
            return
        case .inPage(""):
            // `[text]()` goes nowhere; the words stay.
            inlines(l.children)
            return
        case .inPage(let href), .page(let href):
            out.tag("<a href=\""); out.text(href); out.tag("\"")
        case .external(let href):
            out.tag("<a href=\""); out.text(href); out.tag("\" rel=\"noopener\"")
        }
        if !l.title.isEmpty { out.tag(" title=\""); out.text(l.title); out.tag("\"") }
        out.tag(">"); inlines(l.children); out.tag("</a>")
    }

    /// Images become links to the image: the pages load nothing from elsewhere, and the
    /// article's relative image files are not part of the export.
    private mutating func image(_ i: Image) {
        let label = strings.string("site.image", ["alt": i.children.plainText])
        guard let href = externalHref(i.source, at: i.range.start) else {
            out.tag("<span class=\"image\">"); out.text(label); out.tag("</span>")
            return
        }
        out.tag("<a class=\"image\" href=\""); out.text(href); out.tag("\" rel=\"noopener\">"); out.text(label); out.tag("</a>")
    }

    private mutating func externalHref(_ raw: String, at position: SourcePosition) -> String? {
        let target = links.resolve(raw)
        switch target {
        case .unsafe, .schemeNotAllowed: warn(target, raw, at: position); return nil
        case .inPage(""): return nil
        case .inPage(let h), .page(let h), .external(let h): return h
        }
    }

    private mutating func uiPath(_ p: UIPath) {
        out.tag("<span class=\"ui-path\">")
        for (n, segment) in p.segments.enumerated() {
            if n > 0 { out.tag("<span class=\"ui-path-separator\">"); out.text(strings.uiPathSeparator); out.tag("</span>") }
            if segment.isEmpty {
                out.tag("<span class=\"ui-path-missing\""); out.lang(strings.uiLang); out.tag(">"); out.text(strings.uiPathMissing); out.tag("</span>")
            } else {
                out.tag("<span class=\"ui\">"); inlines(segment.inlines); out.tag("</span>")
            }
        }
        out.tag("</span>")
    }

    private mutating func warn(_ target: SiteLinkTarget, _ url: String, at position: SourcePosition) {
        let code: SiteWarning.Code = target == .unsafe ? .unsafeLink : .schemeNotAllowed
        warnings.append(SiteWarning(code: code, file: file, position: position, arguments: ["url": url]))
    }

    static func isLineBreakTag(_ raw: String) -> Bool {
        let compact = raw.lowercased().filter { !$0.isWhitespace }
        return compact == "<br>" || compact == "<br/>"
    }
}
