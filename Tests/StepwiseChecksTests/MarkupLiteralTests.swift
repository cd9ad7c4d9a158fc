import Testing
import StepwiseArticle
@testable import StepwiseChecks

/// Markup left as literal text: where it is reported, and when the source excuses it.
@Suite struct MarkupLiteralTests {
    /// Line 14 of the fixture translation is `3. Izvēlieties *Gatavs*.`
    func literalColumns(_ line: String) throws -> [Int] {
        let report = try Fixture.check(Fixture.replacing("3. Izvēlieties *Gatavs*.", line))
        return report.only(.markup).filter { $0.message == "literal" }.map(\.location.range.start.column)
    }

    @Test func columnIsTheLiteralsPlaceInTheFile() throws {
        // `&amp;` is one character once decoded; the column is still the file's.
        #expect(try literalColumns("3. Izvēlieties *Gatavs* &amp; ** x.") == [31])
        #expect(try literalColumns("3. Izvēlieties *Gatavs* \\& ** x.") == [28])
        #expect(try literalColumns("3. Izvēlieties *Gatavs* &lt; [x] (y) z.") == [32])
        // Near miss: without anything decoded the column was already right.
        #expect(try literalColumns("3. Izvēlieties *Gatavs* & ** x.") == [27])
    }

    /// The source writes `[!x]` once in step 3 as prose about markup.
    func withProse(_ latvianStep: String) throws -> CheckReport {
        let tree = Tree()
        tree.write("en-US/x.md", Fixture.english.replacingOccurrences(of: "Choose *Done*.", with: "Choose *Done*. Type [!x] here."))
        tree.write("lv-LV/x.md", Fixture.latvian.replacingOccurrences(of: "Izvēlieties *Gatavs*.", with: latvianStep))
        tree.write("en-US/guide.md", Fixture.guideEnglish)
        tree.write("lv-LV/guide.md", Fixture.guideLatvian)
        return try tree.check()
    }

    @Test func oneLiteralInTheSourceExcusesOnlyOne() throws {
        let twice = try withProse("Izvēlieties *Gatavs*. Rakstiet [!x] šeit, nevis [!y].")
        #expect(twice.places == ["markup@14:52"])
        #expect(twice.findings.first?.arguments == ["literal": "[!"])
        // Near miss: the one the source has.
        #expect(try withProse("Izvēlieties *Gatavs*. Rakstiet [!x] šeit.").findings == [])
        // Counted per step: the source's one in step 3 does not excuse one in step 1.
        let tree = Tree()
        tree.write("en-US/x.md", Fixture.english.replacingOccurrences(of: "Choose *Done*.", with: "Choose *Done*. Type [!x] here."))
        tree.write("lv-LV/x.md", Fixture.latvian.replacingOccurrences(of: "**Konti**.", with: "**Konti**. [!x]")
            .replacingOccurrences(of: "Izvēlieties *Gatavs*.", with: "Izvēlieties *Gatavs*. Rakstiet [!x] šeit."))
        tree.write("en-US/guide.md", Fixture.guideEnglish)
        tree.write("lv-LV/guide.md", Fixture.guideLatvian)
        #expect(try tree.check().places == ["markup@10:42"])
    }
}
