import Testing
import StepwiseArticle
@testable import StepwiseTerminal

@Suite struct WrappingTests {
    @Test(arguments: [20, 40, 80])
    func paragraphsWrapWithinWidth(width: Int) {
        for color in [false, true] {
            let out = renderer(width: width, color: color).render([para(t(latvianSentence))])
            let shown = visibleLines(out)
            #expect(shown.count > 1 || width == 80 && shown.count <= 3)
            for line in shown { #expect(DisplayWidth.of(line) <= width, "\(line)") }
            #expect(shown.joined(separator: " ") == latvianSentence.trimmingSpaces)
        }
    }

    @Test(arguments: [20, 40])
    func wrapsGreedily(width: Int) {
        let shown = visibleLines(renderer(width: width).render([para(t(latvianSentence))]))
        // No line could have taken the next line's first word.
        for (a, b) in zip(shown, shown.dropFirst()) {
            let next = b.split(separator: " ").first.map(String.init) ?? ""
            #expect(DisplayWidth.of(a) + 1 + DisplayWidth.of(next) > width, "\(a) | \(next)")
        }
    }

    @Test func longWordsAreCutByGrapheme() {
        let word = String(repeating: "ā\u{0304}b", count: 1) + String(repeating: "Pārslēgšanās", count: 5)
        let shown = visibleLines(renderer(width: 20).render([para(t("Sākums "), t(word), t(" beigas"))]))
        #expect(shown.first == "Sākums")
        for line in shown { #expect(DisplayWidth.of(line) <= 20) }
        let middle = shown.dropFirst().joined()
        #expect(middle.hasPrefix(word))
        #expect(shown.last!.hasSuffix("beigas"))
        // Cut between clusters: the decomposed ā never loses its macron.
        #expect(!shown.contains { $0.unicodeScalars.first == "\u{0304}" })
    }

    @Test func decomposedTextMeasuresLikeComposed() {
        let composed = Array(repeating: "āčē", count: 12).joined(separator: " ")
        let decomposed = Array(repeating: "a\u{0304}c\u{030C}e\u{0304}", count: 12).joined(separator: " ")
        let a = visibleLines(renderer(width: 20).render([para(t(composed))]))
        let b = visibleLines(renderer(width: 20).render([para(t(decomposed))]))
        #expect(a.map { $0.count } == b.map { $0.count })
        #expect(a.map { DisplayWidth.of($0) } == b.map { DisplayWidth.of($0) })
        #expect(a.map { DisplayWidth.of($0) } == [19, 19, 7])
    }

    @Test func wideCharactersNeverOverflowAnOddWidth() {
        let text = "日本語のテキストは空白なしで折り返されます。" + " 한국어 텍스트도 마찬가지입니다"
        let shown = visibleLines(renderer(width: 9).render([para(t(text))]))
        for line in shown { #expect(DisplayWidth.of(line) <= 9, "\(line)") }
        #expect(shown.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test func breaks() {
        let out = renderer(width: 80).render([para(t("viens"), soft, t("divi"), hard, t("trīs"))])
        #expect(out == "viens divi\ntrīs\n")
    }

    @Test func spacesCollapseAndNeverLeadOrTrail() {
        let out = renderer(width: 10).render([para(t("  aaaa    bbbb   cccc  "))])
        #expect(lines(out) == ["aaaa bbbb", "cccc"])
    }

    @Test func colorNeverBleedsAcrossLines() {
        let p = para(t("Sākums "), strong(t("ļoti garš treknrakstā rakstīts teksts, kas turpinās")), t(" "),
                     em(t("un slīpraksts arī")), t(" "), code("kods ar atstarpēm"))
        let out = renderer(width: 20, color: true).render([p])
        for line in lines(out) where line.contains("\u{1B}") {
            #expect(line.hasSuffix("\u{1B}[0m"), "\(line.debugDescription)")
        }
        let shown = visibleLines(out)
        for line in shown { #expect(DisplayWidth.of(line) <= 20) }
        // Each wrapped part of the bold run starts bold again.
        let boldLines = lines(out).filter { $0.contains("treknrakstā") || $0.contains("turpinās") }
        for line in boldLines { #expect(line.contains("\u{1B}[0;1m")) }
        #expect(!out.contains("`"))
    }

    @Test func noEscapesWithoutColor() {
        let a = article(title: "Virsraksts",
            heading(2, t("Sadaļa")),
            para(strong(t("treknraksts")), t(" "), em(t("slīpraksts")), t(" "), code("kods"), t(" "),
                 link("https://example.com", t("saite")), t(" "), uiPath([strong(t("A"))], [], [t("B")]),
                 t(" "), image("a.png", alt: "attēls")),
            bullets(item(para(t("viens")), callout(.warning, para(t("uzmanīgi"))))),
            table([.left, .right], header: [cell(t("A")), cell(t("B"))], rows: [[cell(t("1")), cell(t("2"))]]),
            codeBlock("echo 1\n"),
            .thematicBreak(.unknown),
            .video(Video(url: "https://example.com/v", range: .unknown)))
        for links in [ArticleRenderer.LinkStyle.footnotes, .hyperlinks] {
            let out = renderer(width: 40, color: false, links: links).render(a)
            #expect(!out.contains("\u{1B}"))
            #expect(!hasControl(out))
            #expect(out.contains("saite [1]"))
        }
    }
}

extension String {
    var trimmingSpaces: String {
        split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
