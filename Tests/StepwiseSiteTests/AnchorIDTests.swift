import Foundation
import Testing
import StepwiseArticle
@testable import StepwiseSite

/// Heading ids follow DocFX's rule, the one the checks use to accept `#fragment` links, and
/// never take an id the page template already has.
@Suite struct AnchorIDTests {
    @Test func headingIDsFollowDocFX() throws {
        let md = """
        ---
        title: Anchors
        ---
        # Anchors

        ## Set_up

        ## A - B

        ## A - B

        ## Guided

        ## Article

        Text with <a name="raw-anchor"></a> an anchor and [x](#set_up) [y](#a---b).

        <a id="block-anchor" onclick="x"></a>

        ## <a name="explicit"></a>Iestatīšana
        """
        let (page, report, _) = try Single.export(md)
        #expect(report.warnings.isEmpty)
        #expect(page.contains("<h2 id=\"set_up\">Set_up</h2>"))
        #expect(page.contains("<h2 id=\"a---b\">A - B</h2>"))
        #expect(page.contains("<h2 id=\"a---b-1\">A - B</h2>"))
        #expect(page.contains("<h2 id=\"guided-1\">Guided</h2>"))
        #expect(page.contains("<h2 id=\"article-1\">Article</h2>"))
        #expect(page.contains("<div id=\"guided\""))
        #expect(page.components(separatedBy: "id=\"guided\"").count == 2)
        #expect(page.contains("Text with <span id=\"raw-anchor\"></span> an anchor"))
        #expect(page.contains("<span id=\"block-anchor\"></span>"))
        #expect(!page.contains("onclick"))
        #expect(page.contains("<h2 id=\"explicit\"><span id=\"iestatīšana\"></span>Iestatīšana</h2>"))
        #expect(page.contains("href=\"#set_up\"") && page.contains("href=\"#a---b\""))
    }

    @Test func oneRuleForEveryone() {
        #expect(HeadingAnchor.id(for: "Set_up") == "set_up")
        #expect(HeadingAnchor.id(for: "A - B") == "a---b")
        #expect(HeadingAnchor.id(for: "Ātrā  palīdzība: 2. solis!") == "ātrā--palīdzība-2-solis")
        #expect(HeadingAnchor.ids(inRawHTML: "<a name=\"x\" id='y'>") == ["x", "y"])
    }

    @Test func aRawAnchorIDIsEscaped() throws {
        let (page, _, _) = try Single.export("---\ntitle: T\n---\n# T\n\nA <a name='x\"onmouseover=alert(1)'></a> b.\n")
        #expect(page.contains("<span id=\"x&quot;onmouseover=alert(1)\"></span>"))
        #expect(SitePageCheck.problem(in: page) == nil)
    }
}
