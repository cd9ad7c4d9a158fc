/// The lines of a file as it is on disk, for positions that decoded text cannot give (cmark
/// merges `&amp;` and `\*` into their characters, so offsets in a text run drift from the file).
struct SourceLines {
    private let bytes: [UInt8]
    /// Byte offset of each line's first byte; index 0 is line 1.
    private let starts: [Int]

    /// Lines end as the parser reads them: LF, CRLF or a lone CR. A byte-order mark is not on line 1.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) { starts.append(i + 1) }
            i += 1
        }
        self.starts = starts
    }

    /// The column (in scalars) of the `occurrence`-th (0-based, non-overlapping) `pattern` on
    /// `line` at or after `column`; nil when the line has fewer.
    func column(of pattern: [UInt8], occurrence: Int, line: Int, from column: Int) -> Int? {
        guard line >= 1, line <= starts.count, column >= 1 else { return nil }
        let end = line < starts.count ? starts[line] : bytes.count
        var i = starts[line - 1], scalars = 1
        // Step to the byte where `column` starts.
        while i < end, scalars < column {
            i += 1
            while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
            scalars += 1
        }
        guard scalars == column else { return nil }
        var seen = 0
        while i + pattern.count <= end {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                if seen == occurrence { return scalars }
                seen += 1
                // Patterns are ASCII: each byte is one scalar.
                i += pattern.count; scalars += pattern.count
                continue
            }
            i += 1
            while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
            scalars += 1
        }
        return nil
    }
}
