import Foundation
import StepwiseArticle
import StepwiseLocale

/// gettext PO and POT files: `msgctxt`, `msgid`, `msgid_plural`, `msgstr[n]`, `#,` flags,
/// `#.`/`#` comments, and the header's `Language` and `Plural-Forms`. Obsolete `#~` entries
/// are not messages. A syntax error stops the file at its line and column, as msgfmt does.
struct POReader {
    let file: String
    let lines: [Substring]
    var catalog: MessageCatalog
    /// The CLDR category of each msgstr[n], from the header once it is read (the formula is
    /// evaluated on 0…10,000 only then, not per entry).
    var formCategories: [PluralCategory?] = []

    static func read(_ text: String, file: String, locale: String) -> Result<MessageCatalog, CatalogError> {
        let isTemplate = file.lowercased().hasSuffix(".pot")
        var reader = POReader(file: file, lines: TextLines.of(text),
                              catalog: MessageCatalog(file: file, format: .po, locale: locale))
        reader.catalog.isTemplate = isTemplate
        reader.formCategories = PluralRules.ruleSet(for: locale)?.categories.map(Optional.some) ?? []
        do {
            try reader.parse()
            return .success(reader.catalog)
        } catch let error as CatalogError {
            return .failure(error)
        } catch {
            return .failure(CatalogError(.syntax, file: file, ["detail": "\(error)"]))
        }
    }

    /// One entry as it is gathered, line by line.
    private struct Entry {
        var comments: [String] = []
        var flags: Set<String> = []
        var context: MessageText?
        var id: MessageText?
        var idPlural: MessageText?
        var strings: [(index: Int?, text: MessageText, keyword: SourcePosition)] = []
        var start: SourcePosition?
        var isEmpty: Bool { context == nil && id == nil && strings.isEmpty }
    }

    private enum Field { case context, id, idPlural, string(Int) }

