import Foundation
import Testing
@testable import StepwiseSite

/// The seed's pages in both locales, byte for byte. Set `STEPWISE_RECORD_FIXTURES=1` to
/// rewrite them; review the diff before committing it.
@Suite struct GoldenTests {
    static let pages = [
        "lv-LV/activate-or-reactivate-a-subscription/index.html",
        "en-US/activate-or-reactivate-a-subscription/index.html",
        "lv-LV/index.html",
        "en-US/index.html",
        "index.html",
    ]

    @Test func seedPagesMatchTheGoldenFiles() throws {
        let out = Temp.folder("golden")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let report = try Export.run(content: Repo.content, to: out)
        #expect(report.failures.isEmpty)
        #expect(report.warnings.isEmpty)
        let record = ProcessInfo.processInfo.environment["STEPWISE_RECORD_FIXTURES"] == "1"
        for page in Self.pages {
            let golden = Repo.golden.appendingPathComponent(page.replacingOccurrences(of: "/", with: "_"))
            let actual = try #require(FileManager.default.contents(atPath: out + "/" + page))
            if record { try actual.write(to: golden) }
            let expected = try #require(FileManager.default.contents(atPath: golden.path), "missing \(golden.path)")
            #expect(actual == expected, "\(page) differs from \(golden.lastPathComponent)")
        }
    }

    @Test func seedPageHasTheIssueMarkup() throws {
        let lv = try String(contentsOf: Repo.golden.appendingPathComponent("lv-LV_activate-or-reactivate-a-subscription_index.html"), encoding: .utf8)
        #expect(lv.contains("<html lang=\"lv-LV\">"))
        #expect(lv.contains("<link rel=\"alternate\" hreflang=\"en-US\" href=\"../../en-US/activate-or-reactivate-a-subscription/index.html\">"))
        #expect(lv.contains("<link rel=\"alternate\" hreflang=\"lv-LV\""))
        #expect(lv.contains("<h1 id=\"activate-or-reactivate-a-subscription\">"))
        #expect(lv.contains("<aside class=\"callout callout-important\" role=\"note\">\n<p class=\"callout-title\">Svarīgi</p>"))
        #expect(lv.contains("<span class=\"ui-path\">"))
        // The seed's link to another article opens its exported page, not the docs site.
        #expect(lv.contains("href=\"../../lv-LV/contact-support-for-business-products/index.html\""))
        #expect(lv.contains("rel=\"noopener\""))
        #expect(lv.contains("<p class=\"node-counter\">3. solis no 5</p>"))
        #expect(lv.contains("Content-Security-Policy"))
        #expect(lv.contains("script-src &#39;self&#39;"))
        // Steps bound to actions in Content/<slug>.actions.yml say so; unbound ones do not.
        let bound = try #require(section("t2.s5", in: lv))
        #expect(bound.contains("<code>stepwise run activate-or-reactivate-a-subscription</code>"))
        #expect(try #require(section("t2.s3", in: lv)).contains("node-action") == false)

        let en = try String(contentsOf: Repo.golden.appendingPathComponent("en-US_activate-or-reactivate-a-subscription_index.html"), encoding: .utf8)
        #expect(en.contains("<p class=\"node-counter\">Step 3 of 5</p>"))
        #expect(en.contains("<p class=\"callout-title\">Important</p>"))
        #expect(en.contains("can do this step with you."))
    }

    /// The guided section of one node.
    func section(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "data-node=\"\(id)\"") else { return nil }
        guard let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.lowerBound])
    }
}
