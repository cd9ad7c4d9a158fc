import Foundation
import StepwiseArticle
import StepwiseLocale
import Yams

/// Stepwise YAML (`Locales/lv-LV.yml`: nested keys, `{name}`) and Rails / i18n YAML (`lv:` as
/// the one top-level key, `%{name}`): both nest keys and give plural forms by CLDR category.
struct YAMLCatalogReader {
    /// Bounds the walk when anchors and aliases repeat the same subtree many times over.
    static let maxNodes = 200_000
    static let maxDepth = 32

    var catalog: MessageCatalog
    let syntaxes: PlaceholderSyntaxes
    let comments: YAMLComments
    var budget = maxNodes

    static func read(_ text: String, file: String, locale: String) -> Result<MessageCatalog, CatalogError> {
        // libyaml allows 1000 nesting levels and Yams composes and frees the tree recursively:
        // too deep for test and pool threads, so it runs on a large stack.
        LargeStack.run {
            do {
                guard let root = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                    return .success(MessageCatalog(file: file, format: .stepwiseYAML, locale: locale))
                }
                guard case .mapping(var mapping) = root else {
                    return .failure(error(.notMapping, file, root.mark))
                }
                var format = CatalogFormat.stepwiseYAML
                var fileLocale = locale
                // Rails: the one top key is the locale the file is named for (`lv:` in `lv.yml`,
                // `devise.lv.yml`); a Stepwise catalog with a single section (`ui:`) is not one.
                if mapping.count == 1, let (key, value) = mapping.first, let tag = key.scalar?.string,
                   case .mapping(let inner) = value, LocaleNegotiation.isFileLocale(tag), LocaleNegotiation.sameLocale(tag, locale) {
                    format = .railsYAML
                    fileLocale = tag
                    mapping = inner
                }
                var reader = YAMLCatalogReader(catalog: MessageCatalog(file: file, format: format, locale: fileLocale),
                                               syntaxes: format == .railsYAML ? [.percentBrace] : [.brace],
                                               comments: YAMLComments(text))
                try reader.visit(mapping, path: "", depth: 1)
                return .success(reader.catalog)
            } catch let error as CatalogError {
                return .failure(error)
            } catch let error as YamlError {
                return .failure(CatalogError(yaml: error, file: file, text: text))
            } catch {
                return .failure(CatalogError(.syntax, file: file, ["detail": "\(error)"]))
            }
        }
    }

    private mutating func visit(_ mapping: Node.Mapping, path: String, depth: Int) throws {
        for (keyNode, valueNode) in mapping {
            budget -= 1
            if budget < 0 { throw Self.error(.tooManyValues, catalog.file, keyNode.mark, ["limit": String(Self.maxNodes)]) }
            guard case .scalar(let keyScalar) = keyNode, !keyScalar.string.isEmpty else {
                throw Self.error(.emptyKey, catalog.file, keyNode.mark)
            }
            let key = path.isEmpty ? keyScalar.string : path + "." + keyScalar.string
            let keyPosition = Self.position(keyNode.mark)
            if let first = catalog.keyPositions[key] {
                throw Self.error(.definedTwice, catalog.file, keyNode.mark, ["key": key, "first": String(first.line)])
            }
            catalog.keyPositions[key] = keyPosition
            let valuePosition = Self.position(valueNode.mark)
            let value: MessageValue
            switch valueNode {
            case .mapping(let inner) where Self.isPlural(inner):
                var forms: [PluralCategory: MessageText] = [:]
                for (c, f) in inner {
                    guard let category = c.scalar.flatMap({ PluralCategory(rawValue: $0.string) }) else { continue }
                    forms[category] = MessageText(f.scalar.map(\.string) ?? "", at: Self.position(f.mark))
                }
                value = .plural(forms)
            case .mapping(let inner):
                guard depth < Self.maxDepth else {
                    catalog.issues.append(Self.error(.tooDeep, catalog.file, valueNode.mark, ["key": key, "limit": String(Self.maxDepth)]))
                    continue
                }
                if !inner.isEmpty {
                    try visit(inner, path: key, depth: depth + 1)
                    continue
                }
                value = .empty
            case .scalar(let scalar):
                let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
                value = isNull || scalar.string.allSatisfy(\.isWhitespace) ? .empty : .text(MessageText(scalar.string, at: valuePosition))
            case .sequence(let items):
                let texts = items.compactMap { item in item.scalar.map { MessageText($0.string, at: Self.position(item.mark)) } }
                value = texts.count == items.count ? .list(texts) : .unusable
            case .alias:
                value = .unusable
            }
            catalog.messages.append(CatalogMessage(key: key, target: value, comments: comments.near(line: keyPosition.line),
                                                   syntaxes: syntaxes, keyPosition: keyPosition, targetPosition: valuePosition))
        }
    }

    private static func isPlural(_ mapping: Node.Mapping) -> Bool {
        !mapping.isEmpty && mapping.keys.allSatisfy { $0.scalar.map { PluralCategory(rawValue: $0.string) != nil } ?? false }
    }

    private static func position(_ mark: Mark?) -> SourcePosition {
        SourcePosition(line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    private static func error(_ code: CatalogError.Code, _ file: String, _ mark: Mark?, _ arguments: [String: String] = [:]) -> CatalogError {
        CatalogError(code, file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, arguments)
    }
}

/// YAML comments by line, which libyaml does not keep: a comment at the end of a key's line,
/// and the run of comment lines just above it, belong to that key.
struct YAMLComments {
    private var byLine: [Int: String] = [:]
    private var fullLine: Set<Int> = []

    init(_ text: String) {
        guard text.utf8.contains(UInt8(ascii: "#")) else { return }
        var number = 0
        for line in TextLines.of(text) {
            number += 1
            guard let hash = Self.commentStart(line) else { continue }
            byLine[number] = String(line[line.index(after: hash)...]).trimmingCharacters(in: .whitespacesAndNewlines)
            if line[..<hash].allSatisfy({ $0 == " " || $0 == "\t" }) { fullLine.insert(number) }
        }
    }

    /// A `#` that starts a comment: at the line's start or after white space, outside quotes.
    private static func commentStart(_ line: Substring) -> Substring.Index? {
        var quote: Character?
        var previous: Character = " "
        for i in line.indices {
            let c = line[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                if previous == " " || previous == ":" || previous == "-" || previous == "[" || previous == "{" || previous == "," { quote = c }
            } else if c == "#", previous == " " || previous == "\t" {
                return i
            }
            previous = c
        }
        return nil
    }

    func near(line: Int) -> [String] {
        guard !byLine.isEmpty else { return [] }
        var found: [String] = []
        var above = line - 1
        while fullLine.contains(above), let text = byLine[above] { found.insert(text, at: 0); above -= 1 }
        if let text = byLine[line], !fullLine.contains(line) { found.append(text) }
        return found
    }
}
