import Foundation
import Testing
@testable import StepwiseSite

/// The pages in a real browser: Debian's headless Chromium loads them from `file://` (as a
/// reader who opened the folder would) and the DOM after the script ran is checked.
/// CI installs chromium.
@Suite(.enabled(if: Chromium.required, "chromium is not installed"), .serialized)
struct BrowserTests {
    static let site: String = {
        let out = Temp.folder("browser")
        _ = try? Export.run(Export.sources(content: Repo.content) + Export.sources(content: Repo.fixtures + "/Content"), to: out)
        return out
    }()

    static func page(_ locale: String, _ slug: String = "activate-or-reactivate-a-subscription") -> String {
        "file://" + site + "/\(locale)/\(slug)/index.html"
    }

    /// The opening tag of the element with this attribute, as the browser serialized it.
    func tag(_ attribute: String, in dom: String) -> String? {
        guard let r = dom.range(of: attribute) else { return nil }
        let start = dom[..<r.lowerBound].lastIndex(of: "<")!
        let end = dom[r.upperBound...].firstIndex(of: ">")!
        return String(dom[start...end])
    }

    func shown(_ node: String, in dom: String) -> Bool {
        guard let t = tag("data-node=\"\(node)\"", in: dom) else { return false }
        return !t.contains(" hidden")
    }

    @Test func aLinkToAStepOpensThatStepInGuidedMode() throws {
        let dom = try Chromium.dom(Self.page("lv-LV") + "#node=t2.s3")
        #expect(shown("t2.s3", in: dom))
        for other in ["choice", "t2.s2", "t2.s4", "end"] { #expect(!shown(other, in: dom), "\(other)") }
        #expect(tag("id=\"article\"", in: dom)?.contains("hidden") == true)
        #expect(tag("id=\"guided\"", in: dom)?.contains("hidden") == false)
        #expect(tag("id=\"guided-toggle\"", in: dom)?.contains("aria-pressed=\"true\"") == true)
        #expect(dom.contains("<p id=\"guided-live\" class=\"visually-hidden\" aria-live=\"polite\">3. solis no 5: Abonementa atkārtota aktivizēšana</p>"))
        #expect(tag("id=\"guided-next\"", in: dom)?.contains("disabled") == false)
    }

    @Test func theCounterIsLocalizedAndPluralAware() throws {
        let dom = try Chromium.dom(Self.page("en-US") + "#node=t3.s1")
        #expect(shown("t3.s1", in: dom))
        #expect(dom.contains("aria-live=\"polite\">Step 1 of 2: Activate a new subscription with a product key</p>"))
    }

    @Test func withoutAStepTheWholeArticleReads() throws {
        let dom = try Chromium.dom(Self.page("lv-LV"))
        #expect(tag("id=\"article\"", in: dom)?.contains("hidden") == false)
        #expect(tag("id=\"guided\"", in: dom)?.contains("hidden") == true)
        // The script ran and offers the switch, not pressed.
        let toggle = try #require(tag("id=\"guided-toggle\"", in: dom))
        #expect(!toggle.contains("hidden") && toggle.contains("aria-pressed=\"false\""))
        #expect(dom.contains(">Soli pa solim</button>"))
    }

    @Test func theChoiceNodeStartsTheWalk() throws {
        let dom = try Chromium.dom(Self.page("en-US") + "#node=choice")
        #expect(shown("choice", in: dom))
        #expect(tag("id=\"guided-next\"", in: dom)?.contains("disabled") == true)
        #expect(tag("id=\"guided-back\"", in: dom)?.contains("disabled") == true)
    }

    @Test func hostileArticleStillWorksAndRunsNothing() throws {
        let dom = try Chromium.dom(Self.page("en-US", "injection") + "#node=t1.s5")
        #expect(shown("t1.s5", in: dom))
        #expect(dom.contains("aria-live=\"polite\">Step 5 of 5: Pick a task</p>"))
        #expect(!dom.lowercased().contains("<script>alert"))
    }

    @Test func unknownNodeLeavesTheArticle() throws {
        let dom = try Chromium.dom(Self.page("en-US") + "#node=t9.s9")
        #expect(tag("id=\"article\"", in: dom)?.contains("hidden") == false)
    }
}
