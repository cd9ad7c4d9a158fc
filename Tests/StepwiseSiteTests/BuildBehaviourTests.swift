import Foundation
import Testing
@testable import StepwiseSite

/// Deterministic, incremental and cleaning exports.
@Suite struct BuildBehaviourTests {
    @Test func twoExportsAreByteIdenticalWhateverTheWorkers() throws {
        let a = Temp.folder("det-a"), b = Temp.folder("det-b")
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        let sources = Export.sources(content: Repo.content) + Export.sources(content: Repo.fixtures + "/Content")
        _ = try Export.run(sources, to: a, concurrency: 1)
        _ = try Export.run(sources.reversed(), to: b, concurrency: 4)
        let filesA = Temp.files(a), filesB = Temp.files(b)
        #expect(filesA.count == 16)
        #expect(filesA[".stepwise-export-manifest"] != nil && filesA[".stepwise-export-cache"] != nil)
        #expect(filesA.keys.sorted() == filesB.keys.sorted())
        for (path, data) in filesA { #expect(filesB[path] == data, "\(path)") }
    }

    @Test func aReExportRewritesOnlyWhatChanged() throws {
        let content = Temp.folder("inc-content"), out = Temp.folder("inc-out")
        defer { try? FileManager.default.removeItem(atPath: content); try? FileManager.default.removeItem(atPath: out) }
        try Temp.copy(Repo.content, to: content)
        let first = try Export.run(content: content, to: out)
        #expect(first.written == first.files)
        let again = try Export.run(content: content, to: out)
        #expect(again.written == 0 && again.writtenPaths.isEmpty)

        // A new paragraph changes that page and the search index, nothing else.
        let path = content + "/en-US/contact-support-for-business-products.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + "\nOne more closing sentence.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let changed = try Export.run(content: content, to: out)
        #expect(changed.writtenPaths == ["en-US/contact-support-for-business-products/index.html", "en-US/search.json"])
    }

    @Test func cleanRemovesPagesOfDeletedArticlesOnly() throws {
        let content = Temp.folder("clean-content"), out = Temp.folder("clean-out")
        defer { try? FileManager.default.removeItem(atPath: content); try? FileManager.default.removeItem(atPath: out) }
        try Temp.copy(Repo.content, to: content)
        _ = try Export.run(content: content, to: out)
        // Something of the user's own in the output survives cleaning.
        try Data("keep".utf8).write(to: URL(fileURLWithPath: out + "/en-US/notes.txt"))
        try FileManager.default.removeItem(atPath: content + "/lv-LV/contact-support-for-business-products.md")

        let kept = try Export.run(content: content, to: out)
        #expect(kept.removed == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/lv-LV/contact-support-for-business-products/index.html"))

        let cleaned = try Export.run(content: content, to: out, clean: true)
        #expect(cleaned.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: out + "/lv-LV/contact-support-for-business-products"))
        #expect(FileManager.default.fileExists(atPath: out + "/en-US/contact-support-for-business-products/index.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/en-US/notes.txt"))
        // The Latvian seed now links to the English page of the article it lost.
        let seed = try String(contentsOfFile: out + "/lv-LV/activate-or-reactivate-a-subscription/index.html", encoding: .utf8)
        #expect(seed.contains("href=\"../../en-US/contact-support-for-business-products/index.html\""))
    }

    @Test func localeFilterAndBaseURL() throws {
        let out = Temp.folder("filter")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let report = try Export.run(Export.sources(content: Repo.content), to: out, baseURL: "https://help.example.com/docs", locales: ["lv-lv"])
        #expect(report.articlePages == 2)
        #expect(!FileManager.default.fileExists(atPath: out + "/en-US"))
        let sitemap = try String(contentsOfFile: out + "/sitemap.xml", encoding: .utf8)
        #expect(sitemap.contains("<loc>https://help.example.com/docs/lv-LV/activate-or-reactivate-a-subscription/index.html</loc>"))
        let page = try String(contentsOfFile: out + "/lv-LV/activate-or-reactivate-a-subscription/index.html", encoding: .utf8)
        #expect(page.contains("hreflang=\"lv-LV\" href=\"https://help.example.com/docs/lv-LV/activate-or-reactivate-a-subscription/index.html\""))
        #expect(!page.contains("hreflang=\"en-US\""))
    }

    @Test func indexesListEveryArticleWithCounts() throws {
        let out = Temp.folder("index")
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = try Export.run(content: Repo.content, to: out)
        let index = try String(contentsOfFile: out + "/lv-LV/index.html", encoding: .utf8)
        #expect(index.contains("<p>2 raksti</p>"))
        #expect(index.contains("<td><a href=\"activate-or-reactivate-a-subscription/index.html\">Abonementa aktivizēšana vai atkārtota aktivizēšana</a></td><td class=\"align-right\">3</td><td class=\"align-right\">10</td>"))
        #expect(index.contains("<input type=\"search\" id=\"search-input\""))
        let search = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/lv-LV/search.json"))) as? [[String: String]]
        #expect(search?.map { $0["slug"] } == ["activate-or-reactivate-a-subscription", "contact-support-for-business-products"])
        #expect(search?.first?["text"]?.contains("Atlasiet Citas darbības") == true)
        let home = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(home.contains("<a href=\"lv-LV/index.html\" hreflang=\"lv-LV\" lang=\"lv-LV\">Latviešu</a>"))
    }

    @Test func templatesCanBeReplaced() throws {
        let templates = Temp.folder("templates"), out = Temp.folder("templated")
        defer { try? FileManager.default.removeItem(atPath: templates); try? FileManager.default.removeItem(atPath: out) }
        try Data("<!DOCTYPE html>\n<html lang=\"{{lang}}\"><head><title>{{title}}</title></head><body>{{{body}}}</body></html>\n".utf8)
            .write(to: URL(fileURLWithPath: templates + "/article.mustache"))
        _ = try Export.run(Export.sources(content: Repo.content), to: out, templates: templates)
        let page = try String(contentsOfFile: out + "/en-US/activate-or-reactivate-a-subscription/index.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-US\"><head><title>Activate or reactivate a subscription</title></head><body><h1"))
        // The other templates are still the shipped ones.
        #expect(try String(contentsOfFile: out + "/en-US/index.html", encoding: .utf8).contains("search-input"))

        try Data("{{#broken}}".utf8).write(to: URL(fileURLWithPath: templates + "/home.mustache"))
        // A project's own template is read by Mustache before anything is written.
        let broken = #expect(throws: SiteError.self) { _ = try Export.run(Export.sources(content: Repo.content), to: out, templates: templates) }
        #expect(broken?.code == .templateSyntax)
        #expect(throws: SiteError(.templatesNotAFolder, ["path": templates + "/nope"])) {
            _ = try Export.run(Export.sources(content: Repo.content), to: out, templates: templates + "/nope")
        }
    }
}
