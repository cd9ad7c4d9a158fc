import Foundation
import Yams

/// Turns catalog YAML into flat entries.
///
/// Bad shapes never stop a load: they become `issues` and the entry is skipped, so the
/// English fallback shows instead. Only problems that leave nothing usable are thrown.
struct CatalogParser {
    struct Result: Sendable {
        var entries: [String: CatalogEntry] = [:]
        var positions: [String: CatalogPosition] = [:]
        var issues: [CatalogError] = []
    }

    static let maxFileBytes = 4 << 20
    /// Catalog keys are a handful of levels deep; anything past this is a mistake.
    static let maxKeyDepth = 32
    /// Bounds the walk when anchors and aliases repeat the same subtree many times over.
    static let maxNodes = 200_000

    let file: String
    var result = Result()
    var nodesLeft = maxNodes

    static func parse(yaml: String, file: String) throws(CatalogError) -> Result {
        // Yams composes recursively and libyaml allows 1000 nesting levels, which overflows
        // a small thread stack; the tree is also freed recursively, so it must not outlive
        // the big stack either.
        let outcome = LargeStack.run { () -> Swift.Result<Result, CatalogError> in
            var parser = CatalogParser(file: file)
            do throws(CatalogError) {
                try parser.load(yaml)
                return .success(parser.result)
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    static func decodeUTF8(_ data: Data, file: String) throws(CatalogError) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                break decoding
            }
        }
        throw CatalogError(file: file, line: line, column: column, detail: "the file is not valid UTF-8")
    }

    private mutating func load(_ yaml: String) throws(CatalogError) {
        let root: Node?
        do {
            // No type guessing: every scalar is text. The default resolver matches each scalar
            // against regular expressions, which was most of a command's start-up time.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw convert(error, yaml: yaml)
        } catch {
            throw CatalogError(file: file, detail: "\(error)")
        }
        guard let root else { return }
        guard case .mapping(let mapping) = root else {
            throw problem("the catalog must be a mapping of keys to strings, not \(shape(of: root))", at: root.mark)
        }
        try visit(mapping: mapping, path: "", depth: 1)
    }

    private mutating func visit(mapping: Node.Mapping, path: String, depth: Int) throws(CatalogError) {
        for (keyNode, value) in mapping {
            try spend()
            guard case .scalar(let keyScalar) = keyNode, !keyScalar.string.isEmpty else {
                result.issues.append(problem("a key must be non-empty text; entry skipped", at: keyNode.mark))
                continue
            }
            let key = path.isEmpty ? keyScalar.string : path + "." + keyScalar.string
            try visit(value: value, key: key, keyMark: keyNode.mark, depth: depth)
        }
    }

    private mutating func visit(value: Node, key: String, keyMark: Mark?, depth: Int) throws(CatalogError) {
        switch value {
        case .scalar(let scalar):
            guard let text = text(of: scalar) else {
                result.issues.append(problem("'\(key)' has no text; entry skipped", at: value.mark))
                return
            }
            add(.text(text), key: key, at: keyMark)
        case .mapping(let mapping) where isPlural(mapping):
            var forms: [PluralCategory: String] = [:]
            for (categoryNode, formNode) in mapping {
                try spend()
                guard let category = categoryNode.scalar.flatMap({ PluralCategory(rawValue: $0.string) }) else { continue }
                guard case .scalar(let scalar) = formNode, let text = text(of: scalar) else {
                    result.issues.append(problem("plural form '\(key).\(category)' must be text; form skipped", at: formNode.mark))
                    continue
                }
                forms[category] = text
            }
            add(.plural(forms), key: key, at: keyMark)
        case .mapping(let mapping):
            guard depth < Self.maxKeyDepth else {
                result.issues.append(problem("'\(key)' is nested deeper than \(Self.maxKeyDepth) levels; skipped", at: value.mark))
                return
            }
            try visit(mapping: mapping, path: key, depth: depth + 1)
        case .sequence(let sequence):
            var items: [String] = []
            for item in sequence {
                try spend()
                guard case .scalar(let scalar) = item, let text = text(of: scalar) else {
                    result.issues.append(problem("items of list '\(key)' must be text; item skipped", at: item.mark))
                    continue
                }
                items.append(text)
            }
            add(.list(items), key: key, at: keyMark)
        case .alias:
            result.issues.append(problem("'\(key)' is an unresolved alias; entry skipped", at: value.mark))
        }
    }

    /// Numbers and booleans keep the text they were written with (`1.50`, `yes`); an empty
    /// or null value counts as missing so that the fallback language shows instead.
    /// Control characters other than line feed and tab are dropped: catalogs come from
    /// translators, and interface text reaches terminals unfiltered, so a catalog must not be
    /// able to send escape sequences (`"\e[2J"` in YAML) any more than an article can.
    private func text(of scalar: Node.Scalar) -> String? {
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        let string = scalar.string
        guard string.unicodeScalars.contains(where: Self.isDropped) else { return string }
        return String(String.UnicodeScalarView(string.unicodeScalars.filter { !Self.isDropped($0) }))
    }

    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    private func isPlural(_ mapping: Node.Mapping) -> Bool {
        !mapping.isEmpty && mapping.keys.allSatisfy { key in
            key.scalar.map { PluralCategory(rawValue: $0.string) != nil } ?? false
        }
    }

    private mutating func add(_ entry: CatalogEntry, key: String, at mark: Mark?) {
        if result.entries[key] != nil {
            let first = result.positions[key].map { " (first at line \($0.line))" } ?? ""
            result.issues.append(problem("'\(key)' is defined twice\(first); the second one is ignored", at: mark))
            return
        }
        result.entries[key] = entry
        if let mark { result.positions[key] = CatalogPosition(line: mark.line, column: mark.column) }
    }

    private mutating func spend() throws(CatalogError) {
        nodesLeft -= 1
        if nodesLeft < 0 {
            throw CatalogError(file: file, detail: "the catalog expands to more than \(Self.maxNodes) values (aliases repeating large parts?)")
        }
    }

    private func problem(_ detail: String, at mark: Mark?) -> CatalogError {
        CatalogError(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, detail: detail)
    }

    private func shape(of node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    private func convert(_ error: YamlError, yaml: String) -> CatalogError {
        func withContext(_ problem: String, _ context: YamlError.Context?) -> String {
            guard let context else { return problem }
            // libyaml splits some messages in two ("expected a single document…" +
            // "but found another document"); those only read as one sentence.
            if problem.hasPrefix("but ") { return "\(context.text) \(problem)" }
            return "\(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return CatalogError(file: file, line: mark.line, column: mark.column, detail: withContext(problem, context))
        case let .reader(problem, offset, _, _):
            let (line, column) = offset.map { Self.lineAndColumn(ofCharacterOffset: $0, in: yaml) } ?? (0, 0)
            return CatalogError(file: file, line: line, column: column, detail: problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return CatalogError(file: file, line: context.mark.line, column: context.mark.column,
                                detail: "key \(names) is defined more than once in this mapping")
        default:
            return CatalogError(file: file, detail: "\(error)")
        }
    }

    /// Yams reports reader problems as a Character offset; turn it into the line and
    /// Unicode-scalar column that libyaml uses for its own marks.
    static func lineAndColumn(ofCharacterOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character.isNewline { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return (line, column)
    }
}
