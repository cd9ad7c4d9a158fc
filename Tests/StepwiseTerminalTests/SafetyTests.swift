import Testing
import StepwiseArticle
@testable import StepwiseTerminal

/// Content must never drive the terminal: no escape, control or bidi character from an
/// article reaches the output, whatever field it hides in.
@Suite struct SafetyTests {
    static let evil = "A\u{1B}[31mRED\u{1B}]8;;https://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\"
        + "\u{9B}2J\u{9D}0;title\u{9C}\u{85}\u{07}\u{08}\u{0D}\u{00}\u{7F}\u{202E}exe.gnp\u{202C}\u{2066}x\u{2069}Z"

    static let hostile: Article = {
        let e = evil
        let evilURL = "https://ok.example/\(e)"
        let evilTable = table([.left, .right], header: [cell(t(e)), cell(t("B"))], rows: [[cell(t(e)), cell(code(e))]])
        let inc = Block.include(Include(title: e, target: e, path: e, children: [para(t(e))], range: .unknown))
        return article(title: e,
            heading(2, t(e)),
            para(t(e), strong(t(e)), em(t(e)), code(e), .html(InlineHTML(raw: e, range: .unknown))),
            para(link(evilURL, t(e)), t(" "), link("https://safe.example/a", t(e)), t(" "), link(e, t("x")),
                 t(" "), link("https://ok.example/\u{1B}\\", t("st")), t(" "), image(e, alt: e)),
            para(uiPath([strong(t(e))], [], [link(evilURL, t(e))])),
            bullets(item(para(t(e)), callout(.caution, para(t(e)), codeBlock(e)))),
            quote(para(t(e))),
            evilTable,
            codeBlock(e + "\n" + e),
            .html(HTMLBlock(raw: e, range: .unknown)),
            .video(Video(url: e, range: .unknown)),
            .video(Video(url: evilURL, range: .unknown)),
            inc)
    }()

    static let evilStrings: RenderStrings = {
        let e = evil
        return RenderStrings(noteTitle: e, tipTitle: e, importantTitle: e, cautionTitle: e, warningTitle: e,
                             linksHeading: e, imageFormat: e + "{alt}", videoFormat: "{url}" + e,
                             uiPathSeparator: e, emptyUIPathSegment: e, emptyTable: e)
    }()

    @Test(arguments: [20, 80])
    func hostileContentRendersInert(width: Int) {
        for strings in [testStrings, Self.evilStrings] {
            for links in [ArticleRenderer.LinkStyle.footnotes, .hyperlinks] {
                let plain = ArticleRenderer(width: width, color: false, links: links, strings: strings).render(Self.hostile)
                #expect(!plain.contains("\u{1B}"))
                #expect(!hasControl(plain))
                // The content is shown, defused.
                #expect(plain.contains("\u{FFFD}[31mRED\u{FFFD}]8;;https://evil.example/\u{FFFD}\\click"))

                let styled = ArticleRenderer(width: width, color: true, links: links, strings: strings).render(Self.hostile)
                let visible = strippingRendererEscapes(styled)
                #expect(visible != nil, "an escape sequence the renderer does not write")
                if let visible {
                    #expect(!visible.contains("\u{1B}"))
                    #expect(!hasControl(visible))
                    #expect(visible.contains("\u{FFFD}[31mRED"))
                }
                #expect(!hasControl(styled, allowingESC: true))
                // Only the clean link became a hyperlink.
                let targets = osc8Targets(styled)
                #expect(Set(targets).isSubset(of: ["https://safe.example/a"]))
                #expect(links == .footnotes || targets.contains("https://safe.example/a"))
            }
        }
    }

    @Test func sanitizer() {
        #expect(DisplaySafeText.clean("plain ascii") == "plain ascii")
        #expect(DisplaySafeText.clean("ā\u{1B}[0m") == "ā\u{FFFD}[0m")
        #expect(DisplaySafeText.clean("a\u{9B}b\u{85}c\u{7F}d") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(DisplaySafeText.clean("a\tb\nc\r\nd") == "a b c  d")
        #expect(DisplaySafeText.clean("\u{202E}abc\u{202C}\u{2067}d\u{2069}\u{200F}") == "abcd")
        #expect(DisplaySafeText.clean("e\u{0304}\u{200D}") == "e\u{0304}\u{200D}")
        #expect(DisplaySafeText.isClean("Svarīgi!") && !DisplaySafeText.isClean("\u{1B}"))
    }

    @Test func escapeHiddenInAGraphemeClusterIsStillCaught() {
        // ESC followed by a combining mark forms one Character with it.
        let out = renderer().render([para(t("x\u{1B}\u{0301}[31my"))])
        #expect(!out.contains("\u{1B}"))
        #expect(!out.unicodeScalars.contains("\u{1B}"))
    }

    func osc8Targets(_ s: String) -> [String] {
        var out: [String] = []
        var rest = Substring(s)
        while let r = rest.firstRange(of: "\u{1B}]8;;") {
            rest = rest[r.upperBound...]
            guard let end = rest.firstRange(of: "\u{1B}\\") else { break }
            let target = String(rest[..<end.lowerBound])
            if !target.isEmpty { out.append(target) }
            rest = rest[end.upperBound...]
        }
        return out
    }
}
