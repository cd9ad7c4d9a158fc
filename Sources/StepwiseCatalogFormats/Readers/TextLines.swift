/// A file's lines, split at line feeds only: `split(separator: "\n")` on a String never
/// splits a CRLF file, since "\r\n" is one Character. A line keeps its "\r".
enum TextLines {
    static func of(_ text: String) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
