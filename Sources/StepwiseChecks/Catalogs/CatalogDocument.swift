import Foundation
import StepwiseArticle
import StepwiseLocale
import Yams

/// A catalog read for checking: unlike `Catalog`, which skips what it cannot use so that the
/// English fallback shows, this keeps every key with where its key and value stand, empty
/// values included, so each problem can be pointed at.
struct CatalogDocument: Sendable {
    enum Value: Sendable, Hashable {
        case text(String)
        case plural([PluralCategory: Form])
        case list([String])
        /// Null, `""` or only white space.
        case empty
        /// A shape no catalog entry has (an alias, a list of mappings…); reported as syntax.
        case unusable
    }

    struct Form: Sendable, Hashable {
        var text: String
        var position: SourcePosition
    }

    struct Entry: Sendable, Hashable {
        var key: String
        var value: Value
        var keyPosition: SourcePosition
        var valuePosition: SourcePosition
    }

    var file: String
    var locale: String
    var entries: [String: Entry] = [:]
    /// Keys in file order.
    var order: [String] = []
    /// Where every mapping key stands, nested ones included (`check`, `check.message`), so a
    /// missing key can be reported at the nearest parent the catalog does have.
    var keyPositions: [String: SourcePosition] = [:]
    /// Keys nested too deep: each is reported and left out, and the rest of the file checked.
    var tooDeep: [(key: String, position: SourcePosition)] = []

    struct SyntaxError: Error, Sendable {
        var position: SourcePosition
        var detail: String
    }

    /// Bounds the walk when anchors and aliases repeat the same subtree many times over.
    static let maxNodes = 200_000
    static let maxDepth = 32

    static func load(path: String, locale: String) -> Result<CatalogDocument, SyntaxError> {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            return .failure(SyntaxError(position: .init(line: 0, column: 0), detail: "cannot read the file"))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(SyntaxError(position: .init(line: 1, column: 1), detail: "the file is not valid UTF-8"))
        }
        return parse(yaml: text, file: path, locale: locale)
    }

    static func parse(yaml: String, file: String, locale: String) -> Result<CatalogDocument, SyntaxError> {
        // libyaml allows 1000 nesting levels and Yams composes and frees the tree recursively:
        // too deep for test and pool threads, so it runs on a large stack, as `Catalog` does.
        LargeStack.run {
            var document = CatalogDocument(file: file, locale: locale)
            do {
                guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success(document) }
                guard case .mapping(let mapping) = root else {
                    return .failure(SyntaxError(position: position(root.mark), detail: "the catalog is not a mapping of keys to strings"))
                }
                var budget = maxNodes
                try document.visit(mapping, path: "", depth: 1, budget: &budget)
                return .success(document)
            } catch let error as SyntaxError {
                return .failure(error)
            } catch let error as YamlError {
                return .failure(convert(error))
            } catch {
                return .failure(SyntaxError(position: .init(line: 0, column: 0), detail: "\(error)"))
            }
        }
    }

    private mutating func visit(_ mapping: Node.Mapping, path: String, depth: Int, budget: inout Int) throws {
        for (keyNode, valueNode) in mapping {
            budget -= 1
            if budget < 0 { throw SyntaxError(position: Self.position(keyNode.mark), detail: "the catalog expands to too many values") }
            guard case .scalar(let keyScalar) = keyNode, !keyScalar.string.isEmpty else {
                throw SyntaxError(position: Self.position(keyNode.mark), detail: "a key must be non-empty text")
            }
            let key = path.isEmpty ? keyScalar.string : path + "." + keyScalar.string
            let keyPosition = Self.position(keyNode.mark)
            if keyPositions[key] != nil { throw SyntaxError(position: keyPosition, detail: "'\(key)' is defined twice") }
            keyPositions[key] = keyPosition
            let valuePosition = Self.position(valueNode.mark)
            switch valueNode {
            case .mapping(let inner) where Self.isPlural(inner):
                var forms: [PluralCategory: Form] = [:]
                for (c, f) in inner {
                    guard let category = c.scalar.flatMap({ PluralCategory(rawValue: $0.string) }) else { continue }
                    forms[category] = Form(text: f.scalar.map(\.string) ?? "", position: Self.position(f.mark))
                }
                add(Entry(key: key, value: .plural(forms), keyPosition: keyPosition, valuePosition: valuePosition))
            case .mapping(let inner):
                // As the catalog reader does: the key is reported and left out, the rest checked.
                guard depth < Self.maxDepth else {
                    tooDeep.append((key, valuePosition))
                    continue
                }
                if inner.isEmpty {
                    add(Entry(key: key, value: .empty, keyPosition: keyPosition, valuePosition: valuePosition))
                } else {
                    try visit(inner, path: key, depth: depth + 1, budget: &budget)
                }
            case .scalar(let scalar):
                let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
                let blank = isNull || scalar.string.allSatisfy(\.isWhitespace)
                add(Entry(key: key, value: blank ? .empty : .text(scalar.string), keyPosition: keyPosition, valuePosition: valuePosition))
            case .sequence(let items):
                let strings = items.compactMap { $0.scalar?.string }
                let value: Value = strings.count == items.count ? .list(strings) : .unusable
                add(Entry(key: key, value: value, keyPosition: keyPosition, valuePosition: valuePosition))
            case .alias:
                add(Entry(key: key, value: .unusable, keyPosition: keyPosition, valuePosition: valuePosition))
            }
        }
    }

    private mutating func add(_ entry: Entry) {
        entries[entry.key] = entry
        order.append(entry.key)
    }

    private static func isPlural(_ mapping: Node.Mapping) -> Bool {
        !mapping.isEmpty && mapping.keys.allSatisfy { $0.scalar.map { PluralCategory(rawValue: $0.string) != nil } ?? false }
    }

    private static func position(_ mark: Mark?) -> SourcePosition {
        SourcePosition(line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    private static func convert(_ error: YamlError) -> SyntaxError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { problem.hasPrefix("but ") ? "\($0.text) \(problem)" : "\(problem) (\($0.text))" } ?? problem
            return SyntaxError(position: SourcePosition(line: mark.line, column: mark.column), detail: detail)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return SyntaxError(position: SourcePosition(line: context.mark.line, column: context.mark.column),
                               detail: "key \(names) is defined more than once in this mapping")
        default:
            return SyntaxError(position: .init(line: 0, column: 0), detail: "\(error)")
        }
    }
}
