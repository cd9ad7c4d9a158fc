import Testing
import StepwiseArticle
@testable import StepwiseTerminal

@Suite struct LinkRenderingTests {
    let text = para(t("Skatiet "), link("https://learn.microsoft.com/a", t("šo rakstu")), t(" un "),
                    link("https://learn.microsoft.com/a", t("to pašu")), t(" un "),
                    link("https://learn.microsoft.com/b", em(t("citu"))), t("."))

    @Test func footnotesNumberEachURLOnce() {
        #expect(lines(renderer().render([text])) == [
            "Skatiet šo rakstu [1] un to pašu [1] un citu [2].",
            "",
            "Saites",
            "──────",
            "[1] https://learn.microsoft.com/a",
            "[2] https://learn.microsoft.com/b",
        ])
    }

    @Test func footnoteMarkersStayWithTheirLinkAndAlign() {
        let many = (1...10).flatMap { [link("https://x.lv/\($0)", t("saite\($0)")), t(" ")] }
        let out = renderer(width: 12).render([.paragraph(Paragraph(inlines: many, range: .unknown))])
        #expect(lines(out).prefix(2) == ["saite1 [1]", "saite2 [2]"])
        #expect(out.contains("\n [9] https://x.lv/9\n[10] https://x.lv/10\n"))
        let p = para(t("Skatiet rakstu "), link("https://x.lv", t("Licences")))
        #expect(lines(renderer(width: 20).render([p])).prefix(2) == ["Skatiet rakstu", "Licences [1]"])
    }

    @Test func autolinksAndEmptyLabelsShowTheAddressOnce() {
        let p = para(link("https://x.lv", t("https://x.lv")), t(" "), link("mailto:a@x.lv", t("a@x.lv")), t(" "), link("https://y.lv"))
        #expect(renderer().render([p]) == "https://x.lv a@x.lv https://y.lv\n")
    }

    @Test func osc8OnATerminal() {
        let out = renderer(color: true, links: .hyperlinks).render([text])
        let open = "\u{1B}]8;;https://learn.microsoft.com/a\u{1B}\\"
        let close = "\u{1B}]8;;\u{1B}\\"
        #expect(out.contains(open + "\u{1B}[0;4;34mšo rakstu" + close))
        #expect(out.contains("\u{1B}]8;;https://learn.microsoft.com/b\u{1B}\\"))
        #expect(!out.contains("[1]") && !out.contains("Saites"))
        #expect(visibleLines(out) == ["Skatiet šo rakstu un to pašu un citu."])
    }

    @Test func osc8IsClosedAndReopenedAcrossWrappedLines() {
        let p = para(link("https://x.lv", t("ļoti gara saite pāri vairākām rindām")))
        let out = renderer(width: 15, color: true, links: .hyperlinks).render([p])
        for line in lines(out) {
            #expect(line.hasPrefix("\u{1B}]8;;https://x.lv\u{1B}\\"))
            #expect(line.hasSuffix("\u{1B}]8;;\u{1B}\\\u{1B}[0m"))
        }
    }

    @Test func hyperlinksNeedColor() {
        let out = renderer(color: false, links: .hyperlinks).render([text])
        #expect(!out.contains("\u{1B}"))
        #expect(out.contains("šo rakstu [1]"))
    }

    @Test func relativeAndOddSchemesFallBackToFootnotes() {
        let p = para(link("/microsoft-365/admin/contact-support", t("zvaniet")), t(" "), link("javascript:alert(1)", t("x")),
                     t(" "), link("https://lv.wikipedia.org/wiki/Rīga", t("Rīga")))
        let out = renderer(color: true, links: .hyperlinks).render([p])
        let shown = visibleLines(out)
        #expect(shown.contains("[1] /microsoft-365/admin/contact-support"))
        #expect(shown.contains("[2] javascript:alert(1)"))
        #expect(out.contains("\u{1B}]8;;https://lv.wikipedia.org/wiki/R%C4%ABga\u{1B}\\"))
    }

    @Test func hyperlinkTargets() {
        #expect(Hyperlink.target("https://a.lv/x?y=1&z=2#f") == "https://a.lv/x?y=1&z=2#f")
        #expect(Hyperlink.target("HTTPS://a.lv") == "HTTPS://a.lv")
        #expect(Hyperlink.target("mailto:a@b.lv") == "mailto:a@b.lv")
        #expect(Hyperlink.target("https://a.lv/a b\\c") == "https://a.lv/a%20b%5Cc")
        #expect(Hyperlink.target("https://a.lv/\u{1B}\\") == nil)
        #expect(Hyperlink.target("https://a.lv/\u{07}") == nil)
        #expect(Hyperlink.target("https://a.lv/\u{9C}") == nil)
        #expect(Hyperlink.target("https://a.lv/\u{202E}") == nil)
        #expect(Hyperlink.target("https://a.lv/\n") == nil)
        #expect(Hyperlink.target("file:///etc/passwd") == nil)
        #expect(Hyperlink.target("/relative") == nil)
        #expect(Hyperlink.target("https://a.lv/" + String(repeating: "x", count: 3000)) == nil)
    }
}
