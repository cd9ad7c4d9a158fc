import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale
import Testing
@testable import StepwiseSite

/// Markdown through the real parser into article HTML.
@Suite struct RenderingTests {
    static let strings = SiteStrings(localizer: try! Localizer(locale: "lv-LV", folder: Repo.locales))

    func html(_ markdown: String, known: [String: [String]] = [:]) throws -> (String, [SiteWarning]) {
        let article = try ArticleParser(options: .init(calloutLabels: Repo.labels)).parse(bytes: Array(markdown.utf8), path: "/x/lv-LV/a.md")
        let links = SiteLinks(links: ArticleLinks(options: StepGraphOptions(knownSlugs: Set(known.keys))), pages: known, locale: "lv-LV", root: "../../")
        var renderer = ArticleHTML(strings: Self.strings, links: links, headingIDs: true, file: article.path)
        renderer.blocks(article.blocks)
        return (renderer.takeBuffer().string, renderer.warnings)
    }

    @Test func tablesAlignByClassNotStyle() throws {
        let (out, _) = try html("| a | b | c |\n|:--|:-:|--:|\n| 1 | **2** | 3 |\n")
        #expect(out.contains("<th class=\"align-left\">a</th>\n<th class=\"align-center\">b</th>\n<th class=\"align-right\">c</th>"))
        #expect(out.contains("<td class=\"align-center\"><strong>2</strong></td>"))
        #expect(!out.contains("style="))
    }

    /// Repeats are numbered `-1`, `-2`… as DocFX numbers them.
    @Test func headingIDsAreUniqueAndWithoutSpaces() throws {
        let (out, _) = try html("## Sākums\n\n## Sākums\n\n## <a name=\"a b\"></a>Cits\n")
        #expect(out.contains("<h2 id=\"sākums\">Sākums</h2>\n<h2 id=\"sākums-1\">Sākums</h2>\n<h2 id=\"a-b\"><span id=\"cits\"></span>Cits</h2>"))
    }

    @Test func listsKeepTheirStartAndTightness() throws {
        let (out, _) = try html("3. viens\n4. divi\n\n- a\n\n- b\n")
        #expect(out.contains("<ol start=\"3\">\n<li>viens\n</li>"))
        #expect(out.contains("<ul>\n<li>\n<p>a</p>\n</li>"))
    }

    @Test func calloutsUiPathsAndCode() throws {
        let (out, _) = try html("> [!WARNING]\n> Uzmanīgi.\n\nAtlasiet **Fails** > **Opcijas**.\n\n```sh\necho <x>\n```\n")
        #expect(out.contains("<aside class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">Brīdinājums</p>\n<p>Uzmanīgi.</p>\n</aside>"))
        #expect(out.contains("<span class=\"ui-path\"><span class=\"ui\"><strong>Fails</strong></span><span class=\"ui-path-separator\"> › </span><span class=\"ui\"><strong>Opcijas</strong></span></span>"))
        #expect(out.contains("<pre><code class=\"language-sh\">echo &lt;x&gt;\n</code></pre>"))
    }

    @Test func linksToExportedArticlesOpenTheirPages() throws {
        let known = ["b": ["en-US", "lv-LV"], "c": ["en-US"]]
        let (out, _) = try html("[B](../b.md#sadala) [C](/docs/c) [D](d.md) [E]() [F](#vieta)", known: known)
        #expect(out.contains("<a href=\"../../lv-LV/b/index.html#sadala\">B</a>"))
        #expect(out.contains("<a href=\"../../en-US/c/index.html\">C</a>"))
        #expect(out.contains("<a href=\"https://learn.microsoft.com/d\" rel=\"noopener\">D</a>"))
        #expect(out.contains(" E <a href=\"#vieta\">F</a>"))
    }

    @Test func nestedEmphasisIsFlattenedAndRawHTMLDropped() throws {
        let (out, _) = try html("*a *b* c* and x<br>y <span>z</span>\n")
        #expect(out.contains("<em>a b c</em>"))
        #expect(out.contains("x<br>y z"))
        #expect(!out.contains("<span>"))
    }

    @Test func imagesAndVideosBecomeLinks() throws {
        let (out, warnings) = try html("![Ekrāns](media/a.png)\n\n> [!VIDEO https://example.com/v]\n\n![x](data:image/png;base64,AA==)\n")
        #expect(out.contains("<a class=\"image\" href=\"https://learn.microsoft.com/media/a.png\" rel=\"noopener\">Attēls: Ekrāns</a>"))
        #expect(out.contains("<p class=\"video\"><a href=\"https://example.com/v\" rel=\"noopener\">Videoklips: https://example.com/v</a></p>"))
        #expect(out.contains("<span class=\"image\">Attēls: x</span>"))
        #expect(warnings.map(\.position) == [SourcePosition(line: 5, column: 1)])
    }
}

@Suite struct LocaleIndexOrderTests {
    /// The sort bridges each title once; it must order exactly as comparing the strings does,
    /// in the locale's alphabet (Latvian puts č after c and š after s), case ignored, then by slug.
    @Test func titlesSortInTheLocalesOrderThenBySlug() {
        let titles = ["Šifrēšana", "sinhronizācija", "Čats", "cilnes", "Ābols", "apakšmapes", "zīmes", "Zīmes", "Dators", "dators", "Ēnas", "ekrāns"]
        let summaries = titles.enumerated().map { PageSummary(slug: "s\(titles.count - $0.offset)", title: $0.element, tasks: 0, steps: 0, text: SearchText("")) }
        let l = Locale(identifier: "lv-LV")
        let expected = summaries.sorted {
            let c = $0.title.compare($1.title, options: [.caseInsensitive], range: nil, locale: l)
            return c == .orderedSame ? $0.slug < $1.slug : c == .orderedAscending
        }
        let sorted = SiteExporter.byTitle(summaries, locale: "lv-LV")
        #expect(sorted.map(\.slug) == expected.map(\.slug))
        #expect(sorted.firstIndex { $0.title == "cilnes" }! < sorted.firstIndex { $0.title == "Čats" }!)
        #expect(sorted.firstIndex { $0.title == "sinhronizācija" }! < sorted.firstIndex { $0.title == "Šifrēšana" }!)
    }

    /// The collation keys order every title and heading of the corpus as comparing them does.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Repo.corpus), "no ../shared/corpus"),
          .enabled(if: TitleCollation.keys(["a"], locale: "en-US") != nil, "no ICU to make collation keys with"),
          arguments: ["en-US", "lv-LV"])
    func collationKeysOrderTheCorpusAsComparisonDoes(_ locale: String) throws {
        let titles = Self.corpusTitles()
        try #require(titles.count > 2000, "corpus not found at \(Repo.corpus)")
        try #require(TitleCollation.keys(titles, locale: locale) != nil)
        let summaries = titles.enumerated().map { PageSummary(slug: "s\($0.offset)", title: $0.element, tasks: 0, steps: 0, text: SearchText("")) }
        #expect(SiteExporter.byTitle(summaries, locale: locale).map(\.slug) == SiteExporter.byTitleComparing(summaries, locale: locale).map(\.slug))
    }

    /// Front matter titles and `# ` headings, as written.
    static func corpusTitles() -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: Repo.corpus) else { return [] }
        var titles: [String] = []
        while let path = walk.nextObject() as? String {
            guard path.hasSuffix(".md"), let text = try? String(contentsOfFile: Repo.corpus + "/" + path, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                if line.hasPrefix("title: ") { titles.append(String(line.dropFirst(7)).trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))) }
                if line.hasPrefix("# ") { titles.append(String(line.dropFirst(2))) }
            }
        }
        return titles
    }
}
