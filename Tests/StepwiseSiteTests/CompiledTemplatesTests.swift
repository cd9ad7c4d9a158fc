import Foundation
import Mustache
import Testing
@testable import StepwiseSite

/// The compiled templates must make the bytes swift-mustache makes, or decline.
@Suite struct CompiledTemplatesTests {
    /// Contexts of every shape the pages give: sections on and off, empty and full lists,
    /// a section opened with a string, numbers, and text that looks like tags.
    static var contexts: [[String: Any]] {
        let row: (Int) -> [String: Any] = { i in
            ["slug": "s\(i)", "href": "s\(i)/index.html", "title": "Nosaukums {{x}} \(i)", "tasks": i, "steps": i * 2,
             "hreflang": "lv-LV", "name": "Latviešu", "nameLang": "lv", "current": i % 2 == 0, "locale": "lv-LV", "count": "\(i) raksti"]
        }
        var base: [String: Any] = [
            "lang": "lv-LV", "title": "Virsraksts", "siteTitle": "Vietne", "heading": "Raksti", "csp": "default-src 'self'", "root": "../../",
            "skipLabel": "Pāriet", "breadcrumbLabel": "Ceļš", "homeLabel": "Sākums", "languagesLabel": "Valodas", "body": "<p>Teksts</p>\n",
            "guide": "<ol>\n<li>Solis</li>\n</ol>", "graph": "{\"a\":1}", "guideStartLabel": "Sākt", "guideLabel": "Ceļvedis",
            "guideNavLabel": "Navigācija", "backLabel": "Atpakaļ", "nextLabel": "Tālāk", "countText": "3 raksti", "searchLabel": "Meklēt",
            "searchCounts": "{}", "articleColumn": "Raksts", "tasksColumn": "Uzdevumi", "stepsColumn": "Soļi",
        ]
        var all: [[String: Any]] = []
        for variant in 0..<6 {
            var c = base
            c["alternates"] = (0..<(variant % 3)).map(row)
            c["languages"] = (0..<variant).map(row)
            c["articles"] = (0..<(variant * 2)).map(row)
            c["locales"] = (0..<(variant % 4)).map(row)
            c["hasLanguages"] = variant > 1
            c["hasGuide"] = variant % 2 == 1
            if variant % 3 == 1 { c["uiLang"] = "en-US" } else if variant == 5 { c["uiLang"] = "" }
            // Pages hand their markup over as bytes; swift-mustache reads the String they stand for.
            if variant % 3 == 0 {  // 0 without the guided panel, 3 with it
                var body = HTMLBuffer(), guide = HTMLBuffer()
                body.escaped("<p>Teksts</p>\n"); guide.escaped("<ol>\n<li>Solis</li>\n</ol>")
                c["body"] = PageHTML(body); c["guide"] = PageHTML(guide)
            }
            all.append(c)
        }
        base["hasGuide"] = true
        all.append(base)  // no lists at all
        return all
    }

    /// A section opened on page markup is swift-mustache's to render, which reads it as the
    /// String it stands for, in every position a project's template could use it.
    @Test func pageMarkupIsTheStringItStandsFor() throws {
        // Whole lines, as the compiled templates read them.
        let templates = ["{{#body}}[{{.}}]{{/body}}\n", "{{#body}}[{{title}}]{{/body}}\n", "{{^body}}none{{/body}}\n", "{{body}}\n", "{{&body}}\n", "{{{body}}}\n"]
        var buffer = HTMLBuffer()
        buffer.escaped("<p>A & \"B\"</p>")
        var compiledAny = false
        for text in templates {
            var library = MustacheLibrary()
            try library.register(text, named: "t")
            let asString = library.render(["body": "<p>A & \"B\"</p>", "title": "T"], withTemplate: "t")
            #expect(library.render(["body": PageHTML(buffer), "title": "T"], withTemplate: "t") == asString, "\(text)")
            // What the compiled templates do not read (`{{.}}`, escaping tags) is swift-mustache's.
            guard let compiled = CompiledTemplates(["t": text]) else { continue }
            compiledAny = true
            if let ours = compiled.render("t", ["body": PageHTML(buffer), "title": "T"]) {
                #expect(String(decoding: ours, as: UTF8.self) == asString, "\(text)")
            } else {
                #expect(text.contains("{{#body}}") || text.contains("{{^body}}"), "declined \(text)")
            }
        }
        #expect(compiledAny)
    }

