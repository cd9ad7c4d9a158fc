import Foundation
import Testing
@testable import StepwiseChecks

/// Every string check in every format that can carry it: the same source and translation
/// written as Stepwise YAML, Rails YAML, PO, XLIFF and a String Catalog, triggered and near-missed.
struct CatalogCheckMatrixTests {
    enum Format: String, CaseIterable {
        case yaml, rails, po, xliff, xcstrings
        /// Strings there are rendered as Markdown; gettext's `quote' style and XLIFF text are not.
        var carriesMarkdown: Bool { self != .po && self != .xliff }
    }

    /// The files holding one message (key `k`) with its source and translation.
    static func files(_ format: Format, source: String, target: String, comment: String? = nil) -> [String: String] {
        func yamlQuoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\"" }
        func cQuoted(_ s: String) -> String { yamlQuoted(s) }
        func xml(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
        switch format {
        case .yaml:
            return ["Locales/en-US.yml": "k: \(yamlQuoted(source))\n", "Locales/lv-LV.yml": (comment.map { "# \($0)\n" } ?? "") + "k: \(yamlQuoted(target))\n"]
        case .rails:
            return ["en.yml": "en:\n  k: \(yamlQuoted(source))\n", "lv.yml": "lv:\n" + (comment.map { "  # \($0)\n" } ?? "") + "  k: \(yamlQuoted(target))\n"]
        case .po:
            return ["lv.po": "msgid \"\"\nmsgstr \"Language: lv\\n\"\n\n" + (comment.map { "# \($0)\n" } ?? "") + "#, c-format\nmsgid \(cQuoted(source))\nmsgstr \(cQuoted(target))\n"]
        case .xliff:
            return ["lv.xliff": """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2"><file original="a" source-language="en" target-language="lv" datatype="plaintext"><body>
            <trans-unit id="k"><source>\(xml(source))</source><target state="translated">\(xml(target))</target>\(comment.map { "<note>\($0)</note>" } ?? "")</trans-unit>
            </body></file></xliff>

            """]
        case .xcstrings:
            func json(_ s: String) -> String { yamlQuoted(s) }
            return ["Localizable.xcstrings": """
            {"sourceLanguage": "en", "version": "1.0", "strings": {"k": {\(comment.map { "\"comment\": \(json($0)), " } ?? "")"localizations": {
              "en": {"stringUnit": {"state": "translated", "value": \(json(source))}},
              "lv": {"stringUnit": {"state": "translated", "value": \(json(target))}}}}}}

            """]
        }
    }

    func checks(_ format: Format, _ source: String, _ target: String, comment: String? = nil) throws -> [CheckID] {
        let tree = Tree()
        for (path, text) in Self.files(format, source: source, target: target, comment: comment) { tree.write(path, text) }
        let report = try tree.check()
        #expect(report.catalogsChecked == 1, "\(format)")
        return report.findings.map(\.check)
    }

    /// (check, source, translation that trips it, translation that nearly does).
    static let cases: [(CheckID, String, String, String)] = [
        (.whitespace, "Name: ", "Vārds:", "Vārds: "),
        (.whitespace, "Line\n", "Rinda", "Rinda\n"),
        (.tags, "Press <b>Save</b>", "Spiediet Saglabāt", "Spiediet <b>Saglabāt</b>"),
        (.tags, "A <b>bold</b> word", "<b>Trekns</b> vārds</b>", "Vārds <b>trekns</b>"),
        (.markup, "See [the guide](https://example.com/a).", "Skatiet [ceļvedi] (https://example.com/a).", "Skatiet [ceļvedi](https://example.com/a)."),
        (.markup, "See [the guide](https://example.com/a).", "Skatiet [ceļvedi](https://example.com/b).", "Skatiet ceļvedī [šeit](https://example.com/a)."),
        (.markup, "Run `stepwise check` now", "Palaidiet `stepwise check tagad", "Tagad palaidiet `stepwise check`"),
        (.untranslated, "Open the file", "Open the file", "Atvērt failu"),
    ]

    @Test(arguments: Format.allCases)
    func everyCheckInEveryFormat(_ format: Format) throws {
        for (check, source, bad, good) in Self.cases {
            guard check != .markup || format.carriesMarkdown else {
                #expect(try !checks(format, source, bad).contains(check), "\(format) is not Markdown: \(bad)")
                continue
            }
            #expect(try checks(format, source, bad).contains(check), "\(format) \(check): \(bad)")
            #expect(try checks(format, source, good) == [], "\(format) near miss \(check): \(good)")
        }
    }

    /// Placeholders in each format's own syntax: lost, and kept in another order.
    @Test(arguments: Format.allCases)
    func placeholdersInEachFormatsSyntax(_ format: Format) throws {
        let p: (String, String) = switch format {
        case .yaml: ("{name}", "{count}")
        case .rails: ("%{name}", "%{count}")
        case .po, .xliff, .xcstrings: ("%1$@", "%2$lld")
        }
        let source = "Hello \(p.0), you have \(p.1)"
        #expect(try checks(format, source, "Sveiki, jums ir \(p.1)") == [.placeholderMismatch], "\(format)")
        #expect(try checks(format, source, "Jums ir \(p.1), \(p.0)") == [], "\(format)")
    }

    /// A suppression where each format writes comments, for one check only.
    @Test(arguments: Format.allCases)
    func suppressionWhereTheFormatWritesComments(_ format: Format) throws {
        #expect(try checks(format, "Name: ", "Vārds:", comment: "stepwise-ignore: whitespace") == [], "\(format)")
        #expect(try checks(format, "Name: ", "Vārds:", comment: "stepwise-ignore: tags") == [.whitespace], "\(format)")
        #expect(try checks(format, "Name: ", "Vārds:", comment: "stepwise-ignore: all") == [], "\(format)")
        // Prose that mentions the marker, or an id that names no check, silences nothing.
        #expect(try checks(format, "Name: ", "Vārds:", comment: "do not use stepwise-ignore: whitespace here") == [.whitespace], "\(format)")
        #expect(try checks(format, "Name: ", "Vārds:", comment: "stepwise-ignore: white-space") == [.whitespace], "\(format)")
    }
}
