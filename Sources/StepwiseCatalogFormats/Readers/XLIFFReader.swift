import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StepwiseArticle
import StepwiseLocale

/// XLIFF 1.2 (`trans-unit`, `source`, `target state=…`, `note`, `maxwidth`) and XLIFF 2.0
/// (`unit`, `segment state=…`, `notes`), read with Foundation's XMLParser (libxml2).
/// Inline codes (`<x/>`, `<g>`, `<ph>`, `<pc>`, `<sc/>`, `<ec/>`…) are kept in the text as
/// tags, so the tag check sees them changed, lost or added.
final class XLIFFReader: NSObject, XMLParserDelegate {
    private let file: String
    private let lines: [Substring]
    private var catalog: MessageCatalog
    private var failure: CatalogError?

    private var fileOriginal: String?
    private var fileCount = 0
    private var unit: (id: String, position: SourcePosition, maxWidth: Int?, state: String?, notes: [String])?
    private var segmentIndex = 0
    private var source: MessageText?
    private var target: MessageText?
    private var targetState: String?
    /// The element whose text is being gathered (`source`, `target`, `note`) and its depth.
    private var capture: (element: String, text: String, position: SourcePosition, depth: Int)?
    private var depth = 0
    /// The elements open outside a capture, so only a unit's own `source`/`target` is read,
    /// not a translation-memory suggestion's (`alt-trans`, `mtc:match`).
    private var open: [String] = []
    /// Where libxml2 stopped, and its words (only it has them), as YAML errors keep libyaml's.
    private var xmlError: (Int, Int, Int)?
    private var sawRoot = false

    private init(file: String, text: String, locale: String) {
        self.file = file
        self.lines = TextLines.of(text)
        self.catalog = MessageCatalog(file: file, format: .xliff12, locale: locale)
    }

    static func read(_ text: String, file: String, locale: String) -> Result<MessageCatalog, CatalogError> {
        let reader = XLIFFReader(file: file, text: text, locale: locale)
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        // No DTDs or external entities: a catalog from a vendor must not make us read files.
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let failure = reader.failure { return .failure(failure) }
        // corelibs' parse() can return true after libxml2 reported an error: both are looked at.
        if !ok || parser.parserError != nil || reader.xmlError != nil {
            let (line, column, code) = reader.xmlError ?? (parser.lineNumber, parser.columnNumber, (parser.parserError as NSError?)?.code ?? 0)
            return .failure(CatalogError(.syntax, file: file, line: max(line, 1), column: max(column, 1), Self.detail(libxml2: code)))
        }
        guard reader.sawRoot else {
            return .failure(CatalogError(.missing, file: file, line: 1, column: 1, ["expected": "<xliff>"]))
        }
        return .success(reader.catalog)
    }

    /// libxml2 reports the place after a start tag; the tag itself begins at the `<` before it.
    /// The line's scalars are kept for the next unit: a minified file has them all on one line.
    private var cachedLine: (number: Int, scalars: [Unicode.Scalar])?

    private func tagStart(_ parser: XMLParser) -> SourcePosition {
        var line = parser.lineNumber, column = parser.columnNumber
        while line >= 1, line <= lines.count {
            if cachedLine?.number != line { cachedLine = (line, Array(lines[line - 1].unicodeScalars)) }
            let scalars = cachedLine!.scalars
            var i = min(column - 1, scalars.count) - 1
            while i >= 0 {
                if scalars[i] == "<" { return SourcePosition(line: line, column: i + 1) }
                i -= 1
            }
            line -= 1
            column = Int.max
        }
        return SourcePosition(line: parser.lineNumber, column: max(parser.columnNumber, 1))
    }

    private func here(_ parser: XMLParser) -> SourcePosition {
        SourcePosition(line: parser.lineNumber, column: max(parser.columnNumber, 1))
    }

