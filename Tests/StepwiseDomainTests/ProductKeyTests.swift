import Testing
import PropertyBased
@testable import StepwiseDomain

struct ProductKeyTests {
    static let valid = "BCDFGHJKMPQRTVWXY23467896"

    @Test(arguments: [
        "BCDFGHJKMPQRTVWXY23467896",
        "BCDFG-HJKMP-QRTVW-XY234-67896",
        "bcdfg-hjkmp-qrtvw-xy234-67896",
        "BcDfG HjKmP QrTvW Xy234 67896",
        " BCDFG--HJKMP  QRTVW-XY234-67896 ",
        "B-C-D-F-G-HJKMPQRTVWXY23467896",
    ])
    func separatorsAndCaseNormalize(input: String) throws {
        let key = try ProductKey(parsing: input)
        #expect(key.normalized == Self.valid)
        #expect(key.formatted == "BCDFG-HJKMP-QRTVW-XY234-67896")
    }

    @Test(arguments: 1...25)
    func invalidCharacterReportsItsPosition(position: Int) {
        var characters = Array(Self.valid)
        characters[position - 1] = "O"
        #expect(throws: DomainError.keyInvalidCharacter("O", position: position)) {
            try ProductKey(parsing: String(characters))
        }
    }

    @Test func positionIgnoresSeparatorsAndReportsCharacterAsTyped() {
        #expect(throws: DomainError.keyInvalidCharacter("a", position: 7)) {
            try ProductKey(parsing: "BCDFG-Ha")
        }
        #expect(throws: DomainError.keyInvalidCharacter("ā", position: 1)) {
            try ProductKey(parsing: "āCDFG-HJKMP-QRTVW-XY234-67896")
        }
        // Full Unicode upper-casing would read "ß" as "SS"; here it is one wrong character.
        #expect(throws: DomainError.keyInvalidCharacter("ß", position: 25)) {
            try ProductKey(parsing: "BCDFG-HJKMP-QRTVW-XY234-6789ß")
        }
    }

    @Test(arguments: ["0", "1", "5", "A", "E", "I", "L", "O", "S", "U", "Z", "_", ".", "\t"])
    func excludedCharactersAreInvalid(character: String) {
        #expect(throws: DomainError.keyInvalidCharacter(Character(character), position: 1)) {
            try ProductKey(parsing: character + "CDFGHJKMPQRTVWXY23467896")
        }
    }

    @Test(arguments: [0, 1, 24, 26, 30])
    func wrongLengthReportsTheCount(count: Int) {
        let text = String(repeating: "B", count: count)
        #expect(throws: DomainError.keyWrongLength(count)) { try ProductKey(parsing: text) }
        let dashed = String(text.enumerated().flatMap { $0.offset > 0 && $0.offset % 5 == 0 ? ["-", $0.element] : [$0.element] })
        #expect(throws: DomainError.keyWrongLength(count)) { try ProductKey(parsing: dashed) }
    }

    @Test func maskedFormHidesAllButTheLastGroup() throws {
        let key = try ProductKey(parsing: Self.valid)
        #expect(key.masked == "•••••-•••••-•••••-•••••-67896")
        #expect("\(key)" == key.masked)
        #expect(!String(reflecting: key).contains("BCDFG"))
    }

    static let keyGenerator = Gen<Character?>.element(of: Array(ProductKey.alphabet)).map { $0! }.array(of: 25)

    @Test func anyValidKeyRoundTripsThroughFormattingAndLowercase() async {
        await propertyCheck(count: 300, input: Self.keyGenerator, Gen.int(in: 0...2)) { characters, style in
            let normalized = String(characters)
            let formatted = try! ProductKey(parsing: normalized).formatted
            let typed = switch style {
            case 0: formatted.lowercased()
            case 1: formatted.replacingOccurrences(of: "-", with: " ")
            default: formatted.lowercased().replacingOccurrences(of: "-", with: "")
            }
            #expect((try? ProductKey(parsing: typed))?.normalized == normalized)
            #expect((try? ProductKey(parsing: formatted))?.normalized == normalized)
        }
    }
}
