import Foundation
import Yams

/// Turns catalog YAML into flat entries.
///
/// Bad shapes never stop a load: they become `issues` and the entry is skipped, so the
/// English fallback shows instead. Only problems that leave nothing usable are thrown.
package struct CatalogParser {
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

    package static func decodeUTF8(_ data: Data, file: String) throws(CatalogError) -> String {
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
        throw CatalogError(.invalidUTF8, file: file, line: line, column: column)
    }

    private mutating func load(_ yaml: String) throws(CatalogError) {
        let root: Node?
        do {
            // No type guessing: every scalar is text. The default resolver matches each scalar
            // against regular expressions, which was most of a command's start-up time.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw CatalogError(yaml: error, file: file, text: yaml)
        } catch {
            throw CatalogError(.syntax, file: file, ["detail": "\(error)"])
        }
        guard let root else { return }
        guard case .mapping(let mapping) = root else {
            throw problem(.notMapping, at: root.mark)
        }
        try visit(mapping: mapping, path: "", depth: 1)
    }

    private mutating func visit(mapping: Node.Mapping, path: String, depth: Int) throws(CatalogError) {
        for (keyNode, value) in mapping {
            try spend()
            guard case .scalar(let keyScalar) = keyNode, !keyScalar.string.isEmpty else {
                result.issues.append(problem(.emptyKey, at: keyNode.mark))
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
                result.issues.append(problem(.noText, at: value.mark, ["key": key]))
                return
            }
            add(.text(text), key: key, at: keyMark)
        case .mapping(let mapping) where isPlural(mapping):
            var forms = PluralForms()
            for (categoryNode, formNode) in mapping {
                try spend()
                guard let category = categoryNode.scalar.flatMap({ PluralCategory(rawValue: $0.string) }) else { continue }
                guard case .scalar(let scalar) = formNode, let text = text(of: scalar) else {
                    result.issues.append(problem(.formNotText, at: formNode.mark, ["key": key, "category": category.rawValue]))
                    continue
                }
                forms[category] = text
            }
            add(.plural(forms), key: key, at: keyMark)
        case .mapping(let mapping):
            guard depth < Self.maxKeyDepth else {
                result.issues.append(problem(.tooDeep, at: value.mark, ["key": key, "limit": String(Self.maxKeyDepth)]))
                return
            }
            try visit(mapping: mapping, path: key, depth: depth + 1)
        case .sequence(let sequence):
            var items: [String] = []
            for item in sequence {
                try spend()
                guard case .scalar(let scalar) = item, let text = text(of: scalar) else {
                    result.issues.append(problem(.itemNotText, at: item.mark, ["key": key]))
                    continue
                }
                items.append(text)
            }
            add(.list(items), key: key, at: keyMark)
        case .alias:
            result.issues.append(problem(.alias, at: value.mark, ["key": key]))
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
            result.issues.append(problem(.definedTwice, at: mark, ["key": key, "first": result.positions[key].map { String($0.line) } ?? "?"]))
            return
        }
        result.entries[key] = entry
        if let mark { result.positions[key] = CatalogPosition(line: mark.line, column: mark.column) }
    }

    private mutating func spend() throws(CatalogError) {
        nodesLeft -= 1
        if nodesLeft < 0 {
            throw CatalogError(.tooManyValues, file: file, ["limit": String(Self.maxNodes)])
        }
    }

    private func problem(_ code: CatalogError.Code, at mark: Mark?, _ arguments: [String: String] = [:]) -> CatalogError {
        CatalogError(code, file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, arguments)
    }
}
