import StepwiseArticle
import StepwiseLocale
import Testing
@testable import StepwiseCatalogFormats

struct PluralFormsTests {
    func header(_ text: String) throws -> PluralFormsHeader {
        try PluralFormsHeader.parse(text, at: SourcePosition(line: 1, column: 1)).get()
    }

    @Test func cldrShapedLatvianFormulaAgreesOnEveryNumber() throws {
        let h = try header("nplurals=3; plural=(n%10==0 || (n%100>=11 && n%100<=19) ? 0 : n%10==1 && n%100!=11 ? 1 : 2);")
        let comparison = h.compare(language: "lv")
        #expect(comparison.categories == [.zero, .one, .other])
        #expect(comparison.disagreement == nil)
        for n in PluralFormsHeader.compared {
            let category = PluralRules.category(for: n, language: "lv")
            #expect(comparison.categories[h.expression.evaluate(n)] == category, "\(n)")
        }
    }

    @Test func gnuLatvianFormulaPutsTenWithTwo() throws {
        let h = try header("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);")
        let d = try #require(h.compare(language: "lv").disagreement)
        #expect(d.number == 10)
        #expect(d.categories == [.other, .zero])
    }

    @Test func operatorsAndPrecedence() throws {
        #expect(try header("nplurals=2; plural=n != 1;").expression.evaluate(1) == 0)
        #expect(try header("nplurals=2; plural=n>1;").expression.evaluate(0) == 0)
        #expect(try header("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;").expression.evaluate(102) == 5)
        #expect(try header("nplurals=1; plural=0;").compare(language: "ja").categories == [.other])
        #expect(try header("nplurals=2; plural=!(n==1);").expression.evaluate(1) == 0)
        #expect(try header("nplurals=2; plural=n%0;").outOfRange == 0)
    }

    @Test("headers that do not read", arguments: ["nplurals=3;", "plural=n!=1;", "nplurals=x; plural=n;", "nplurals=2; plural=(n;", "nplurals=2; plural=n ? 1;",
                                                  "nplurals=2; plural=m;", "nplurals=9; plural=n;", "nplurals=2; plural=" + String(repeating: "(", count: 200) + "n" + String(repeating: ")", count: 200) + ";"])
    func refused(_ text: String) {
        #expect((try? header(text)) == nil)
    }
}
