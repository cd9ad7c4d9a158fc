import Foundation
import Testing
@testable import StepwiseSite
import StepwiseFlow

/// Hostile input (Fixtures/Content/en-US/injection.md) comes out inert: no element, attribute
/// or URL from the article can run script, and the dropped links are reported where they are.
@Suite struct SafetyTests {
    static func exportFixture() throws -> (page: String, report: SiteReport) {
        let out = Temp.folder("safety")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let report = try Export.run(content: Repo.fixtures + "/Content", to: out)
        let page = try String(contentsOfFile: out + "/en-US/injection/index.html", encoding: .utf8)
        return (page, report)
    }

    @Test func onlyTheSitesOwnScriptElements() throws {
        let (page, _) = try Self.exportFixture()
        let lower = page.lowercased()
        #expect(lower.components(separatedBy: "<script").count - 1 == 2)
        #expect(lower.contains("<script src=\"../../assets/stepwise.js\" defer></script>"))
        #expect(lower.contains("<script type=\"application/json\" id=\"stepwise-graph\">"))
        for needle in ["javascript:", "vbscript:", "data:text", "data:image", "<img", "<div onclick", "<b onmouseover"] {
            #expect(!lower.contains(needle), "\(needle)")
        }
        // No event-handler attribute on any element: every `on…=` left is inside escaped text or
        // inside a double-quoted attribute value (where `"` is always escaped).
        #expect(page.contains("onmouseover"))
        #expect(page.range(of: #"<[a-zA-Z][a-zA-Z0-9]*(\s+[a-zA-Z-]+(="[^"]*")?)*\s+on[a-zA-Z]+\s*="#, options: .regularExpression) == nil)
    }

    @Test func frontMatterTitleAndLinkTitleAreEscaped() throws {
        let (page, _) = try Self.exportFixture()
        #expect(page.contains("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; · "))
        #expect(page.contains("title=\"say &quot;hi&quot; onmouseover=&quot;alert(6)&quot;\""))
        #expect(page.contains("<code>&lt;/script&gt;&lt;script&gt;alert(7)&lt;/script&gt;</code>"))
    }

    @Test func dataIslandCannotEndItsElement() throws {
        let (page, _) = try Self.exportFixture()
        let open = try #require(page.range(of: "<script type=\"application/json\" id=\"stepwise-graph\">"))
        let close = try #require(page.range(of: "</script>", range: open.upperBound..<page.endIndex))
        let island = page[open.upperBound..<close.lowerBound]
        #expect(!island.contains("<") && !island.contains(">") && !island.contains("&"))
        #expect(!island.contains("\u{2028}") && !island.contains("\u{2029}"))
        let json = try JSONSerialization.jsonObject(with: Data(island.utf8)) as? [String: Any]
        #expect(json?["start"] as? String == "choice")
    }

    @Test func unsafeLinksAreDroppedWithWarningsNamingTheirPlace() throws {
        let (page, report) = try Self.exportFixture()
        let places = report.warnings.map { "\(($0.file as NSString).lastPathComponent):\($0.position.line):\($0.position.column)" }
        #expect(places == ["injection.md:15:10", "injection.md:16:10", "injection.md:16:51", "injection.md:17:8", "injection.md:17:37", "injection.md:18:8"])
        #expect(report.warnings.allSatisfy { $0.code == .unsafeLink })
        // The link text stays readable; only the link goes.
        #expect(page.contains("<li>Click a script link now.\n</li>"))
    }

    @Test func schemesAreMatchedTheWayBrowsersReadThem() {
        for unsafe in ["javascript:x", " JAVASCRIPT:x", "java\tscript:x", "jav\nascript:x", "\u{01}javascript:x", "vbscript:x", "data:text/html,x", "DATA:x"] {
            #expect(SiteLinks.isUnsafe(unsafe), "\(unsafe)")
        }
        for safe in ["https://example.com", "/javascript:x", "#data:x", "javascript", "mailto:x@example.com", "java script:x", "ms-settings:x"] {
            #expect(!SiteLinks.isUnsafe(safe), "\(safe)")
        }
    }

    @Test func scriptJSONEscapesEverythingThatCouldEndTheElement() {
        let encoded = JSONValue.string("</script><!--&\u{2028}\u{2029}\"\\\n").script
        #expect(encoded == #""\u003c/script\u003e\u003c!--\u0026\u2028\u2029\"\\\n""#)
    }
}

@Suite struct SitePageCheckTests {
    @Test func theInjectionFixturePageIsSound() throws {
        let (page, _) = try SafetyTests.exportFixture()
        #expect(SitePageCheck.problem(in: page) == nil, "\(SitePageCheck.problem(in: page) ?? "")")
    }

    @Test func catchesWhatItMustAndPassesTheSitesOwn() {
        #expect(SitePageCheck.problem(in: #"<script src="../../assets/stepwise.js" defer></script><script type="application/json" id="g">{}</script>"#) == nil)
        #expect(SitePageCheck.problem(in: "<p>&lt;script&gt; text about onload=</p>") == nil)
        #expect(SitePageCheck.problem(in: "<script>alert(1)</script>") != nil)
        #expect(SitePageCheck.problem(in: #"<a href=" JavaScript:alert(1)">x</a>"#) != nil)
        #expect(SitePageCheck.problem(in: #"<a href="data:text/html,x">x</a>"#) != nil)
        #expect(SitePageCheck.problem(in: #"<img src="x" onerror="alert(1)">"#) != nil)
        #expect(SitePageCheck.problem(in: #"<a title="say onclick=&quot;x&quot;" href="https://e.example">x</a>"#) == nil)
    }

    /// Read as Characters, `"` + U+0338 is one grapheme and the attribute seemed to go on.
    @Test func aQuoteHiddenInAGraphemeStillEndsTheAttribute() {
        #expect(SitePageCheck.problem(in: "<tr data-slug=\"x\"\u{338} onmouseover=alert(1) y=\"\u{338}\"><td>x</td></tr>") != nil)
        #expect(SitePageCheck.problem(in: "<a href=\"x\"\u{338} onclick=\"alert(1)\">x</a>") != nil)
        #expect(SitePageCheck.problem(in: "<a href=\"x&quot;\u{338} onclick=&quot;alert(1)\">x</a>") == nil)
    }

    @Test func schemesOutsideTheAllowListAndEncodedColonsAreCaught() {
        #expect(SitePageCheck.problem(in: #"<a href="ms-settings:x">x</a>"#) != nil)
        #expect(SitePageCheck.problem(in: #"<a href="javascript&#58;alert(1)">x</a>"#) != nil)
        #expect(SitePageCheck.problem(in: #"<a href='JAVASCRIPT:x'>x</a>"#) != nil)
        #expect(SitePageCheck.problem(in: #"<a href="mailto:a@example.com">x</a><a href="../x%3Ay/index.html">y</a>"#) == nil)
    }
}
