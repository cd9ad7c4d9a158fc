import Testing
import StepwiseArticle
@testable import StepwiseChecks

/// How link targets of a translation are held against its source's.
@Suite struct LinkComparisonTests {
    /// One task whose first step links to `url`; the same text on both sides, so the links
    /// start at the same line and column in both files.
    static func pair(source: String, target: String) -> Tree {
        let tree = Tree()
        let body = { (url: String) in "# T\n\n## Do it\n\n1. Open [a](\(url)).\n2. Close.\n" }
        tree.write("en-US/p.md", article(locale: "en-US", body(source)))
        tree.write("lv-LV/p.md", article(locale: "lv-LV", body(target)))
        return tree
    }

    @Test func changedLinkNamesEachSidesOwnURL() throws {
        let report = try Self.pair(source: "https://example.com/one", target: "https://example.com/two").check()
        let found = report.only(.link)
        #expect(found.map(\.message) == ["link-changed"])
        #expect(found.first?.arguments == ["target": "https://example.com/two", "source": "https://example.com/one"])
        // Near miss: the same URL on both sides.
        #expect(try Self.pair(source: "https://example.com/one", target: "https://example.com/one").check().findings == [])
    }

    @Test func localeQueryParametersAndHostCaseAreNotAChange() throws {
        let localized = "https://Learn.Microsoft.COM/lv-lv/office/x?ui=lv-LV&rs=lv-LV&ad=LV&clcid=0x426"
        #expect(try Fixture.check(Fixture.replacing("https://learn.microsoft.com/lv-lv/office/x", localized)).findings == [])
        // Near miss: another page, with the same locale parameters, is another target.
        let other = "https://learn.microsoft.com/lv-lv/office/y?ui=lv-LV&rs=lv-LV"
        #expect(try Fixture.check(Fixture.replacing("https://learn.microsoft.com/lv-lv/office/x", other)).places == ["link@13:14"])
        // …and a parameter that is no locale still counts.
        let query = "https://learn.microsoft.com/lv-lv/office/x?view=o365"
        #expect(try Fixture.check(Fixture.replacing("https://learn.microsoft.com/lv-lv/office/x", query)).places == ["link@13:14"])
        // Relative targets are compared as written.
        #expect(LinkTarget.comparable("Guide.md#Start") == "Guide.md#Start")
    }
}
