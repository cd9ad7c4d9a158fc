import Testing
@testable import StepwiseLocale

// Expectations are CLDR's published samples for lv ("lv prg" in plurals.xml) and en,
// plus two-fraction-digit cases that only the v/f operands decide.
struct LatvianPluralTests {
    @Test("integers in the zero category", arguments: [0, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 100, 111, 112, 119, 1000, 10_000, 100_000, 1_000_000, 1011, -10])
    func zeroIntegers(_ n: Int) {
        #expect(PluralRules.category(for: n, language: "lv") == .zero)
    }

    @Test("integers in the one category", arguments: [1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, 121, -1])
    func oneIntegers(_ n: Int) {
        #expect(PluralRules.category(for: n, language: "lv") == .one)
    }

    @Test("integers in the other category", arguments: [2, 3, 4, 5, 6, 7, 8, 9, 22, 23, 24, 25, 26, 27, 28, 29, 102, 1002, 122])
    func otherIntegers(_ n: Int) {
        #expect(PluralRules.category(for: n, language: "lv") == .other)
    }

    @Test("decimals", arguments: [
        // zero: whole values ending in 0 or 11..19, or exactly two fraction digits 11..19
        ("0.0", PluralCategory.zero), ("0.00", .zero), ("10.0", .zero), ("10.00", .zero), ("11.00", .zero),
        ("19.0", .zero), ("100.0", .zero), ("1000000.0", .zero), ("112", .zero),
        ("0.11", .zero), ("0.19", .zero), ("1.11", .zero), ("2.15", .zero),
        // one
        ("0.1", .one), ("1.0", .one), ("1.00", .one), ("1.1", .one), ("2.1", .one), ("3.1", .one), ("7.1", .one),
        ("10.1", .one), ("100.1", .one), ("1000.1", .one), ("21.0", .one),
        ("0.01", .one), ("2.21", .one), ("0.31", .one), ("0.101", .one), ("0.111", .one),
        // other
        ("0.2", .other), ("0.5", .other), ("0.9", .other), ("1.2", .other), ("1.5", .other), ("1.8", .other),
        ("1.9", .other), ("10.2", .other), ("100.2", .other), ("1000.2", .other),
        ("1.50", .other), ("1.10", .other), ("0.10", .other), ("0.1000", .other), ("2.0", .other), ("2.00", .other), ("0.02", .other),
    ])
    func decimals(_ text: String, _ expected: PluralCategory) throws {
        let operands = try #require(PluralOperands(text))
        #expect(PluralRules.category(for: operands, language: "lv") == expected, "\(text)")
    }

    @Test func regionTagUsesLanguageRules() {
        #expect(PluralRules.category(for: 11, language: "lv-LV") == .zero)
        #expect(PluralRules.category(for: 21, language: "LV_lv") == .one)
    }

    @Test func requiredCategories() {
        #expect(PluralRules.requiredCategories(for: "lv") == [.zero, .one, .other])
        #expect(PluralRules.requiredCategories(for: "lv-LV") == [.zero, .one, .other])
        #expect(PluralRules.requiredCategories(for: "en") == [.one, .other])
        #expect(PluralRules.requiredCategories(for: "en-US") == [.one, .other])
        #expect(PluralRules.requiredCategories(for: "xx") == [.other])
    }
}

struct EnglishPluralTests {
    @Test func integers() {
        #expect(PluralRules.category(for: 1, language: "en") == .one)
        #expect(PluralRules.category(for: -1, language: "en-US") == .one)
        for n in [0, 2, 3, 10, 11, 21, 101, 1_000_000] {
            #expect(PluralRules.category(for: n, language: "en") == .other, "\(n)")
        }
    }

    @Test("visible fraction digits make even 1 plural", arguments: ["1.0", "1.00", "0.1", "1.5", "2.0", "0"])
    func decimals(_ text: String) throws {
        #expect(PluralRules.category(for: try #require(PluralOperands(text)), language: "en") == .other)
    }

    @Test func integerTextOneIsOne() throws {
        #expect(PluralRules.category(for: try #require(PluralOperands("1")), language: "en") == .one)
        #expect(PluralRules.category(for: try #require(PluralOperands("001")), language: "en") == .one)
    }
}

struct UnknownLanguagePluralTests {
    @Test func everythingIsOther() {
        for n in [0, 1, 2, 5, 11, 21] {
            #expect(PluralRules.category(for: n, language: "ja") == .other)
            #expect(PluralRules.category(for: n, language: "") == .other)
        }
    }
}

struct PluralOperandsTests {
    @Test func operandsFollowCLDRDefinitions() throws {
        // CLDR's own table: n=1.50 → i=1 v=2 w=1 f=50 t=5.
        let o = try #require(PluralOperands("1.50"))
        #expect(o.integerDigits == "1")
        #expect(o.v == 2 && o.w == 1)
        #expect(o.f(mod: 1000) == 50 && o.t(mod: 1000) == 5)
        #expect(o.n(mod: 10) == nil)
        #expect(!o.isWholeNumber)

        let whole = try #require(PluralOperands("-120.00"))
        #expect(whole.integerDigits == "120" && whole.v == 2 && whole.w == 0)
        #expect(whole.n(mod: 100) == 20)
        #expect(whole.isWholeNumber)
    }

    @Test func hugeNumbersDoNotOverflow() throws {
        let o = try #require(PluralOperands("123456789012345678901234567890111.123456789012345678901"))
        #expect(o.i(mod: 100) == 11)
        #expect(o.f(mod: 10) == 1)
        #expect(PluralRules.category(for: o, language: "lv") == .one)
        #expect(PluralRules.category(for: try #require(PluralOperands("98765432109876543210111")), language: "lv") == .zero)
    }

    @Test func intInitMatchesText() throws {
        #expect(PluralOperands(Int.min).integerDigits == "9223372036854775808")
        #expect(PluralOperands(0) == (try #require(PluralOperands("0"))))
        #expect(try #require(PluralOperands(".5")).integerDigits == "0")
        #expect(try #require(PluralOperands(" 7 ")).integerDigits == "7")
        #expect(try #require(PluralOperands("3.")).v == 0)
    }

    @Test("rejects what is not a plain decimal", arguments: ["", " ", "-", ".", "1e3", "1,5", "1.2.3", "abc", "١٢", "0x10", "1 000", "+-1"])
    func rejects(_ text: String) {
        #expect(PluralOperands(text) == nil)
    }
}
