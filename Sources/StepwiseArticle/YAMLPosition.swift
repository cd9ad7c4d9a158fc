import Yams

/// The one rule for turning a Yams mark into a file position: 1-based line and column, as
/// Yams counts them, moved down by the lines above the YAML (a front matter's opening `---`),
/// and the first line of the YAML when Yams has no mark.
package enum YAMLPosition {
    package static func of(_ mark: Mark?, linesAbove: Int = 0) -> SourcePosition {
        SourcePosition(line: max(1, mark?.line ?? 1) + linesAbove, column: max(1, mark?.column ?? 1))
    }

    /// Where a Yams error happened, and its own words for what went wrong.
    package static func of(_ error: YamlError) -> (position: SourcePosition, detail: String)? {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (of(mark), problem)
        default:
            return nil
        }
    }
}
