import Testing
import StepwiseArticle
@testable import StepwiseTerminal

@Suite struct BlockRenderingTests {
    @Test func headingsStandOutWithoutColor() {
        let out = renderer(width: 40).render([heading(1, t("Abonementa aktivizēšana")), heading(2, t("Sadaļa")), heading(3, t("Apakšsadaļa"))])
        #expect(lines(out) == [
            "Abonementa aktivizēšana", String(repeating: "═", count: 23), "",
            "Sadaļa", "──────", "",
            "Apakšsadaļa", "───────────",
        ])
    }

    @Test func headingsAreStyledWithColor() {
        let out = renderer(width: 40, color: true).render([heading(1, t("Virsraksts")), heading(2, t("Sadaļa"))])
        #expect(lines(out) == ["\u{1B}[0;1;4mVirsraksts\u{1B}[0m", "", "\u{1B}[0;1mSadaļa\u{1B}[0m"])
    }

    @Test func articleTitleFromFrontMatterOnlyWithoutTopHeading() {
        let a = article(title: "No metadatiem", para(t("Teksts.")))
        #expect(lines(renderer().render(a)).prefix(2) == ["No metadatiem", "═════════════"])
        let b = article(title: "No metadatiem", heading(1, t("Savs")), para(t("Teksts.")))
        #expect(!renderer().render(b).contains("No metadatiem"))
    }

    @Test func numberedListsHangAndKeepTheirStart() {
        let out = renderer(width: 30).render([numbered(start: 9,
            item(para(t("Atlasiet Citas darbības un pēc tam atlasiet Atkārtoti aktivizēt."))),
            item(para(t("Gatavs."))))])
        #expect(lines(out) == [
            " 9. Atlasiet Citas darbības un",
            "    pēc tam atlasiet Atkārtoti",
            "    aktivizēt.",
            "10. Gatavs.",
        ])
    }

    @Test func bulletsNestAndLooseListsAreSpaced() {
        let nested = bullets(item(para(t("iekšā"))), item(para(t("arī"))))
        let out = renderer(width: 40).render([bullets(item(para(t("ārā")), nested), item(para(t("otrs"))), tight: false)])
        #expect(lines(out) == ["• ārā", "", "  ◦ iekšā", "  ◦ arī", "", "• otrs"])
        let tight = renderer(width: 40).render([bullets(item(para(t("ārā")), nested), item(para(t("otrs"))))])
        #expect(lines(tight) == ["• ārā", "  ◦ iekšā", "  ◦ arī", "• otrs"])
    }

    @Test func blockQuotesHaveAGutter() {
        let out = renderer(width: 20).render([quote(para(t("Citāts, kas ir pietiekami garš.")), para(t("Otrs.")))])
        #expect(lines(out) == ["│ Citāts, kas ir", "│ pietiekami garš.", "│", "│ Otrs."])
    }

    @Test func calloutIsBoxedUnderItsLocalizedTitle() {
        let out = renderer(width: 30).render([callout(.important, para(t("Ja neredzat iespēju, zvaniet atbalsta dienestam.")))])
        #expect(lines(out) == [
            top("Svarīgi", 30),
            boxed("Ja neredzat iespēju,", 30),
            boxed("zvaniet atbalsta", 30),
            boxed("dienestam.", 30),
            bottom(30),
        ])
        #expect(lines(out)[0] == "┌─ Svarīgi ──────────────────┐")
        for kind in CalloutKind.allCases {
            let o = renderer(width: 40).render([callout(kind, para(t("x")))])
            #expect(o.hasPrefix("┌─ " + testStrings.calloutTitle(for: kind) + " ─"))
        }
    }

    @Test(arguments: [20, 40, 80])
    func calloutLinesAllSpanTheWidth(width: Int) {
        for color in [false, true] {
            let out = renderer(width: width, color: color).render([callout(.note, para(t(latvianSentence)), para(t("Otrā rindkopa.")))])
            let shown = visibleLines(out)
            for line in shown { #expect(DisplayWidth.of(line) == width, "\(line)") }
            #expect(shown.first!.hasPrefix("┌─ Piezīme "))
            #expect(shown.last! == "└" + String(repeating: "─", count: width - 2) + "┘")
            #expect(shown.dropFirst().dropLast().allSatisfy { $0.hasPrefix("│") && $0.hasSuffix("│") })
        }
    }

    @Test func calloutNestedInAListItem() {
        let out = renderer(width: 30).render([numbered(start: 3,
            item(para(t("Atlasiet abonementu.")), callout(.important, para(t("Zvaniet atbalsta dienestam.")))))])
        #expect(lines(out) == [
            "3. Atlasiet abonementu.",
            "   " + top("Svarīgi", 27),
            "   " + boxed("Zvaniet atbalsta", 27),
            "   " + boxed("dienestam.", 27),
            "   " + bottom(27),
        ])
    }

    @Test func titleTooLongForTheBorderMovesInside() {
        var strings = testStrings
        strings.warningTitle = "Ļoti ļoti gara brīdinājuma virsraksta teksts"
        let r = ArticleRenderer(width: 20, color: false, links: .footnotes, strings: strings)
        let shown = lines(r.render([callout(.warning, para(t("Teksts.")))]))
        #expect(shown.first == "┌" + String(repeating: "─", count: 18) + "┐")
        #expect(shown[1] == "│ Ļoti ļoti gara   │")
        #expect(shown.contains("│ Teksts.          │"))
        for line in shown { #expect(DisplayWidth.of(line) == 20) }
    }

    @Test func uiPaths() {
        let p = para(t("Dodieties uz "), uiPath([strong(t("Norēķini"))], [strong(t("Jūsu produkti"))]), t("."))
        #expect(renderer().render([p]) == "Dodieties uz Norēķini › Jūsu produkti.\n")
        let missing = para(t("Noklikšķiniet uz "), uiPath([t("  ")], [strong(t("Konts"))]))
        #expect(renderer().render([missing]) == "Noklikšķiniet uz [trūkst] › Konts\n")
        let colored = renderer(color: true).render([p])
        #expect(colored.contains("\u{1B}[0;1;35mNorēķini\u{1B}[0m \u{1B}[0;2m›\u{1B}[0m \u{1B}[0;1;35mJūsu produkti\u{1B}[0m."))
        // The separator stays with the segment before it.
        #expect(lines(renderer(width: 22).render([p])) == ["Dodieties uz", "Norēķini › Jūsu", "produkti."])
    }

    @Test func codeBlocksAreIndentedAndNeverWrapped() {
        let long = "Set-MsolUserLicense -UserPrincipalName user@contoso.com -AddLicenses contoso:ENTERPRISEPACK"
        let out = renderer(width: 20).render([codeBlock("if x {\n\treturn 1\n}\n" + long + "\n")])
        #expect(lines(out) == ["    if x {", "        return 1", "    }", "    " + long])
    }

    @Test func inlineCodeHasNoBackticks() {
        #expect(renderer().render([para(t("Palaidiet "), code("stepwise show"), t("."))]) == "Palaidiet stepwise show.\n")
    }

    @Test func mediaAndRules() {
        let out = renderer(width: 20).render([
            para(t("Skat. "), image("a.png", alt: "ekrānuzņēmums")),
            .thematicBreak(.unknown),
            .video(Video(url: "https://www.microsoft.com/videoplayer/embed/RE1", range: .unknown)),
        ])
        #expect(lines(out) == [
            "Skat. Attēls:", "ekrānuzņēmums", "",
            String(repeating: "─", count: 20), "",
            "Video:", "https://www.microsof", "t.com/videoplayer/em", "bed/RE1",
        ])
    }

    @Test func htmlIsDroppedAndIncludesAreInlined() {
        let inc = Block.include(Include(title: "t", target: "t.md", path: "/x/t.md", children: [para(t("Iekļauts."))], range: .unknown))
        let out = renderer().render([
            .html(HTMLBlock(raw: "<div onclick=\"x\">", range: .unknown)),
            para(t("Pirms"), .html(InlineHTML(raw: "<span>", range: .unknown)), t("pēc"),
                 .html(InlineHTML(raw: "<br />", range: .unknown)), t("jaunā rindā")),
            inc,
        ])
        #expect(out == "Pirmspēc\njaunā rindā\n\nIekļauts.\n")
    }

    @Test func stepsRenderWithWidthAndIndent() {
        let r = renderer(width: 80)
        let out = r.render([para(t(latvianSentence)), bullets(item(para(link("https://a.lv", t("saite")))))], width: 30, indent: 4)
        for line in lines(out) {
            #expect(line.isEmpty || line.hasPrefix("    "))
            #expect(DisplayWidth.of(line) <= 30)
        }
        #expect(out.hasSuffix("    Saites\n    ──────\n    [1] https://a.lv\n"))
        #expect(r.render(inlines: [t("Solis "), strong(t("viens"))], indent: 2) == "  Solis viens\n")
    }

    @Test func emptyTable() {
        let out = renderer().render([table([], header: [], rows: [])])
        #expect(out == "(tukša tabula)\n")
    }
}

func top(_ title: String, _ width: Int) -> String {
    "┌─ " + title + " " + String(repeating: "─", count: width - 5 - DisplayWidth.of(title)) + "┐"
}

func boxed(_ text: String, _ width: Int) -> String {
    "│ " + text + String(repeating: " ", count: width - 4 - DisplayWidth.of(text)) + " │"
}

func bottom(_ width: Int) -> String { "└" + String(repeating: "─", count: width - 2) + "┘" }
