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
}
