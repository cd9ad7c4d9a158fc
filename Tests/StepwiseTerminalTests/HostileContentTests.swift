import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale
import StepwiseWizard
import Testing
@testable import StepwiseTerminal

/// Articles from translation vendors and machine translation are untrusted: escape sequences
/// and C1 controls in any part of them must never reach the terminal raw, and a hyperlink must
/// open what the article's link says.
@Suite struct HostileContentTests {
    static let esc = "\u{1B}"
    /// Sequences a terminal acts on: CSI (clear, cursor), OSC (title, hyperlink), DCS, 8-bit CSI,
    /// NEL, BEL, and a NUL.
    static let payloads = [
        "\(esc)[2J\(esc)[H", "\(esc)]0;owned\u{07}", "\(esc)]8;;https://evil.example\(esc)\\", "\(esc)P1$r\(esc)\\",
        "\u{9B}31m", "\u{85}", "\u{07}", "\u{00}", "\(esc)[?1049h", "\u{9D}0;x\u{9C}",
    ]

    /// The payload placed in every part of an article a renderer shows.
    static func article(_ p: String) -> String {
        """
        ---
        title: "T \(p.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\\" ? String(format: "\\\\u%04X", $0.value) : String($0) }.joined())"
        ---
        # Heading \(p)

        Intro \(p) text with `code \(p)` and ![alt \(p)](img.png "title \(p)").

        ## Task \(p)

        1. Select [link \(p)](https://good.example/a "title \(p)") and **bold \(p)**.
        2. Go to **Billing \(p)** > **Your products**.

           > [!IMPORTANT]
           > Careful \(p), see [support \(p)](https://good.example/support).

        | head \(p) | b |
        | --- | --- |
        | cell \(p) | x |

        ```
        block \(p)
        ```
        """
    }

    static func parsed(_ p: String) throws -> Article {
        try ArticleParser().parse(bytes: Array(article(p).utf8), path: "hostile.md")
    }

    @Test(arguments: payloads)
    func nothingRawReachesTheTerminal(_ payload: String) throws {
        let a = try Self.parsed(payload)
        let plain = renderer(width: 60, color: false, links: .footnotes).render(a)
        #expect(TerminalOutputCheck.plain(plain) == nil, "\(TerminalOutputCheck.plain(plain) ?? "")")
        let styled = renderer(width: 60, color: true, links: .hyperlinks).render(a)
        #expect(TerminalOutputCheck.styled(styled) == nil, "\(TerminalOutputCheck.styled(styled) ?? "")")
        #expect(a.frontMatter.title?.contains("T ") == true)
    }

    @Test(arguments: payloads)
    func wizardScreensAreClean(_ payload: String) throws {
        let graph = StepGraphBuilder().build(try Self.parsed(payload))
        let article = WizardArticle(graph: graph, locale: "en-US", contentHash: "h")
        var wizard = try Wizard(slug: "hostile", locale: "en-US", source: ClosureArticleSource { _, _ in article })
        let localizer = Localizer(catalog: Catalog(locale: "en-US"))
        var screen = wizard.screen
        for _ in 0..<10 {
            for input in [WizardScreenRenderer.Input.lines, .keys] {
                let out = WizardScreenRenderer(localizer: localizer, width: 60, color: false, input: input).render(screen)
                #expect(TerminalOutputCheck.plain(out) == nil, "\(screen.nodeID): \(TerminalOutputCheck.plain(out) ?? "")")
            }
            if screen.kind == .end { break }
            screen = wizard.handle(screen.choices.isEmpty ? .next : .choose(1))
        }
        #expect(screen.kind == .end)
    }

    /// A link whose text carries its own OSC 8 sequence cannot make the terminal open another URL.
    @Test func hyperlinksCannotBeSpoofed() throws {
        let a = try ArticleParser().parse(bytes: Array("""
            # T

            [Open \(Self.esc)\\]8;;https://evil.example/\(Self.esc)\\\\the bank\(Self.esc)\\]8;;\(Self.esc)\\\\ site](https://good.example/bank)
            and <https://good.example/auto\(Self.esc)]8;;https://evil.example/\(Self.esc)\\>.
            """.utf8), path: "spoof.md")
        let styled = renderer(width: 200, color: true, links: .hyperlinks).render(a)
        #expect(TerminalOutputCheck.styled(styled) == nil)
        let targets = TerminalOutputCheck.hyperlinkTargets(styled)
        #expect(targets == ["https://good.example/bank"], "\(styled.debugDescription)")
        #expect(targets.allSatisfy { $0.hasPrefix("https://good.example/") }, "\(targets)")
        #expect(!targets.contains { $0.contains("evil") }, "\(targets)")
    }

    @Test func theCheckItselfCatchesRawSequences() {
        #expect(TerminalOutputCheck.plain("a\(Self.esc)[2Jb") != nil)
        #expect(TerminalOutputCheck.plain("a\u{9B}b") != nil)
        #expect(TerminalOutputCheck.styled("\(Self.esc)[1mok\(Self.esc)[0m") == nil)
        #expect(TerminalOutputCheck.styled("\(Self.esc)]0;title\u{07}") != nil)
        #expect(TerminalOutputCheck.styled("\(Self.esc)]8;;https://x\u{07}y\(Self.esc)\\") != nil)
        #expect(TerminalOutputCheck.hyperlinkTargets("\(Self.esc)]8;;https://a\(Self.esc)\\x\(Self.esc)]8;;\(Self.esc)\\") == ["https://a"])
    }
}
