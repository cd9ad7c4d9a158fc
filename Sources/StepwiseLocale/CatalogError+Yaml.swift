import Yams

extension CatalogError {
    /// Yams' error at its place: libyaml's own words as the detail (only it has them), a
    /// duplicated key by name. One conversion for both catalog readers.
    package init(yaml error: YamlError, file: String, text: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml splits some messages in two ("expected a single document…" + "but found
            // another document"); those only read as one sentence.
            let detail = context.map { problem.hasPrefix("but ") ? "\($0.text) \(problem)" : "\(problem) (\($0.text))" } ?? problem
            self.init(.syntax, file: file, line: mark.line, column: mark.column, ["detail": detail])
        case let .reader(problem, offset, _, _):
            let (line, column) = offset.map { Self.lineAndColumn(ofCharacterOffset: $0, in: text) } ?? (0, 0)
            self.init(.syntax, file: file, line: line, column: column, ["detail": problem])
        case let .duplicatedKeysInMapping(duplicates, context):
            self.init(.duplicateKey, file: file, line: context.mark.line, column: context.mark.column,
                      ["key": duplicates.map(\.description).joined(separator: ", ")])
        default:
            self.init(.syntax, file: file, ["detail": "\(error)"])
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
