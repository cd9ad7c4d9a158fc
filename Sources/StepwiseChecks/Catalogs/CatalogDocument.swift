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

    /// Bounds the walk when anchors and aliases repeat the same subtree many times over.
    static let maxNodes = 200_000
    static let maxDepth = 32

    static func load(path: String, locale: String) -> Result<CatalogDocument, CatalogError> {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            return .failure(CatalogError(.unreadable, file: path, Catalog.readFailure(at: path, error)))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(CatalogError(.invalidUTF8, file: path, line: 1, column: 1))
        }
        return parse(yaml: text, file: path, locale: locale)
    }

    static func parse(yaml: String, file: String, locale: String) -> Result<CatalogDocument, CatalogError> {
        // libyaml allows 1000 nesting levels and Yams composes and frees the tree recursively:
        // too deep for test and pool threads, so it runs on a large stack, as `Catalog` does.
        LargeStack.run {
            var document = CatalogDocument(file: file, locale: locale)
            do {
                guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success(document) }
                guard case .mapping(let mapping) = root else {
                    return .failure(Self.error(.notMapping, file, root.mark))
                }
                var budget = maxNodes
                try document.visit(mapping, path: "", depth: 1, budget: &budget)
                return .success(document)
            } catch let error as CatalogError {
                return .failure(error)
            } catch let error as YamlError {
                return .failure(CatalogError(yaml: error, file: file, text: yaml))
            } catch {
                return .failure(CatalogError(.syntax, file: file, ["detail": "\(error)"]))
            }
        }
    }

    private mutating func visit(_ mapping: Node.Mapping, path: String, depth: Int, budget: inout Int) throws {
        for (keyNode, valueNode) in mapping {
            budget -= 1
            if budget < 0 { throw Self.error(.tooManyValues, file, keyNode.mark, ["limit": String(Self.maxNodes)]) }
            guard case .scalar(let keyScalar) = keyNode, !keyScalar.string.isEmpty else {
                throw Self.error(.emptyKey, file, keyNode.mark)
            }
            let key = path.isEmpty ? keyScalar.string : path + "." + keyScalar.string
            let keyPosition = Self.position(keyNode.mark)
            if let first = keyPositions[key] {
                throw Self.error(.definedTwice, file, keyNode.mark, ["key": key, "first": String(first.line)])
            }
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

    private static func error(_ code: CatalogError.Code, _ file: String, _ mark: Mark?, _ arguments: [String: String] = [:]) -> CatalogError {
        CatalogError(code, file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, arguments)
    }
}
