import Foundation
import Testing
@testable import StepwiseSite

/// Every value a template prints is escaped byte by byte, and slugs become URLs only as
/// percent-encoded path segments.
@Suite struct TemplateEscapingTests {
    /// Noncharacters cannot be written as Swift string literals.
    static func scalar(_ v: UInt32) -> String { String(Character(Unicode.Scalar(v)!)) }

    static let article = "---\ntitle: Plain\n---\n# Plain\n\nText.\n"

    @Test func aQuoteWithACombiningMarkInASlugStaysInsideItsAttribute() throws {
        let slug = "x\"\u{338} onmouseover=alert(1) y=\"\u{338}"
        let (page, _, files) = try Single.export(Self.article, slug: slug)
        let index = String(decoding: try #require(files["en-US/index.html"]), as: UTF8.self)
        #expect(SitePageCheck.problem(in: index) == nil, "\(SitePageCheck.problem(in: index) ?? "")")
        #expect(index.contains("data-slug=\"x&quot;\u{338} onmouseover=alert(1) y=&quot;\u{338}\""))
        #expect(SitePageCheck.problem(in: page) == nil)
        #expect(!page.isEmpty)
    }

    @Test func controlsAndNoncharactersFromATitleReachNoPage() throws {
        let md = "---\ntitle: \"A\\u0001B\\u0085C\\uFDD0D\\uFFFFE\\U0001FFFEF\"\n---\nText.\n"
        let (page, _, files) = try Single.export(md)
        let index = String(decoding: try #require(files["en-US/index.html"]), as: UTF8.self)
        #expect(page.contains("<title>ABCDEF · "))
        #expect(index.contains(">ABCDEF</a>"))
        for bad in [0x1, 0x85, 0xFDD0, 0xFFFF, 0x1FFFE].map(Self.scalar) {
            #expect(!page.contains(bad) && !index.contains(bad))
        }
    }

    @Test func theEscaperDropsC1ControlsAndNoncharactersButKeepsText() {
        let input = "a\u{80}b\u{9F}c\u{A0}d" + Self.scalar(0xFDEF) + "e\u{FDF0}f" + Self.scalar(0xFFFE) + "g" + Self.scalar(0x10FFFF) + "h\u{10FFFD}\"\u{338}"
        #expect(HTMLText.escape(input) == "abc\u{A0}de\u{FDF0}fgh\u{10FFFD}&quot;\u{338}")
    }

    @Test func slugsBecomeEncodedPathSegments() throws {
        for (slug, segment) in [("javascript:alert(1)", "javascript%3Aalert(1)"), ("a#b", "a%23b"), ("q?x=1", "q%3Fx=1"), ("50% off", "50%25%20off")] {
            let (page, _, files) = try Single.export(Self.article, slug: slug)
            let index = String(decoding: try #require(files["en-US/index.html"]), as: UTF8.self)
            #expect(index.contains("<a href=\"\(segment)/index.html\">"), "\(slug)")
            let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
            #expect(sitemap.contains("<loc>en-US/\(segment)/index.html</loc>"), "\(slug)")
            #expect(page.contains("hreflang=\"en-US\" href=\"../../en-US/\(segment)/index.html\""), "\(slug)")
            #expect(SitePageCheck.problem(in: index) == nil)
        }
        #expect(SiteLinks.segment("..") == "%2E%2E")
        #expect(SiteLinks.segment("ā/b") == "%C4%81%2Fb")
    }
}
