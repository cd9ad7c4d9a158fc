import Foundation
import Testing
import StepwiseArticle
import StepwiseLocale
@testable import StepwiseTerminal

/// The shipped Latvian seed article, parsed for real.
@Suite struct SeedArticleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = root.appendingPathComponent("Content/lv-LV/activate-or-reactivate-a-subscription.md").path

    static func seed() throws -> Article {
        try ArticleParser().parse(contentsOf: seedPath)
    }

    @Test func keyLinesAtWidth80() throws {
        let out = renderer(width: 80).render(try Self.seed())
        let l = lines(out)
        #expect(l[0] == "Abonementa aktivizēšana vai atkārtota aktivizēšana")
        #expect(l[1] == String(repeating: "═", count: 50))
        #expect(l.contains("• Lai piešķirtu lietotājiem piekļuvi pakalpojumam, piešķiriet tiem licenci. Lai"))
        #expect(l.contains { $0.hasPrefix("1. Administrēšanas centrā dodieties uz lapu [trūkst] › Norēķini jūsu [4]") })
        #expect(l.contains("   " + top("Svarīgi", 77)))
        #expect(l.contains("   " + bottom(77)))
        #expect(l.contains { $0.hasPrefix("   │ Ja neredzat iespēju Atkārtoti aktivizēt šo abonementu kā pieejamu ") })
        #expect(l.contains("5. Atlasiet Atkārtoti aktivizēt."))
        let links = l.firstIndex(of: "Saites")
        #expect(links != nil)
        #expect(l.contains("[1] https://docs.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users"))
        #expect(l.contains("[5] /microsoft-365/admin/contact-support-for-business-products"))
        #expect(l.last == "[8] https://docs.microsoft.com/microsoft-365/commerce/product-key-errors-and-solutions")
        #expect(!out.contains("\u{1B}") && !out.contains("**") && !out.contains("[!IMPORTANT]") && !out.contains("<a name"))
    }

    @Test(arguments: [20, 40, 80])
    func seedStaysWithinWidth(width: Int) throws {
        let a = try Self.seed()
        for color in [false, true] {
            for links in [ArticleRenderer.LinkStyle.footnotes, .hyperlinks] {
                let out = renderer(width: width, color: color, links: links).render(a)
                let shown = visibleLines(out)
                // Footnote URLs are printed whole, on purpose; everything else fits.
                let body = shown.prefix { $0 != "Saites" }
                for line in body { #expect(DisplayWidth.of(line) <= width, "\(line)") }
                if !color { #expect(!out.contains("\u{1B}")) }
                #expect(!shown.contains("<<bad escape>>"))
            }
        }
    }

    @Test func stringsFromTheShippedCatalogs() throws {
        let l = try Localizer(locale: "lv-LV", folder: Self.root.appendingPathComponent("Sources/StepwiseLocale/Catalogs"))
        let s = RenderStrings(localizer: l)
        #expect(s.calloutTitle(for: .important) == "Svarīgi")
        #expect(s.linksHeading == "Saites")
        #expect(s.imageFormat == "Attēls: {alt}")
        #expect(s.videoFormat.contains("{url}"))
        #expect(s.uiPathSeparator == " › ")
        #expect(!s.emptyUIPathSegment.isEmpty && !s.emptyUIPathSegment.hasPrefix("show."))
        let out = ArticleRenderer(width: 60, color: false, links: .footnotes, strings: s).render(try Self.seed())
        #expect(out.contains("┌─ Svarīgi ─"))
    }
}
