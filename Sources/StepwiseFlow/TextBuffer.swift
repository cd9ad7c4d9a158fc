import StepwiseArticle

/// Text gathered as UTF-8 bytes: ASCII whitespace runs become one space, lines are trimmed and
/// joined with `\n`, empty lines vanish. No-break spaces stay: they are content.
///
/// Article text is nearly always normalized already (single spaces between words), so each
/// piece is checked sixteen bytes at a time and, trimmed, copied whole; only pieces with runs of
/// whitespace, tabs or line ends inside are copied run by run. A builder reuses one buffer for
/// all its nodes (`reset`), so its storage is allocated once per graph, not once per node.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    /// What goes before the next content byte: 0 (nothing), a space or a newline.
    private var separator: UInt8 = 0
    private var atLineStart = true

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        separator = 0
        atLineStart = true
    }

    mutating func newLine() {
        if !bytes.isEmpty { separator = 0x0A }
        atLineStart = true
    }

    mutating func appendSpace() {
        if !atLineStart && separator == 0 { separator = 0x20 }
    }

    mutating func append(_ s: String) {
        append(s[...])
    }

    mutating func append(_ s: Substring) {
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            s.utf8Span.span.withUnsafeBufferPointer { append($0) }  // borrows: no copy of `s` to retain
        } else {
            var s = s
            s.withUTF8 { append($0) }
        }
    }

    /// Bytes of one whole string: `string` relies on runs beginning and ending at ASCII bytes or string ends.
    private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        if let run = Self.soleRun(in: utf8) {
            if run.lowerBound > 0 { appendSpace() }
            guard !run.isEmpty else { return }
            appendRun(UnsafeBufferPointer(rebasing: utf8[run]))
            if run.upperBound < utf8.count { appendSpace() }
            return
        }
        var offset = 0
        while offset < utf8.count {
            let run = Self.nextRun(in: utf8, from: offset)
            if run.lowerBound > offset { appendSpace() }
            if run.isEmpty { return }
            appendRun(UnsafeBufferPointer(rebasing: utf8[run]))
            offset = run.upperBound
        }
    }

    private mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
        if separator != 0 { bytes.append(separator); separator = 0 }
        bytes.append(contentsOf: run)
        atLineStart = false
    }

    /// The text without its leading and trailing whitespace, when that leaves one run (nearly
    /// always); nil when whitespace inside needs collapsing.
    static func soleRun(in utf8: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0, end = utf8.count
        while start < end && isSpace(utf8[start]) { start += 1 }
        while end > start && isSpace(utf8[end - 1]) { end -= 1 }
        return isSingleSpaced(utf8, start..<end) ? start..<end : nil
    }

    /// The next run of content at or after `offset`: it starts and ends with a content byte and
    /// holds no whitespace but single spaces. Empty at the end (trailing whitespace skipped).
    static func nextRun(in utf8: UnsafeBufferPointer<UInt8>, from offset: Int) -> Range<Int> {
        let n = utf8.count
        var i = offset
        while i < n && isSpace(utf8[i]) { i += 1 }
        guard i < n else { return n..<n }
        var j = i + 1
        while j < n {
            let u = utf8[j]
            if !isSpace(u) {
                j += 1
            } else if u == 0x20 && j + 1 < n && !isSpace(utf8[j + 1]) {
                j += 2
            } else {
                break
            }
        }
        return i..<j
    }

    /// Whether the bytes hold no control byte and no two spaces in a row, checked sixteen or
    /// eight at a time. (Control bytes other than tab, LF and CR are content, but rare enough to
    /// leave to `nextRun`.)
    private static func isSingleSpaced(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = utf8.baseAddress, range.count >= 8 else {
            var previousIsSpace = false
            for u in utf8[range] {
                if u < 0x20 || (u == 0x20 && previousIsSpace) { return false }
                previousIsSpace = u == 0x20
            }
            return true
        }
        if range.count > 16 {
            // Bytes p…p+15 against p+1…p+16: every pair of neighbours in seventeen bytes.
            func isPlain(at p: Int) -> Bool {
                let here = UnsafeRawPointer(base + p).loadUnaligned(as: SIMD16<UInt8>.self)
                let next = UnsafeRawPointer(base + p + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                let space = SIMD16<UInt8>(repeating: 0x20)
                return !any((here .< space) .| (next .< space) .| ((here .== space) .& (next .== space)))
            }
            var k = range.lowerBound
            while range.upperBound - k > 16 {
                guard isPlain(at: k) else { return false }
                k += 16
            }
            // The last seventeen bytes overlap checked ones, so no pair is left out.
            return k == range.upperBound - 1 || isPlain(at: range.upperBound - 17)
        }
        func word(at k: Int) -> UInt64 { UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) }
        let first = word(at: range.lowerBound), last = word(at: range.upperBound - 8)
        let firstSpaces = spaceMask(first), lastSpaces = spaceMask(last)
        // Eight to sixteen bytes: two words that meet or overlap; where they meet, the last byte
        // of the first and the first byte of the second are neighbours too.
        let meet = range.count == 16 ? firstSpaces >> 56 : 0
        return !hasByteBelowSpace(first) && !hasByteBelowSpace(last)
            && firstSpaces & (firstSpaces << 8) == 0 && lastSpaces & ((lastSpaces << 8) | meet) == 0
    }

    /// Whether some byte of the word is below 0x20 (exact as a yes/no answer).
    @inline(__always)
    private static func hasByteBelowSpace(_ word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// 0x80 in exactly the bytes of the word that are spaces.
    @inline(__always)
    private static func spaceMask(_ word: UInt64) -> UInt64 {
        let x = word ^ 0x2020_2020_2020_2020, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & lows) &+ lows) | x | lows)
    }

    @inline(__always)
    private static func isSpace(_ u: UInt8) -> Bool { u <= 0x20 && (u == 0x20 || u == 0x0A || u == 0x09 || u == 0x0D) }

    /// Where text appended from now on starts, for `string(since:)`.
    func mark() -> Int { bytes.count }

    /// The text appended since `mark`, without the separator that joined it to what came before.
    func string(since mark: Int) -> String {
        var start = mark
        if start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
        return string(from: start)
    }

    var string: String { string(from: 0) }

    /// The bytes from `start` on as a string, not validated as UTF-8 again: they are whole runs of
    /// valid strings, cut only at ASCII bytes or string ends, joined by ASCII separators. (Validating
    /// took as long as everything else the text needs.)
    private func string(from start: Int) -> String {
        guard start < bytes.count else { return "" }
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            var utf8 = UTF8Span(unchecked: bytes.span.extracting(droppingFirst: start))
            _ = utf8.checkForASCII()  // flags the string as `String(decoding:)` would
            return String(copying: utf8)
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }
}

