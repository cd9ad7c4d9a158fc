/// A place in a source file. Lines and columns are 1-based; columns count Unicode
/// scalars (what an editor shows), not UTF-8 bytes as cmark does.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }

    public var description: String { "\(line):\(column)" }
}

/// The span a node covers, both ends inclusive, as cmark reports it.
public struct SourceRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.init(start: .init(line: line, column: column), end: .init(line: endLine, column: endColumn))
    }

    public static let unknown = SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0)

    public var description: String { "\(start)-\(end)" }
}
