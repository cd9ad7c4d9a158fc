import StepwiseArticle
import Testing
@testable import StepwiseFlow

@Suite struct StabilityTests {
    /// The same structure in two languages, links localized the way translated articles localize them.
    private func sample(_ words: [String], locale: String, linkLocale: String) -> Article {
        article(
            heading(1, words[0]),
            boldHeading(words[1]),
            ol(items: [
                [para(words[2])],
                [para(words[3]),
                 callout(.important, para(text(words[4]), link(words[5], "/microsoft-365/admin/contact-support")))],
            ]),
            heading(2, words[6]),
            para(text(words[7]), link(words[8], "https://support.microsoft.com/\(linkLocale)/office/help?ui=\(linkLocale)")),
            title: words[0], path: "Content/\(locale)/sample.md", locale: locale)
    }

    @Test func parallelTranslationsShareIdsAndEdges() {
        let en = build(sample(["Title", "Task", "Open.", "Select.", "If not, ", "call us", "About", "See ", "help"],
                              locale: "en-US", linkLocale: "en-us"), knownSlugs: ["contact-support"])
        let lv = build(sample(["Virsraksts", "Uzdevums", "Atveriet.", "Atlasiet.", "Ja nē, ", "zvaniet", "Par", "Skatiet ", "palīdzība"],
                              locale: "lv-LV", linkLocale: "lv-lv"), knownSlugs: ["contact-support"])
        #expect(en.nodeIDs == lv.nodeIDs)
        #expect(en.edgeList == lv.edgeList)
        #expect(en.tasks.map(\.steps) == lv.tasks.map(\.steps))
        #expect(en.start == lv.start)
        #expect(en.nodeIDs.contains("x.contact-support"))
    }

    @Test func rebuildingGivesTheSameGraphAndBytes() {
        let a = sample(["T", "A", "b", "c", "d", "e", "f", "g", "h"], locale: "en-US", linkLocale: "en-us")
        let first = build(a), second = build(a)
        #expect(first == second)
        #expect(first.json() == second.json())
        #expect(first.dot() == second.dot())
        #expect(first.mermaid() == second.mermaid())
    }
}
