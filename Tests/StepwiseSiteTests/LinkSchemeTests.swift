import Foundation
import Testing
@testable import StepwiseSite

/// Only `http:`, `https:`, `mailto:` and relative URLs are emitted, judged on the URL as
/// written into the page (after the link rules trimmed `<…>`), never on the article's text.
@Suite struct LinkSchemeTests {
    @Test func anAngleBracketCannotHideAScriptURL() throws {
        let md = """
        ---
        title: Links
        ---
        # Links

        [click](\\<javascript:alert(1)) and ![pic](\\<javascript:alert(2)) and [d](\\<data:text/html,x)
        """
        let (page, report, _) = try Single.export(md)
        #expect(!page.lowercased().contains("javascript:"))
        #expect(!page.lowercased().contains("data:text"))
        #expect(SitePageCheck.problem(in: page) == nil)
        let places = report.warnings.map { "\($0.code.rawValue) \($0.position.line):\($0.position.column)" }
        #expect(places == ["unsafe-link 6:1", "unsafe-link 6:36", "unsafe-link 6:70"])
    }

    @Test func schemesOutsideTheAllowListAreDroppedWithAWarning() throws {
        let md = """
        ---
        title: Links
        ---
        # Links

        [settings](ms-settings:windowsupdate) [file](file:///etc/passwd) [mail](mailto:a@example.com) [web](https://example.com/x) [rel](other.md) [frag](#links)
        """
        let (page, report, _) = try Single.export(md)
        #expect(!page.contains("ms-settings:") && !page.contains("file:"))
        #expect(page.contains("href=\"mailto:a@example.com\""))
        #expect(page.contains("href=\"https://example.com/x\""))
        #expect(page.contains("href=\"#links\""))
        #expect(report.warnings.map(\.code) == [.schemeNotAllowed, .schemeNotAllowed])
        #expect(report.warnings.map(\.arguments) == [["url": "ms-settings:windowsupdate"], ["url": "file:///etc/passwd"]])
    }

    @Test func theSchemeIsReadAsABrowserReadsIt() {
        #expect(SiteLinks.scheme(of: " \tJava\nScript:x") == "javascript")
        #expect(SiteLinks.scheme(of: "<javascript:x") == nil)
        #expect(SiteLinks.scheme(of: "../a:b") == nil)
        #expect(SiteLinks.scheme(of: ":x") == nil)
        #expect(SiteLinks.check("HTTPS://e.example") == nil)
        #expect(SiteLinks.check("ms-settings:x") == .schemeNotAllowed)
        #expect(SiteLinks.check("vbscript:x") == .unsafe)
        #expect(SiteLinks.check("a/b.html#c:d") == nil)
        // Found by fuzzing: a scheme past 40 letters was read as a relative path and emitted.
        let long = "https" + String(repeating: "Q", count: 100) + "://e.example"
        #expect(SiteLinks.scheme(of: long) == "https" + String(repeating: "q", count: 100))
        #expect(SiteLinks.check(long) == .schemeNotAllowed)
        #expect(SitePageCheck.problem(in: "<a href=\"\(long)\">x</a>") != nil)
    }
}
