import Testing
@testable import StepwiseTerminal

@Suite struct KeyDecoderTests {
    @Test func arrowsEnterAndLetters() {
        var d = KeyDecoder()
        let keys = d.feed([0x1B, 0x5B, 0x43, 0x0D, UInt8(ascii: "b"), 0x1B, 0x4F, 0x44, 0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42])
        #expect(keys == [.right, .enter, .character("b"), .left, .up, .down])
    }

    @Test func sequenceSplitAcrossReads() {
        var d = KeyDecoder()
        #expect(d.feed([0x1B]) == [])
        #expect(d.feed([0x5B]) == [])
        #expect(d.feed([0x43, UInt8(ascii: "q")]) == [.right, .character("q")])
    }

    @Test func loneEscapeOnFlush() {
        var d = KeyDecoder()
        #expect(d.feed([0x1B]) == [])
        #expect(d.flush() == [.escape])
    }

    @Test func controlKeysAndUTF8() {
        var d = KeyDecoder()
        #expect(d.feed([0x03, 0x04, 0x7F]) == [.interrupt, .endOfInput, .backspace])
        #expect(d.feed(Array("ā".utf8).prefix(1)) == [])
        #expect(d.feed(Array("ā".utf8).dropFirst()) == [.character("ā")])
    }

    @Test func unknownSequencesAreSwallowedWhole() {
        var d = KeyDecoder()
        // F5 (`ESC [ 1 5 ~`) must not leak its digits as typed characters.
        #expect(d.feed([0x1B, 0x5B, 0x31, 0x35, 0x7E, UInt8(ascii: "n")]) == [.escape, .character("n")])
    }

    /// A pasted line ends in CR LF: one Enter, so it cannot answer and confirm at once.
    @Test func crLfIsOneEnter() {
        var d = KeyDecoder()
        #expect(d.feed(Array("ab\r\n".utf8)) == [.character("a"), .character("b"), .enter])
        #expect(d.feed([0x0D, 0x0D]) == [.enter, .enter])
    }
}