/// `normalizedSpace(inlines.plainText)`, without building the plain text first.
func normalizedPlainText(_ inlines: [Inline]) -> String {
    var buffer = TextBuffer()
    buffer.appendPlainText(inlines)
    return buffer.string
}

extension TextBuffer {
    /// The inlines' text as `Sequence<Inline>.plainText` joins it: breaks as spaces, UI path
    /// segments joined by ` > `. Appending piece by piece normalizes exactly as the joined text would.
    mutating func appendPlainText(_ inlines: [Inline]) {
        for index in inlines.indices {
            switch inlines[index] {
            case .text(let t): append(t.string)
            case .code(let c): append(c.code)
            case .softBreak, .lineBreak: appendSpace()
            case .html: break
            case .uiPath(let p):
                for (i, segment) in p.segments.enumerated() {
                    if i > 0 { append(" > ") }
                    appendPlainText(segment.inlines)
                }
            case .emphasis(let e): appendPlainText(e.children)
            case .strong(let s): appendPlainText(s.children)
            case .link(let l): appendPlainText(l.children)
            case .image(let i): appendPlainText(i.children)
            }
        }
    }
}

/// Trims and collapses ASCII whitespace runs to one space.
func normalizedSpace(_ s: String) -> String {
    var s = s
    // Titles are nearly always normalized already: then the string itself is the answer.
    let count = s.utf8.count
    if s.withUTF8(TextBuffer.soleRun) == 0..<count { return s }
    var buffer = TextBuffer()
    buffer.append(s)
    return buffer.string
}
