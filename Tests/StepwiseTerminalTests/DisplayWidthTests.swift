import Testing
@testable import StepwiseTerminal

@Suite struct DisplayWidthTests {
    @Test func latvianLettersAreOneColumnEach() {
        #expect(DisplayWidth.of("āčēģīķļņšūž") == 11)
        #expect(DisplayWidth.of("ĀČĒĢĪĶĻŅŠŪŽ") == 11)
    }

    @Test func decomposedLettersCountOnce() {
        #expect(DisplayWidth.of("a\u{0304}") == 1)
        #expect(DisplayWidth.of("e\u{0304}") == 1)
        #expect(DisplayWidth.of("s\u{030C}u\u{0304}n\u{0327}a") == 4)  // šūņa, decomposed
        #expect(DisplayWidth.of(Character("a\u{0304}")) == 1)
    }

    @Test func eastAsianWideIsTwo() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)  // 각 from jamo
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth forms
        #expect(DisplayWidth.of("\u{3000}") == 2)  // ideographic space
    }

    @Test func emoji() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇱🇻") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
        #expect(DisplayWidth.of("❤") == 1)
    }

    @Test func zeroWidthCharacters() {
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{200D}") == 0)
        #expect(DisplayWidth.of("\u{FE0F}") == 0)
        #expect(DisplayWidth.of("\u{0301}") == 0)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func asciiAndAmbiguous() {
        #expect(DisplayWidth.of("Hello, world") == 12)
        #expect(DisplayWidth.of("•│─═┌") == 5)
        #expect(DisplayWidth.of("\u{1B}") == 0)
    }

    @Test func renderedLinesSkipEscapes() {
        #expect(DisplayWidth.ofRendered("\u{1B}[0;1mā\u{1B}[0m") == 1)
        #expect(DisplayWidth.ofRendered("\u{1B}]8;;https://x.lv\u{1B}\\link\u{1B}]8;;\u{1B}\\") == 4)
    }
}
