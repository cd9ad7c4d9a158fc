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

    /// Guided mode shows the places the terminal walk shows: the overview on the picker, what
    /// follows a task's steps as its closing node, and the references at the end.
    @Test func theOverviewClosingAndReferencesAreWalked() throws {
        let choice = try Chromium.dom(Self.page("en-US", "walk-places") + "#node=choice")
        #expect(shown("choice", in: choice))
        #expect(choice.contains("This overview comes before any task and holds no procedure."))
        let closing = try Chromium.dom(Self.page("en-US", "walk-places") + "#node=t1.close")
        #expect(shown("t1.close", in: closing))
        #expect(!shown("t1.s2", in: closing))
        #expect(closing.contains("Load paper only when the light is green."))
        let end = try Chromium.dom(Self.page("en-US", "walk-places") + "#node=end")
        #expect(shown("end", in: end))
        #expect(end.contains(">See also</h3>"))
        #expect(end.contains(">Paper sizes</a>"))
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

    /// Runs `script` in the page after the site's script set it up, and returns what the
    /// script put in `result` (an object). The script is a file next to the page, so the
    /// page's CSP allows it; deferred scripts run in order, so it runs after stepwise.js.
    static func drive(_ relativePage: String, hash: String = "", _ script: String) throws -> [String: Any] {
        let page = site + "/" + relativePage
        let folder = (page as NSString).deletingLastPathComponent
        let name = "drive-" + UUID().uuidString
        defer {
            try? FileManager.default.removeItem(atPath: folder + "/" + name + ".html")
            try? FileManager.default.removeItem(atPath: folder + "/" + name + ".js")
        }
        let html = try String(contentsOfFile: page, encoding: .utf8)
            .replacingOccurrences(of: "</body>", with: "<script src=\"\(name).js\" defer></script>\n</body>")
        try Data(html.utf8).write(to: URL(fileURLWithPath: folder + "/" + name + ".html"))
        let js = """
        document.addEventListener("DOMContentLoaded", function () {
          var result = {};
          try { (function () { \(script) })(); } catch (e) { result.error = String(e); }
          var pre = document.createElement("pre");
          pre.id = "drive-result";
          pre.textContent = JSON.stringify(result);
          document.body.appendChild(pre);
        });
        """
        try Data(js.replacingOccurrences(of: "(function () { \(script) })()", with: "(function (result) { \(script) })(result)").utf8)
            .write(to: URL(fileURLWithPath: folder + "/" + name + ".js"))
        let dom = try Chromium.dom("file://" + folder + "/" + name + ".html" + hash)
        guard let open = dom.range(of: "<pre id=\"drive-result\">"), let close = dom.range(of: "</pre>", range: open.upperBound..<dom.endIndex) else { return [:] }
        let text = dom[open.upperBound..<close.lowerBound]
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }

    @Test func theToggleKeepsItsLabelFocusesTheStepAndTheLiveRegionIsHeard() throws {
        let r = try Self.drive("lv-LV/activate-or-reactivate-a-subscription/index.html", """
            var toggle = document.getElementById("guided-toggle");
            var label = toggle.textContent;
            toggle.click();
            result.label = toggle.textContent === label;
            result.pressed = toggle.getAttribute("aria-pressed");
            result.focused = document.activeElement.className;
            var live = document.getElementById("guided-live");
            result.liveInsideHidden = !!live.closest("[hidden]");
            result.liveInsideGuided = document.getElementById("guided").contains(live);
            result.live = live.textContent;
            result.navLabel = document.querySelector(".guided-nav").getAttribute("aria-label");
            result.regionLabel = document.getElementById("guided").getAttribute("aria-label");
            toggle.click();
            result.labelAfter = toggle.textContent === label;
            result.pressedAfter = toggle.getAttribute("aria-pressed");
            """)
        #expect(r["error"] == nil, "\(r)")
        #expect(r["label"] as? Bool == true && r["labelAfter"] as? Bool == true)
        #expect(r["pressed"] as? String == "true" && r["pressedAfter"] as? String == "false")
        #expect(r["focused"] as? String == "node-heading")
        #expect(r["liveInsideGuided"] as? Bool == false)
        #expect(r["liveInsideHidden"] as? Bool == false)
        #expect((r["live"] as? String)?.isEmpty == false)
        #expect(r["navLabel"] as? String == "Soļu navigācija")
        #expect(r["regionLabel"] as? String != r["navLabel"] as? String)
    }

    @Test func anAnchorLinkInAStepLeavesGuidedModeForItsTarget() throws {
        let r = try Self.drive("en-US/activate-or-reactivate-a-subscription/index.html", hash: "#node=t2.s3", """
            var target = document.querySelector("#article h2[id]") || document.querySelector("#article [id]");
            var section = document.querySelector("#guided section:not([hidden])");
            var link = document.createElement("a");
            link.href = "#" + target.id;
            link.textContent = "there";
            section.appendChild(link);
            link.click();
            result.guidedHidden = document.getElementById("guided").hidden;
            result.articleHidden = document.getElementById("article").hidden;
            result.focusedTarget = document.activeElement === target;
            result.hash = location.hash === "#" + target.id;
            """)
        #expect(r["error"] == nil, "\(r)")
        #expect(r["guidedHidden"] as? Bool == true)
        #expect(r["articleHidden"] as? Bool == false)
        #expect(r["focusedTarget"] as? Bool == true)
        #expect(r["hash"] as? Bool == true)
    }

    @Test func aMalformedNodeHashDoesNotStopTheScript() throws {
        let dom = try Chromium.dom(Self.page("en-US") + "#node=%E0")
        let toggle = try #require(tag("id=\"guided-toggle\"", in: dom))
        #expect(!toggle.contains("hidden"))
        #expect(tag("id=\"article\"", in: dom)?.contains("hidden") == false)
    }

    @Test func searchAnnouncesHowManyArticlesMatch() throws {
        let r = try Self.drive("en-US/index.html", """
            var input = document.getElementById("search-input");
            var status = document.getElementById("search-status");
            function type(text) { input.value = text; input.dispatchEvent(new Event("input")); return status.textContent; }
            result.one = type("contact");
            result.none = type("zzzzqq");
            result.empty = type("");
            """)
        #expect(r["error"] == nil, "\(r)")
        #expect(r["one"] as? String == "1 article matches your search.")
        #expect(r["none"] as? String == "No article matches your search.")
        #expect(r["empty"] as? String == "")
    }
}