    private mutating func parse() throws {
        var entry = Entry()
        var field: Field?
        var seen: [String: Int] = [:]
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            var line = raw
            if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
            // Tested on bytes: PO's syntax is ASCII, and Character-by-Character tests were most of a read.
            let start = line.utf8.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? line.utf8.endIndex
            let trimmed = line[start...]
            // Columns count Unicode scalars, as libyaml's and every other reader's do; the indent is ASCII.
            let indent = line.utf8.distance(from: line.utf8.startIndex, to: start)
            guard let first = trimmed.utf8.first else { continue }
            if first == UInt8(ascii: "#") {
                // A comment after msgstr starts the next entry.
                if case .string = field { try finish(&entry, seen: &seen); field = nil }
                let second = trimmed.utf8.dropFirst().first
                if second == UInt8(ascii: "~") { continue }
                if second == UInt8(ascii: ",") {
                    for flag in trimmed.utf8.dropFirst(2).split(separator: UInt8(ascii: ",")) { entry.flags.insert(Self.asciiTrimmed(flag)) }
                } else if second == nil || second == UInt8(ascii: " ") || second == UInt8(ascii: ".") || second == UInt8(ascii: "\t") {
                    entry.comments.append(Self.asciiTrimmed(trimmed.utf8.dropFirst(second == UInt8(ascii: ".") ? 2 : 1)))
                }
                continue
            }
            if first == UInt8(ascii: "\"") {
                guard let field else { throw unexpected("msgid", "\"", number, indent + 1) }
                let text = try string(trimmed, line: number, column: indent + 1)
                append(text, to: field, &entry)
                continue
            }
            let keywordEnd = trimmed.utf8.firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\"") } ?? trimmed.utf8.endIndex
            let keyword = trimmed[..<keywordEnd]
            let valueStart = trimmed.utf8[keywordEnd...].firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? trimmed.utf8.endIndex
            let rest = trimmed[valueStart...]
            let valueColumn = indent + 1 + trimmed[..<valueStart].unicodeScalars.count
            let keywordPosition = SourcePosition(line: number, column: indent + 1)
            guard rest.utf8.first == UInt8(ascii: "\"") else {
                throw rest.isEmpty ? missing("\"", number, valueColumn) : unexpected("\"", String(rest.prefix(1)), number, valueColumn)
            }
            let value = MessageText(try string(rest, line: number, column: valueColumn).text, at: SourcePosition(line: number, column: valueColumn))
            switch keyword {
            case "msgctxt":
                if case .string = field { try finish(&entry, seen: &seen) }
                guard entry.id == nil, entry.context == nil else { throw unexpected("msgstr", "msgctxt", number, indent + 1) }
                entry.context = value; entry.start = entry.start ?? keywordPosition; field = .context
            case "msgid":
                if case .string = field { try finish(&entry, seen: &seen) }
                // A second msgid: the first one's msgstr is missing (where msgfmt reports it).
                if let id = entry.id { throw missing(entry.idPlural == nil ? "msgstr" : "msgstr[0]", id.position.line, entry.start?.column ?? 1) }
                entry.id = value; entry.start = entry.start ?? keywordPosition; field = .id
            case "msgid_plural":
                guard entry.id != nil, entry.idPlural == nil, entry.strings.isEmpty else { throw unexpected("msgid", "msgid_plural", number, indent + 1) }
                entry.idPlural = value; field = .idPlural
            case "msgstr":
                guard entry.id != nil, entry.idPlural == nil, entry.strings.isEmpty else {
                    throw unexpected(entry.idPlural != nil ? "msgstr[0]" : "msgid", "msgstr", number, indent + 1)
                }
                entry.strings.append((nil, value, keywordPosition)); field = .string(0)
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let index = Int(keyword.dropFirst(7).dropLast()) else {
                    throw unexpected("msgid", String(keyword), number, indent + 1)
                }
                guard entry.idPlural != nil else { throw unexpected("msgstr", String(keyword), number, indent + 1) }
                guard index == entry.strings.count else { throw unexpected("msgstr[\(entry.strings.count)]", String(keyword), number, indent + 1) }
                entry.strings.append((index, value, keywordPosition)); field = .string(index)
            }
        }
        if !entry.isEmpty { try finish(&entry, seen: &seen) }
        // Not even a header: an empty or emptied file, which msgfmt refuses too.
        if seen.isEmpty { throw missing("msgid", 1, 1) }
    }

    private func append(_ text: MessageText, to field: Field, _ entry: inout Entry) {
        switch field {
        case .context: entry.context?.text += text.text
        case .id: entry.id?.text += text.text
        case .idPlural: entry.idPlural?.text += text.text
        case .string(let i): entry.strings[i].text.text += text.text
        }
    }

    private mutating func finish(_ entry: inout Entry, seen: inout [String: Int]) throws {
        defer { entry = Entry() }
        guard let id = entry.id else {
            if let context = entry.context { throw missing("msgid", context.position.line, context.position.column) }
            return
        }
        guard !entry.strings.isEmpty else { throw missing(entry.idPlural == nil ? "msgstr" : "msgstr[0]", id.position.line, id.position.column) }
        let start = entry.start ?? id.position
        let identity = (entry.context.map { $0.text + "\u{4}" } ?? "") + id.text
        if let first = seen[identity] {
            throw CatalogError(.definedTwice, file: file, line: start.line, column: start.column, ["key": id.text, "first": String(first)])
        }
        seen[identity] = start.line
        if id.text.isEmpty, entry.context == nil {
            header(entry.strings[0].text)
            return
        }
        let source: MessageValue = entry.idPlural.map { .plural([.one: id, .other: $0]) } ?? .text(id)
        let target = self.target(entry)
        let fuzzy = entry.flags.contains("fuzzy")
        let state: TranslationState = target == .empty ? .new : (fuzzy ? .needsReview : .translated)
        var message = CatalogMessage(key: id.text, context: entry.context?.text, source: source, target: target, state: state,
                                     comments: entry.comments, syntaxes: Self.syntaxes(entry.flags),
                                     keyPosition: start, targetPosition: entry.strings[0].text.position)
        if entry.idPlural != nil { message.formCount = entry.strings.count }
        catalog.messages.append(message)
    }

    /// msgstr[n] by the CLDR category of the numbers the header's formula sends to form n;
    /// without a usable header, by CLDR's categories in order.
    private func target(_ entry: Entry) -> MessageValue {
        if entry.idPlural == nil {
            let t = entry.strings[0].text
            return t.text.isEmpty ? .empty : .text(t)
        }
        if entry.strings.allSatisfy({ $0.text.text.isEmpty }) { return .empty }
        let categories = formCategories
        var forms: [PluralCategory: MessageText] = [:]
        for (i, s) in entry.strings.enumerated() {
            let category = (i < categories.count ? categories[i] : nil) ?? .other
            if forms[category] == nil { forms[category] = s.text }
        }
        return .plural(forms)
    }

    private mutating func header(_ text: MessageText) {
        guard !catalog.isTemplate else { return }
        var pluralForms: String?
        for field in text.text.split(separator: "\n") {
            let pair = field.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0].lowercased() {
            case "language" where !pair[1].isEmpty: catalog.locale = pair[1].replacingOccurrences(of: "_", with: "-")
            case "plural-forms": pluralForms = pair[1]
            default: continue
            }
        }
        // After every field: Language may come after Plural-Forms, and the forms are read in its rules.
        formCategories = PluralRules.ruleSet(for: catalog.locale)?.categories.map(Optional.some) ?? []
        guard let pluralForms else { return }
        switch PluralFormsHeader.parse(pluralForms, at: text.position) {
        case .success(var header):
            let comparison = header.compare(language: catalog.locale)
            header.comparison = comparison
            catalog.pluralForms = header
            formCategories = comparison.categories
        case .failure(let failure):
            catalog.issues.append(CatalogError(.pluralForms, file: file, line: text.position.line, column: text.position.column,
                                               ["detail": failure.detail]))
        }
    }

    /// The bytes without ASCII spaces and tabs at either end, as text.
    static func asciiTrimmed(_ bytes: Substring.UTF8View.SubSequence) -> String {
        let isSpace = { (b: UInt8) in b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    static func syntaxes(_ flags: Set<String>) -> PlaceholderSyntaxes {
        var s: PlaceholderSyntaxes = []
        if flags.contains("c-format") || flags.contains("objc-format") { s.formUnion([.printf, .printfSpaceFlag]) }
        if flags.contains("python-format") { s.formUnion([.python, .printfSpaceFlag]) }
        if flags.contains("python-brace-format") { s.formUnion([.pythonBrace]) }
        if flags.contains("ruby-format") { s.formUnion([.percentBrace, .printf]) }
        if flags.contains("javascript-format") { s.formUnion([.printf]) }
        return s
    }

    /// A C string literal: `\n \t \" \\ \r \a \b \f \v`, octal and `\x` escapes (bytes, as
    /// gettext reads them). Read as UTF-8 bytes; columns count Unicode scalars.
    private func string(_ text: Substring, line: Int, column: Int) throws -> MessageText {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 1 // after the opening quote
        var col = column + 1
        func isLead(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                var j = i + 1
                while j < bytes.count, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") || bytes[j] == UInt8(ascii: "\r") { j += 1 }
                guard j == bytes.count else {
                    let end = bytes[(j + 1)...].firstIndex(where: isLead) ?? bytes.count
                    throw CatalogError(.afterString, file: file, line: line, column: col + 1 + (j - i - 1),
                                       ["found": String(decoding: bytes[j..<end], as: UTF8.self)])
                }
                return MessageText(String(decoding: out, as: UTF8.self), at: SourcePosition(line: line, column: column))
            }
            guard c == UInt8(ascii: "\\") else {
                out.append(c)
                if isLead(c) { col += 1 }
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { break }
            let e = bytes[i + 1]
            let escapeStart = i
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "?"): out.append(e)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(e - 48), digits = 1
                while digits < 3, i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "7") { value = value * 8 + Int(bytes[i] - 48); i += 1; digits += 1 }
                out.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x"):
                var value = 0, digits = 0
                while i < bytes.count, let d = Int(String(UnicodeScalar(bytes[i])), radix: 16), bytes[i] < 0x80 { value = value * 16 + d; i += 1; digits += 1 }
                guard digits > 0, digits <= 2 else { throw CatalogError(.badEscape, file: file, line: line, column: col, ["escape": "\\x"]) }
                out.append(UInt8(value))
            default:
                let escape = String(decoding: [e] + bytes[i...].prefix { !isLead($0) }, as: UTF8.self)
                throw CatalogError(.badEscape, file: file, line: line, column: col, ["escape": "\\" + escape])
            }
            // An escape is ASCII: one column per byte, octal and hex digits included.
            col += i - escapeStart
        }
        throw CatalogError(.unterminated, file: file, line: line, column: column)
    }

    private func missing(_ expected: String, _ line: Int, _ column: Int) -> CatalogError {
        CatalogError(.missing, file: file, line: line, column: column, ["expected": expected])
    }

    private func unexpected(_ expected: String, _ found: String, _ line: Int, _ column: Int) -> CatalogError {
        CatalogError(.unexpected, file: file, line: line, column: column, ["expected": expected, "found": found])
    }
}
