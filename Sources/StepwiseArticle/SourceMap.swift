#if canImport(Glibc)
import Glibc
#endif

/// Turns cmark's positions (1-based lines of the Markdown body, 1-based UTF-8 byte
/// columns) into positions in the file: lines shifted past the front matter, columns
/// counted in Unicode scalars.
struct SourceMap {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset of each body line's first byte; index 0 is line 1.
    private(set) var lineStarts: [Int]
    /// How many bytes each line starts with that are ASCII: a column within them is its byte
    /// column, which is most positions of most articles.
    private let asciiPrefixes: [Int]
    let lineOffset: Int

    // Scalar counts at every `blockSize` bytes of the last line asked about, built as needed, so
    // a position costs at most one block's scan however long the line is and in whatever order
    // nodes ask (a parent's end before its children's starts).
    private static let blockSize = 1024
    private var blockLine = -1
    private var blockCounts: [Int] = []
    // The last position asked about (bytes from the line start, scalars before it): nodes mostly
    // ask left to right along a line, so the next one counts on from here instead of from the
    // line's ASCII prefix, which is most of what columns cost in non-English text.
    private var cursorLine = -1
    private var cursorBytes = 0
    private var cursorScalars = 0

    /// The file's text as one String, and where `bytes` starts in its UTF-8, when text runs
    /// may be sliced from it.
    let source: String?
    let sourceOffset: Int

    init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int, source: String? = nil, sourceOffset: Int = 0) {
        self.bytes = bytes
        self.lineOffset = lineOffset
        self.source = source
        self.sourceOffset = sourceOffset
        var starts = [0], ascii: [Int] = []
        starts.reserveCapacity(bytes.count / 40 + 1)
        ascii.reserveCapacity(bytes.count / 40 + 1)
        if let base = bytes.baseAddress {
            var start = 0
            while true {
                let end = memchr(base + start, 0x0A, bytes.count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                ascii.append(Self.asciiPrefix(base, from: start, to: end))
                guard end < bytes.count else { break }
                start = end + 1
                starts.append(start)
            }
        } else {
            ascii = [0]
        }
        lineStarts = starts
        asciiPrefixes = ascii
    }

    /// How many bytes from `from` are ASCII, up to `to`: eight at a time.
    private static func asciiPrefix(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        let raw = UnsafeRawPointer(base)
        while i + 8 <= to, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
        while i < to, base[i] < 0x80 { i += 1 }
        return i - from
    }

    var lineCount: Int { lineStarts.count }

    mutating func position(line: Int32, byteColumn: Int32) -> SourcePosition {
        let l = Int(line), c = Int(byteColumn)
        guard l >= 1, l <= lineStarts.count, c > 0 else {
            return SourcePosition(line: l > 0 ? l + lineOffset : 0, column: max(c, 0))
        }
        return SourcePosition(line: l + lineOffset, column: scalarColumn(line: l, byteColumn: c))
    }

    /// Scalars whose first byte lies within the first `byteColumn` bytes of the line.
    private mutating func scalarColumn(line: Int, byteColumn: Int) -> Int {
        let start = lineStarts[line - 1]
        let limit = min(start + byteColumn, bytes.count)
        guard limit > start else { return 0 }
        let ascii = asciiPrefixes[line - 1]
        let wanted = limit - start
        if wanted <= ascii { return wanted }
        var from = ascii, counted = ascii
        if cursorLine == line, cursorBytes <= wanted, cursorBytes > ascii {
            from = cursorBytes
            counted = cursorScalars
        }
        if wanted - from < Self.blockSize {
            counted += scalars(from: start + from, to: limit)
            cursorLine = line; cursorBytes = wanted; cursorScalars = counted
            return counted
        }
        if blockLine != line {
            blockLine = line
            blockCounts = [0]
        }
        let block = (limit - start) / Self.blockSize
        while blockCounts.count <= block {
            let from = start + (blockCounts.count - 1) * Self.blockSize
            blockCounts.append(blockCounts[blockCounts.count - 1] + scalars(from: from, to: from + Self.blockSize))
        }
        let blockStart = start + block * Self.blockSize
        counted = blockCounts[block] + scalars(from: blockStart, to: limit)
        cursorLine = line; cursorBytes = wanted; cursorScalars = counted
        return counted
    }

    /// Scalars starting in bytes `from..<to`: every byte that is not 10xxxxxx, eight at a time
    /// (the last few bytes too, masked, where eight can be read). The continuation bytes are
    /// summed as a one per byte lane and added up across lanes once at the end: baseline x86-64
    /// has no popcount instruction, and the software one cost more than the rest of the scan.
    func scalars(from: Int, to: Int) -> Int {
        guard let base = bytes.baseAddress, to > from else { return 0 }
        let raw = UnsafeRawPointer(base)
        var i = from, lanes: UInt64 = 0, laneWords = 0, continuations = 0
        func continuationLanes(_ w: UInt64) -> UInt64 { (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7 }
        func addUp() { continuations += Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56); lanes = 0; laneWords = 0 }
        while i + 8 <= to {
            lanes &+= continuationLanes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            laneWords += 1
            if laneWords == 31 { addUp() }  // eight lanes of 31 at most still sum within one byte
            i += 8
        }
        let rest = to - i
        if rest > 0, i + 8 <= bytes.count {
            // Read as little-endian, so the first `rest` bytes are the low ones.
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            lanes &+= continuationLanes(w) & ((1 << UInt64(rest * 8)) - 1)
            i = to
        }
        addUp()
        while i < to {
            if base[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return to - from - continuations
    }

    /// The source text at a cmark position if it reads exactly `literal` (it does unless
    /// escapes or entities were decoded), as a slice that shares the source's storage.
    func slice(line: Int32, byteColumn: Int32, literal: UnsafePointer<CChar>, length: Int) -> Substring? {
        guard let source, let base = bytes.baseAddress else { return nil }
        let l = Int(line), c = Int(byteColumn)
        guard l >= 1, l <= lineStarts.count, c >= 1 else { return nil }
        let start = lineStarts[l - 1] + c - 1
        guard start + length <= bytes.count,
              memcmp(literal, base + start, length) == 0 else { return nil }
        let utf8 = source.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: sourceOffset + start)
        let hi = utf8.index(lo, offsetBy: length)
        return Substring(source.unicodeScalars[lo..<hi])
    }

    /// The bytes of a body line, without its line ending.
    func lineBytes(_ line: Int) -> UnsafeBufferPointer<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)])
    }
}
