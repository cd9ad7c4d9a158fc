/// A problem in a catalog file, located the way compilers report them (`file:line:column`).
///
/// Thrown when a file cannot be used at all (unreadable, not UTF-8, YAML syntax error,
/// root not a mapping); also collected in `Catalog.issues` for entries that were skipped
/// while the rest of the file loaded.
public struct CatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based, counted in Unicode scalars (as libyaml counts); 0 when unknown.
    public var column: Int
    public var detail: String

    public init(file: String, line: Int = 0, column: Int = 0, detail: String) {
        self.file = file
        self.line = line
        self.column = column
        self.detail = detail
    }

    public var description: String {
        switch (line, column) {
        case (0, _): return "\(file): \(detail)"
        case (_, 0): return "\(file):\(line): \(detail)"
        default: return "\(file):\(line):\(column): \(detail)"
        }
    }
}

/// Where a key was defined in its catalog file, so checks can point translators at it.
public struct CatalogPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
