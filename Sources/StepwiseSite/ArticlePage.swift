import StepwiseArticle
import StepwiseFlow

/// What the locale index and search index need from an exported article.
struct PageSummary: Sendable, Equatable {
    var slug: String
    var title: String
    var tasks: Int
    var steps: Int
    var text: SearchText
}

/// One article page: the article as HTML, its guided mode, alternates and language switcher.
struct ArticlePage {
    let site: SiteContext
    let source: SiteSource
    let article: Article
    /// Bound: steps with an action are the ones `stepwise run` can do with the reader.
    let graph: StepGraph

    func render() -> (html: [UInt8], warnings: [SiteWarning], summary: PageSummary, linkQueries: [String]) {
        let strings = site.strings(for: source.locale)
        let log = LinkLog()
        let links = SiteLinks(links: site.links, pages: site.pages, locale: source.locale, root: "../../", log: log)
        var renderer = ArticleHTML(strings: strings, links: links, headingIDs: true, file: article.path)
        let title = article.title.map { $0.allSatisfy(\.isWhitespace) ? source.slug : $0 } ?? source.slug
        var blocks = article.blocks
        let hasTopHeading = blocks.contains { if case .heading(let h) = $0 { h.level == 1 } else { false } }
        if !hasTopHeading {
            blocks.insert(.heading(Heading(level: 1, anchor: nil, inlines: [.text(Text(title, range: .unknown))], range: .unknown)), at: 0)
        }
        renderer.blocks(blocks)
        let body = PageHTML(renderer.takeBuffer())

        let hasGuide = !graph.nodes.isEmpty
        var guide = PageHTML(HTMLBuffer()), graphJSON = ""
        if hasGuide {
            // The guided sections repeat the article's blocks, so their warnings are ones the
            // article already gave and are not reported twice.
            var copy = ArticleHTML(strings: strings, links: links, headingIDs: false, file: article.path)
            let panel = GuidedPanel(graph: graph, strings: strings)
            guide = PageHTML(panel.sections(using: &copy))
            graphJSON = panel.json()
        }
        let warnings = renderer.warnings
        for link in graph.allLinks where !link.isInPage { links.dependsOn(href: link.href) }

        let locales = site.pages[source.slug] ?? [source.locale]
        let languages: [[String: Any]] = locales.map { locale in
            [
                "hreflang": locale,
                "href": site.url("\(locale)/\(SiteLinks.segment(source.slug))/index.html", from: "../../"),
                "name": site.strings(for: locale).string("site.language-name"),
                "nameLang": site.strings(for: locale).localizer.locale,
                "current": locale == source.locale,
            ]
        }
        var context = site.pageContext(strings: strings, root: "../../")
        context["title"] = title
        context["body"] = body
        context["alternates"] = languages
        context["languages"] = languages
        context["hasLanguages"] = locales.count > 1
        context["hasGuide"] = hasGuide
        context["guide"] = guide
        context["graph"] = graphJSON
        let html = site.templates.renderBytes("article", context, raw: ["body", "guide", "graph"])
        let summary = PageSummary(
            slug: source.slug, title: title, tasks: graph.tasks.count,
            steps: graph.nodes.reduce(0) { $0 + ($1.kind == .step ? 1 : 0) },
            text: SearchText.of(blocks))
        return (html, warnings, summary, log.queries)
    }
}

/// The includes an article's blocks were read from, nested ones too, as page dependencies
/// (`PageInputs.dependency(including:)`).
struct IncludedFiles: ArticleWalker {
    let includePolicy = IncludePolicy.descend
    var dependencies: [String] = []

    static func of(_ article: Article) -> [String] {
        var walker = IncludedFiles()
        walker.walk(article.blocks)
        return walker.dependencies
    }

    mutating func visitInclude(_ include: Include) {
        dependencies.append(PageInputs.dependency(including: include))
        walk(include.children)
    }
}

/// Readable text of blocks for the search index, words separated by single spaces, kept as the
/// UTF-8 it is made as: an export hashes it and writes it into the index, and an unchanged
/// re-export reads every page's from its cache only to compare them, so no String is made (and
/// its UTF-8 checked again) until an index is written.
struct SearchText: Sendable, Equatable {
    private(set) var utf8: [UInt8]

    init(_ text: String) { utf8 = Array(text.utf8) }

    /// As the export cache holds it. Bytes a damaged cache spoiled read as U+FFFD in `string`.
    init(cached bytes: ArraySlice<UInt8>) { utf8 = Array(bytes) }

    private init(utf8: [UInt8]) { self.utf8 = utf8 }

    var string: String { String(decoding: utf8, as: UTF8.self) }

    static func of(_ blocks: [Block]) -> SearchText {
        var out: [UInt8] = []
        append(blocks, to: &out)
        if out.last == UInt8(ascii: " ") { out.removeLast() }
        return SearchText(utf8: out)
    }

    private static func append(_ blocks: [Block], to out: inout [UInt8]) {
        for b in blocks {
            switch b {
            case .codeBlock(let c): words(c.code, to: &out)
            case .html, .thematicBreak, .video: break
            default:
                words(b.inlines.plainText, to: &out)
                append(b.children, to: &out)
            }
        }
    }

    /// ASCII whitespace runs become one space: what separates words in every language here.
    private static func words(_ s: String, to out: inout [UInt8]) {
        for u in s.utf8 {
            if u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D || u == 0x0C {
                if let last = out.last, last != UInt8(ascii: " ") { out.append(UInt8(ascii: " ")) }
            } else {
                out.append(u)
            }
        }
        if let last = out.last, last != UInt8(ascii: " ") { out.append(UInt8(ascii: " ")) }
    }
}
