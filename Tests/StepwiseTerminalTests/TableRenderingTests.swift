import Testing
import StepwiseArticle
@testable import StepwiseTerminal

@Suite struct TableRenderingTests {
    let plans = table([.left, .right, .center],
        header: [cell(t("Plāns")), cell(t("Cena")), cell(t("Piezīmes"))],
        rows: [[cell(t("Basic")), cell(t("6,00 €")), cell(t("Bez Teams"))],
               [cell(strong(t("Standard"))), cell(t("12,50 €")), cell(t("Ar Teams"))]])

    @Test func alignedWithHeaderRule() {
        #expect(lines(renderer().render([plans])) == [
            "Plāns    │    Cena │ Piezīmes",
            "─────────┼─────────┼──────────",
            "Basic    │  6,00 € │ Bez Teams",
            "Standard │ 12,50 € │ Ar Teams",
        ])
    }

    @Test func alignsByDisplayWidth() {
        let t1 = table([.right, .center], header: [cell(t("Valoda")), cell(t("Vārds"))],
                       rows: [[cell(t("日本語")), cell(t("ā"))], [cell(t("lv")), cell(t("a\u{0304}b\u{0304}c\u{0304}"))]])
        let shown = lines(renderer().render([t1]))
        #expect(shown == ["Valoda │ Vārds", "───────┼──────", "日本語 │   ā", "    lv │  āb̄c̄"])
        let bars = shown.map { line in DisplayWidth.of(line.prefix { $0 != "│" && $0 != "┼" }) }
        #expect(Set(bars).count == 1)
    }

    @Test(arguments: [30, 40, 80])
    func wideTablesWrapCellsWithinTheWidth(width: Int) {
        let t1 = table([.left, .left, .right],
            header: [cell(t("Darbība")), cell(t("Apraksts")), cell(t("Cena"))],
            rows: [[cell(t("Aktivizēt")), cell(t(latvianSentence)), cell(t("0 €"))],
                   [cell(t("Atcelt")), cell(t("Abonementu var atcelt jebkurā laikā.")), cell(t("—"))]])
        for color in [false, true] {
            let shown = visibleLines(renderer(width: width, color: color).render([t1]))
            for line in shown { #expect(DisplayWidth.of(line) <= width, "\(line)") }
            // Every line puts its column bars at the same columns.
            let bars = shown.map { line -> [Int] in
                var col = 0, at: [Int] = []
                for ch in line { if ch == "│" || ch == "┼" { at.append(col) }; col += DisplayWidth.of(ch) }
                return at
            }
            #expect(Set(bars).count == 1, "\(shown)")
            #expect(bars[0].count == 2)
            // Rows that wrap are ruled apart, so: header, rule, row, rule, row.
            #expect(shown.filter { $0.contains("┼") }.count == 2)
            #expect(shown.joined(separator: " ").contains("Aktivizēt"))
        }
    }

    @Test func tooNarrowForReadableColumnsBecomesRecords() {
        let t1 = table([], header: [cell(t("Darbība")), cell(t("Apraksts"))],
                       rows: [[cell(t("Aktivizēt")), cell(t("Lietojumprogrammas tiek aktivizētas."))]])
        #expect(lines(renderer(width: 20).render([t1])) == ["Darbība: Aktivizēt", "Apraksts:", "Lietojumprogrammas", "tiek aktivizētas."])
    }

    @Test func tooNarrowForColumnsBecomesRecords() {
        let cols = (1...6).map { cell(t("K\($0)")) }
        let t1 = table([], header: cols, rows: [(1...6).map { cell(t("v\($0)")) }])
        let shown = lines(renderer(width: 20).render([t1]))
        #expect(shown == ["K1: v1", "K2: v2", "K3: v3", "K4: v4", "K5: v5", "K6: v6"])
    }

    @Test func raggedRowsArePadded() {
        let t1 = table([], header: [cell(t("A")), cell(t("B"))], rows: [[cell(t("1"))], [cell(t("2")), cell(t("3")), cell(t("4"))]])
        #expect(lines(renderer().render([t1])) == ["A │ B │", "──┼───┼──", "1 │   │", "2 │ 3 │ 4"])
    }

    @Test func fitTakesFromTheWidestFirst() {
        #expect(LayoutEngine.fit([30, 10, 5], floor: [8, 10, 5], into: 30) == [15, 10, 5])
        #expect(LayoutEngine.fit([30, 10, 5], floor: [20, 10, 5], into: 30) == [15, 10, 5])
        #expect(LayoutEngine.fit([30, 30], floor: [30, 30], into: 20) == [10, 10])
        #expect(LayoutEngine.fit([5, 5], floor: [5, 5], into: 20) == [5, 5])
    }
}
