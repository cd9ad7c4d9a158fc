import StepwiseArticle
import StepwiseFlow

/// What the locale index and search index need from an exported article.
struct PageSummary: Sendable {
    var slug: String
    var title: String
    var tasks: Int
    var steps: Int
    var text: String
}

/// One article page: the article as HTML, its guided mode, alternates and language switcher.
struct ArticlePage {
    let site: SiteContext
    let source: SiteSource
    let article: Article
    let graph: StepGraph
    let boundSteps: Set<String>

    func render() -> (html: String, warnings: [SiteWarning], summary: PageSummary) {
        let strings = site.strings(for: source.locale)
        let links = SiteLinks(links: site.links, pages: site.pages, locale: source.locale, root: "../../")
        var renderer = ArticleHTML(strings: strings, links: links, headingIDs: true, file: article.path)
        let title = article.title.map { $0.allSatisfy(\.isWhitespace) ? source.slug : $0 } ?? source.slug
        var blocks = article.blocks
        let hasTopHeading = blocks.contains { if case .heading(let h) = $0 { h.level == 1 } else { false } }
        if !hasTopHeading {
            blocks.insert(.heading(Heading(level: 1, anchor: nil, inlines: [.text(Text(title, range: .unknown))], range: .unknown)), at: 0)
        }
        renderer.blocks(blocks)
        let body = renderer.takeHTML()

        let hasGuide = !graph.nodes.isEmpty
        var guide = "", graphJSON = ""
        var warnings = renderer.warnings
        if hasGuide {
            var copy = ArticleHTML(strings: strings, links: links, headingIDs: false, file: article.path)
            let panel = GuidedPanel(graph: graph, strings: strings, boundSteps: boundSteps)
            guide = panel.sections(using: &copy)
            graphJSON = panel.json()
            // The guided copies repeat the article's links; their warnings are the same ones.
            _ = copy.warnings
        }
        warnings = Array(Set(warnings)).sorted { ($0.file, $0.position) < ($1.file, $1.position) }

        let locales = site.pages[source.slug] ?? [source.locale]
        let languages: [[String: Any]] = locales.map { locale in
            [
                "hreflang": locale,
                "href": site.url("\(locale)/\(source.slug)/index.html", from: "../../"),
                "name": site.strings(for: locale).string("site.language-name"),
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
        let html = site.templates.render("article", context)
        let summary = PageSummary(
            slug: source.slug, title: title, tasks: graph.tasks.count,
            steps: graph.nodes.reduce(0) { $0 + ($1.kind == .step ? 1 : 0) },
            text: SearchText.of(blocks))
        return (html, warnings, summary)
    }
}

/// Readable text of blocks for the search index: words separated by single spaces.
enum SearchText {
    static func of(_ blocks: [Block]) -> String {
        var out = ""
        append(blocks, to: &out)
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func append(_ blocks: [Block], to out: inout String) {
        for b in blocks {
            switch b {
            case .codeBlock(let c): out += c.code; out += " "
            case .html, .thematicBreak, .video: break
            default:
                out += b.inlines.plainText; out += " "
                append(b.children, to: &out)
            }
        }
    }
}
