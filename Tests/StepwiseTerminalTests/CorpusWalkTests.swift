import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale
import StepwiseWizard
import Testing
@testable import StepwiseTerminal

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let corpusRoot = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")

/// The walk is the promise: over every article of `../shared/corpus`, whoever follows the walk
/// (every task from the picker, every step, to the end screen) meets every word `show` prints,
/// at least as many times as `show` prints it,
/// and every item of every numbered procedure as a step. Both sides are drawn by the renderers
/// the reader sees (`show`'s and the wizard's, as on a terminal), at a width where nothing
/// wraps, so a word counts as met only where the walk really draws it. Links are OSC 8
/// hyperlinks there, which keeps footnote numbers (counted per screen) out of the words.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: corpusRoot.path), "no ../shared/corpus"))
struct CorpusWalkTests {
    struct Totals: CustomStringConvertible {
        var articles = 0, articlesLosingWords = 0, distinctWords = 0, lostWords = 0
        var articlesWithProcedure = 0, articlesWithItemsNotSteps = 0, numberedItems = 0, itemsNotSteps = 0
        var description: String {
            "walk totals: \(articles) articles; \(articlesLosingWords) lose words in the walk "
                + "(\(lostWords) of \(distinctWords) distinct words of the corpus never shown); "
                + "\(articlesWithProcedure) have a numbered procedure, \(articlesWithItemsNotSteps) walk some of its items "
                + "as something other than steps (\(itemsNotSteps) of \(numberedItems) numbered items)"
        }
    }

    @Test func everyWordAndEveryNumberedItemReachesTheWalk() throws {
        let root = corpusRoot.path
        let paths = (FileManager.default.subpaths(atPath: root) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix("README.md") }.sorted().map { root + "/" + $0 }
        try #require(paths.count > 1500, "the corpus must be at \(root)")

        let locales = repository.appendingPathComponent("Sources/StepwiseLocale/Catalogs")
        let parser = ArticleParser(options: .init(calloutLabels: CalloutLabels(words: LocaleFolder.calloutLabelWords(in: locales))))
        let localizers = try ["en-US", "lv-LV"].reduce(into: [String: Localizer]()) {
            $0[$1] = try Localizer(locale: $1, folder: locales)
        }
        var totals = Totals()
        var corpusWords: Set<String> = [], lostWords: Set<String> = []
        var failures: [String] = []

        for path in paths {
            let article = try parser.parse(contentsOf: path)
            let graph = StepGraphBuilder().build(article)
            let localizer = localizers[graph.article.locale?.hasPrefix("lv") == true ? "lv-LV" : "en-US"]!
            totals.articles += 1

            let shown = Self.words(ArticleRenderer(width: 1000, color: true, links: .hyperlinks,
                                                   strings: RenderStrings(localizer: localizer)).render(article))
            let walked = try Self.words(Self.walk(graph, localizer: localizer).joined(separator: "\n"))
            let (lost, fewer) = Self.compare(shown: shown, walked: walked)
            corpusWords.formUnion(shown.keys)
            lostWords.formUnion(lost)
            if !lost.isEmpty || !fewer.isEmpty {
                totals.articlesLosingWords += 1
                failures.append("\(path): \(lost.count) words never shown in the walk, such as \(lost.sorted().prefix(8)); "
                                + "\(fewer.count) shown fewer times than by show, such as \(fewer.prefix(8))")
            }

            let items = Self.numberedItems(article.blocks)
            let walkedAsSteps = Self.itemsWalkedAsSteps(graph)
            let notSteps = items.filter { !walkedAsSteps.contains($0.range) }
            if !items.isEmpty { totals.articlesWithProcedure += 1 }
            totals.numberedItems += items.count
            totals.itemsNotSteps += notSteps.count
            if !notSteps.isEmpty {
                totals.articlesWithItemsNotSteps += 1
                failures.append("\(path): numbered items not walked as steps at lines \(notSteps.map(\.range.start.line))")
            }
        }
        totals.distinctWords = corpusWords.count
        totals.lostWords = lostWords.count
        print(totals)
        #expect(failures.isEmpty, "\(failures.count) problems; first: \(failures.prefix(20).joined(separator: "\n"))")
    }

