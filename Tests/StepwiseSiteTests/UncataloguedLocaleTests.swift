import Foundation
import Testing
@testable import StepwiseSite

/// A locale without a catalog shows en-US strings; the elements holding them say `lang="en-US"`.
@Suite struct UncataloguedLocaleTests {
    @Test func englishStringsAreMarkedEnglish() throws {
        let md = """
        ---
        title: Activer
        ---
        # Activer

        ## Activer un abonnement

        1. Ouvrez la page.
        2. Sélectionnez **Activer**.

        > [!NOTE]
        > Une note.
        """
        let (page, _, files) = try Single.export(md, slug: "activer", locale: "fr-FR")
        #expect(page.contains("<html lang=\"fr-FR\">"))
        #expect(page.contains("<div class=\"guided-switch\" lang=\"en-US\">"))
        #expect(page.contains("<p class=\"callout-title\" lang=\"en-US\">Note</p>"))
        #expect(page.contains("<p class=\"node-counter\" lang=\"en-US\">Step 1 of 2</p>"))
        #expect(page.contains("<nav class=\"guided-nav\" aria-label=\"Step navigation\" lang=\"en-US\">"))
        let index = String(decoding: try #require(files["fr-FR/index.html"]), as: UTF8.self)
        #expect(index.contains("<h1 lang=\"en-US\">Help articles</h1>"))
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(home.contains("hreflang=\"fr-FR\" lang=\"en-US\">"))
        // A catalogued locale has no such marks.
        let (lv, _, _) = try Single.export(md, slug: "activer", locale: "lv-LV")
        #expect(!lv.contains("lang=\"en-US\""))
    }
}
