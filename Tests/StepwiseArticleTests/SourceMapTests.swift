import PropertyBased
import Testing
@testable import StepwiseArticle

/// Columns are counted with shortcuts (ASCII line prefixes, the last position asked about, counts
/// every 1,024 bytes); whatever order positions are asked in, they must equal a plain count.
@Suite struct SourceMapTests {
    static let pieces = ["a", "word ", "ā", "š", "€", "𝄞", "  ", "Rēķini", "\t", "x"]

    static func text(_ rng: inout Xoshiro) -> String {
        var lines: [String] = []
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            // Some lines pass the 1,024-byte blocks several times over.
            let length = Bool.random(using: &rng) ? Int.random(in: 0...40, using: &rng) : Int.random(in: 300...1500, using: &rng)
            lines.append((0..<length).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        return lines.joined(separator: "\n")
    }

    /// Scalars whose first byte lies within the `byteColumn` bytes from the line's start.
    static func plainColumn(_ bytes: [UInt8], lineStart: Int, _ byteColumn: Int) -> Int {
        bytes[lineStart..<min(lineStart + byteColumn, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count
    }

    @Test func columnsEqualAPlainCountInAnyOrder() {
        var rng = Xoshiro(seed: (15, 1, 2, 3))  // seeded, so a failure repeats
        var asked = 0
        for _ in 0..<150 {
            let bytes = Array(Self.text(&rng).utf8)
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let starts = lines.indices.map { i in lines[..<i].reduce(0) { $0 + $1.count + 1 } }
            bytes.withUnsafeBufferPointer { buffer in
                var map = SourceMap(bytes: buffer, lineOffset: 3)
                // Runs left to right along a line (as nodes ask), then jumps back and between lines.
                for _ in 0..<60 {
                    let l = Int.random(in: 0..<lines.count, using: &rng)
                    var column = Int.random(in: 1...(lines[l].count + 2), using: &rng)
                    for _ in 0..<Int.random(in: 1...8, using: &rng) {
                        let p = map.position(line: Int32(l + 1), byteColumn: Int32(column))
                        #expect(p == SourcePosition(line: l + 4, column: Self.plainColumn(bytes, lineStart: starts[l], column)),
                                "line \(l + 1), byte column \(column)")
                        asked += 1
                        column += Int.random(in: -3...200, using: &rng)
                        column = max(1, column)
                    }
                }
            }
        }
        #expect(asked > 5_000)
    }

    /// Long runs too, which columns never ask for but the counter must get right.
    @Test func scalarCountsOfAnyRangeEqualAPlainCount() {
        var rng = Xoshiro(seed: (7, 1, 2, 3))
        for _ in 0..<200 {
            let bytes = Array((0..<Int.random(in: 0...3000, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined().utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let map = SourceMap(bytes: buffer, lineOffset: 0)
                for _ in 0..<20 {
                    let from = Int.random(in: 0...bytes.count, using: &rng), to = Int.random(in: from...bytes.count, using: &rng)
                    #expect(map.scalars(from: from, to: to) == bytes[from..<to].filter { $0 & 0xC0 != 0x80 }.count, "\(from)..<\(to)")
                }
            }
        }
    }
}