    /// The measure can fail: a graph that loses a closing paragraph, or repeats a word less
    /// often than the article, is caught.
    @Test func theMeasureSeesALostSentence() throws {
        let text = "---\ntitle: Sample\n---\n# Sample\n\n1. Open the page.\n2. Save the page.\n\nThe page is saved.\n\n- Open it again later.\n"
        let article = try ArticleParser().parse(bytes: Array(text.utf8), path: "en-US/sample.md")
        let localizer = try Localizer(locale: "en-US", folder: repository.appendingPathComponent("Sources/StepwiseLocale/Catalogs"))
        let shown = Self.words(ArticleRenderer(width: 1000, color: true, links: .hyperlinks, strings: RenderStrings(localizer: localizer)).render(article))
        var graph = StepGraphBuilder().build(article)
        #expect(graph.node("t1.close") != nil)
        let whole = try Self.words(Self.walk(graph, localizer: localizer).joined(separator: "\n"))
        let clean = Self.compare(shown: shown, walked: whole)
        #expect(clean.lost.isEmpty && clean.fewer.isEmpty)
        graph.nodes = graph.nodes.map { node in
            var node = node
            if node.id == "t1.close" { node.blocks = Array(node.blocks.suffix(1)) }
            return node
        }
        let lossy = Self.compare(shown: shown, walked: try Self.words(Self.walk(graph, localizer: localizer).joined(separator: "\n")))
        #expect(lossy.lost.contains("saved"))
        #expect(lossy.fewer.contains("page") && lossy.fewer.contains("The"))
    }

    /// Words `show` prints that the walk never shows, and words it shows fewer times. Counted,
    /// not only seen: a dropped sentence whose words all occur elsewhere in the article still
    /// leaves the walk with fewer of them. Bare numbers need only appear: `show` prints list
    /// markers (`2.`) that a step's screen says as "step 2 of 5".
    static func compare(shown: [String: Int], walked: [String: Int]) -> (lost: Set<String>, fewer: [String]) {
        let lost = Set(shown.filter { walked[$0.key, default: 0] == 0 }.keys)
        let fewer = shown.filter { $0.key.contains(where: \.isLetter) && walked[$0.key, default: 0] < $0.value }.keys.sorted()
        return (lost, fewer)
    }

    /// Every screen of every walk: the start, then each task from the picker followed with
    /// `next` to the end. The end screen's recap of the path is left out: it repeats step texts
    /// and must not hide a step that failed to show them.
    static func walk(_ graph: StepGraph, localizer: Localizer) throws -> [String] {
        let article = WizardArticle(graph: graph, locale: graph.article.locale ?? "en-US", contentHash: "")
        let source = ClosureArticleSource { slug, _ in
            guard slug == graph.article.slug else { throw WizardSourceError.notFound(slug: slug, locale: "") }
            return article
        }
        var wizard = try Wizard(slug: graph.article.slug, locale: article.locale, source: source)
        let renderer = WizardScreenRenderer(localizer: localizer, width: 1000, color: true, input: .lines)
        func draw(_ screen: WizardScreen) -> String {
            var screen = screen
            screen.summary?.path = []
            return renderer.render(screen)
        }
        var out = [draw(wizard.screen)]
        func follow() {
            var moves = 0
            while wizard.screen.commands.contains(.next), moves <= graph.nodes.count {
                out.append(draw(wizard.handle(.next)))
                moves += 1
            }
        }
        if wizard.screen.kind == .choice {
            for number in wizard.screen.choices.indices.map({ $0 + 1 }) {
                wizard.handle(.restart)
                out.append(draw(wizard.handle(.choose(number))))
                follow()
            }
        } else {
            follow()
        }
        return out
    }

    /// Words of what a terminal shows: escape sequences (SGR, OSC 8 with its URL) left out, and
    /// footnote marks (`[3]`, for links a terminal cannot open), which count per screen.
    static func words(_ text: String) -> [String: Int] {
        let visible = text.replacing(/\u{1B}\][^\u{07}\u{1B}]*(\u{07}|\u{1B}\\)/, with: "")
            .replacing(/\u{1B}\[[0-9;?]*[ -\/]*[@-~]/, with: "")
            .replacing(/\[[0-9]+\]/, with: " ")
        var words: [String: Int] = [:], word = ""
        for c in visible {
            if c.isLetter || c.isNumber { word.append(c) } else if !word.isEmpty { words[word, default: 0] += 1; word = "" }
        }
        if !word.isEmpty { words[word, default: 0] += 1 }
        return words
    }

    /// The items of every numbered list of two or more items, at any depth (includes spliced in).
    static func numberedItems(_ blocks: [Block]) -> [ListItem] {
        var items: [ListItem] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                if case .list(let l) = block, l.isOrdered, l.items.count >= 2 { items += l.items }
                if case .list(let l) = block { for item in l.items { visit(item.children) } } else { visit(block.children) }
            }
        }
        visit(blocks)
        return items
    }

    /// Steps themselves, and sub-steps inside a step's own blocks (shown on that step's screen).
    static func itemsWalkedAsSteps(_ graph: StepGraph) -> Set<SourceRange> {
        var ranges: Set<SourceRange> = []
        for node in graph.nodes where node.kind == .step {
            if let range = node.range { ranges.insert(range) }
            for item in numberedItems(node.blocks) { ranges.insert(item.range) }
        }
        return ranges
    }
}