    @Test func shippedTemplatesMakeMustachesBytes() throws {
        let templates = try SiteTemplates(override: nil)
        let compiled = try #require(templates.compiled, "the shipped templates no longer compile")
        for name in SiteTemplates.names {
            for (i, context) in Self.contexts.enumerated() {
                let escaped = SiteTemplates.escaped(context, raw: ["body", "guide", "graph", "searchCounts"])
                let ours = try #require(compiled.render(name, escaped), "\(name) declined context \(i)")
                #expect(String(decoding: ours, as: UTF8.self) == templates.library.render(escaped, withTemplate: name), "\(name), context \(i)")
            }
        }
    }

    @Test func valuesOfUnmodelledKindsAreDeclined() throws {
        struct Row { var v = "field" }
        let compiled = try #require(CompiledTemplates(["t": "{{#l}}[{{{v}}}]{{/l}}\n"]))
        #expect(compiled.render("t", ["l": [Row()], "v": "root"]) == nil)
        #expect(compiled.render("t", ["l": [1.5], "v": "root"]) == nil)
        #expect(compiled.render("t", ["l": ["s", 2, true, ["v": "d"]], "v": "root"]).map { String(decoding: $0, as: UTF8.self) } == "[root][root][root][d]\n")
    }

    @Test func overriddenTemplatesAreLeftToMustache() throws {
        let folder = NSTemporaryDirectory() + "stepwise-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "{{! a comment }}<title>{{title}}</title>\n".write(toFile: folder + "/home.mustache", atomically: true, encoding: .utf8)
        let templates = try SiteTemplates(override: folder)
        #expect(templates.compiled == nil)
        // Rendered by swift-mustache, which reads the comment.
        #expect(templates.render("home", ["title": "A"]) == "<title>A</title>\n")
    }

    @Test(arguments: ["{{name}}", "{{! note }}", "{{=<% %>=}}", "{{&name}}", "{{a.b}}", "{{.}}", "  {{> head}}\n", "{{#a}}x", "x{{/a}}",
                      "{{#a}}{{/b}}", "{{{name}}", "{{", "a\r\nb\n", "{{$block}}{{/block}}", "{{<parent}}{{/parent}}", "{{{v}}}",
                      // Sections opened alone on a line and closed within one, or the other way.
                      "{{#a}}\nx{{/a}}{{#b}}\ny\n{{/b}}\n", "x{{#a}}\ny\n{{/a}}\n", "x{{#a}}\ny{{/a}}\n"])
    func unreadTemplatesAreDeclined(_ text: String) {
        #expect(CompiledTemplates(["t": text]) == nil, "\(text.debugDescription)")
    }

    /// Templates made of the pieces the compiler reads, laid out every which way (tags alone
    /// on lines, indented, inline, blank lines), against swift-mustache.
    @Test func generatedTemplatesMakeMustachesBytes() throws {
        var rng = SplitMix(seed: 0x5EED)
        let pieces = ["text", " ", "\n", "  ", "\t", "{{{v}}}", "{{{w}}}", "{{#s}}", "{{/s}}", "{{^s}}", "{{#b}}", "{{/b}}", "{{^b}}",
                      "{{#l}}", "{{/l}}", "{{> p}}", "ā\n", "{{{missing}}}"]
        let contexts: [[String: Any]] = [
            ["v": "V", "w": 7, "s": "str", "b": true, "l": [["v": "in1"], ["w": "in2"]]],
            ["v": "", "s": "", "b": false, "l": [[String: Any]]()],
            ["b": true, "l": [["b": false, "v": "x"]]],
        ]
        var compared = 0
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 14) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            text += "\n"
            let partial = "P{{{v}}}\n"
            guard let compiled = CompiledTemplates(["t": text, "p": partial]) else { continue }
            var library = MustacheLibrary()
            try library.register(text, named: "t")
            try library.register(partial, named: "p")
            for context in contexts {
                guard let ours = compiled.render("t", context) else { continue }
                #expect(String(decoding: ours, as: UTF8.self) == library.render(context, withTemplate: "t"), "\(text.debugDescription)")
                compared += 1
            }
        }
        #expect(compared > 2000)
    }
}

/// A small seeded generator, so a failure names a template that can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
