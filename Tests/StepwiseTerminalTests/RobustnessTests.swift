import Testing
import StepwiseArticle
@testable import StepwiseTerminal

@Suite struct RobustnessTests {
    /// After each line no SGR attribute and no OSC 8 link is left open.
    func everyLineEndsClean(_ out: String) -> Bool {
        for line in lines(out) {
            var styled = false, linked = false
            var rest = Substring(line)
            while let esc = rest.firstIndex(of: "\u{1B}") {
                rest = rest[rest.index(after: esc)...]
                if rest.hasPrefix("[") {
                    guard let m = rest.firstIndex(of: "m") else { return false }
                    styled = rest[..<m] != "[0"
                    rest = rest[rest.index(after: m)...]
                } else if rest.hasPrefix("]8;;") {
                    guard let st = rest.firstRange(of: "\u{1B}\\") else { return false }
                    linked = rest[rest.index(rest.startIndex, offsetBy: 4)..<st.lowerBound].isEmpty == false
                    rest = rest[st.upperBound...]
                }
            }
            if styled || linked { return false }
        }
        return true
    }

    @Test func stylesAndLinksCloseAtEveryLineEnd() throws {
        let seed = try SeedArticleTests.seed()
        for width in [20, 40, 80] {
            for a in [seed, SafetyTests.hostile] {
                let out = renderer(width: width, color: true, links: .hyperlinks).render(a)
                #expect(out.contains("\u{1B}]8;;https://"))
                #expect(everyLineEndsClean(out))
            }
        }
    }

    @Test(arguments: [-5, 0, 1, 3, 8, 20])
    func deepNestingAndTinyWidthsDoNotTrap(width: Int) {
        var block = para(t(latvianSentence), link("https://x.lv", t("saite")))
        for depth in 0..<40 {
            switch depth % 4 {
            case 0: block = bullets(item(block, para(t("日本語のテキスト"))))
            case 1: block = callout(.tip, block, table([.center], header: [cell(t("A"))], rows: [[cell(t("garš teksts"))]]))
            case 2: block = quote(block, codeBlock("\tx"))
            default: block = numbered(start: Int.max - 1, item(block), item(para(t("b"))))
            }
        }
        for color in [false, true] {
            let out = renderer(width: width, color: color, links: .hyperlinks).render(article(title: "T", block, .thematicBreak(.unknown)))
            #expect(out.hasPrefix("T\n") || out.hasPrefix("\u{1B}[0;1;4mT"))
            #expect(strippingRendererEscapes(out) != nil)
        }
    }

    @Test func emptyThings() {
        #expect(renderer().render([]) == "")
        #expect(renderer().render(article()) == "")
        #expect(renderer().render([para(), heading(1), bullets(item()), callout(.note)]) == "•\n\n" + top("Piezīme", 80) + "\n" + bottom(80) + "\n")
        #expect(renderer().render([para(t("   "))]) == "")
    }
}