    private func fail(_ parser: XMLParser, _ error: CatalogError) {
        failure = failure ?? error
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        if var c = capture {
            // An inline code inside source or target: kept as a tag.
            let attrs = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\($0.value)\"" }.joined()
            c.text += "<\(name)\(attrs)>"
            capture = c
            return
        }
        open.append(name)
        switch name {
        case "xliff":
            sawRoot = true
            if attributes["version"]?.hasPrefix("2") == true { catalog.format = .xliff20 }
            if let s = attributes["srcLang"] { catalog.sourceLocale = s }
            if let t = attributes["trgLang"] { catalog.locale = t }
        case "file":
            fileCount += 1
            fileOriginal = attributes["original"] ?? attributes["id"]
            if let s = attributes["source-language"] { catalog.sourceLocale = s }
            if let t = attributes["target-language"] { catalog.locale = t }
        case "trans-unit", "unit":
            let position = tagStart(parser)
            guard let id = attributes["id"] ?? attributes["resname"] else {
                return fail(parser, CatalogError(.missingAttribute, file: file, line: position.line, column: position.column,
                                                 ["element": name, "attribute": "id"]))
            }
            // XLIFF 1.2's size-unit defaults to pixel, which a text check cannot measure.
            let maxWidth = attributes["size-unit"] == "char" ? attributes["maxwidth"].flatMap(Int.init) : nil
            unit = (id, position, maxWidth, nil, [])
            segmentIndex = 0
            source = nil; target = nil; targetState = nil
        case "segment":
            source = nil; target = nil
            targetState = attributes["state"]
        case "source", "target", "note":
            let parent = open.dropLast().last
            guard unit != nil, parent == "trans-unit" || parent == "segment" || (name == "note" && parent == "notes") else { return }
            if name == "target", let state = attributes["state"] { targetState = state }
            capture = (name, "", here(parser), depth)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { depth -= 1 }
        if var c = capture {
            if depth > c.depth {
                c.text += "</\(name)>"
                capture = c
                return
            }
            capture = nil
            open.removeLast()
            let text = MessageText(c.text, at: c.position)
            switch c.element {
            case "source": source = text
            case "target": target = text
            default: unit?.notes.append(c.text)
            }
            return
        }
        if !open.isEmpty { open.removeLast() }
        switch name {
        case "segment":
            add(suffix: segmentIndex == 0 ? "" : "#\(segmentIndex + 1)")
            segmentIndex += 1
        case "trans-unit":
            add(suffix: "")
            unit = nil
        case "unit":
            unit = nil
        default:
            break
        }
    }

    private func add(suffix: String) {
        guard let unit, let source else { return }
        let value: MessageValue = target.map { $0.text.allSatisfy(\.isWhitespace) ? .empty : .text($0) } ?? .empty
        let state = Self.state(targetState, hasTarget: value != .empty)
        catalog.messages.append(CatalogMessage(
            key: unit.id + suffix, context: fileCount > 1 ? fileOriginal : nil, source: .text(source), target: value, state: state,
            comments: unit.notes, syntaxes: [.printf, .apple, .icu], maxWidth: unit.maxWidth,
            keyPosition: unit.position, targetPosition: target?.position ?? source.position))
    }

    /// XLIFF 1.2's and 2.0's state names on one scale.
    static func state(_ state: String?, hasTarget: Bool) -> TranslationState {
        guard hasTarget else { return .new }
        switch state {
        case "new", "initial", "needs-translation": return .new
        case let s? where s.hasPrefix("needs-"): return .needsReview
        case "signed-off", "final", "reviewed": return .final
        default: return .translated
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard xmlError == nil else { return }
        xmlError = (parser.lineNumber, parser.columnNumber, (parseError as NSError).code)
    }

    /// corelibs' XMLParser gives libxml2's error number without its words: the common ones are
    /// worded by the catalogs (`error.detail.xml-*`), the rest named by number.
    static func detail(libxml2 code: Int) -> [String: String] {
        let known: [Int: String] = [4: "xml-empty", 5: "xml-extra-content", 9: "xml-invalid-char", 26: "xml-entity",
                                    39: "xml-attribute", 41: "xml-attribute", 73: "xml-gt-required", 76: "xml-tag-mismatch", 77: "xml-tag-unfinished"]
        return known[code].map { ["detail-key": $0] } ?? ["detail": "libxml2 \(code)"]
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        capture?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA data: Data) {
        capture?.text += String(decoding: data, as: UTF8.self)
    }
}
