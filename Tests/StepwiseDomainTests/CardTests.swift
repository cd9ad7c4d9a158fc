import Foundation
import Testing
import PropertyBased
@testable import StepwiseDomain

struct CardTests {
    let now = Fixtures.now  // March 2026

    static let validNumbers: [(String, CardBrand)] = [
        ("4111111111111111", .visa),
        ("4012888888881881", .visa),
        ("4222222222222", .visa),
        ("5555555555554444", .mastercard),
        ("5105105105105100", .mastercard),
        ("2223003122003222", .mastercard),
        ("378282246310005", .amex),
        ("371449635398431", .amex),
        ("6011111111111117", .card),
        ("3530111333300000", .card),
    ]

    @Test(arguments: validNumbers)
    func knownTestNumbersPassLuhnAndGetTheirBrand(number: String, brand: CardBrand) throws {
        let digits = try CardRules.digits(of: number)
        #expect(CardRules.luhnIsValid(digits))
        #expect(CardRules.brand(of: digits) == brand)
        let details = try CardRules.validate(CardInput(number: number, expiry: "03/26"), now: now)
        #expect(details == CardDetails(brand: brand, last4: String(number.suffix(4)), expiryMonth: 3, expiryYear: 2026))
    }

    @Test(arguments: ["4111111111111112", "5555555555554440", "378282246310006", "1234567812345678"])
    func knownInvalidNumbersFailLuhn(number: String) throws {
        #expect(!CardRules.luhnIsValid(try CardRules.digits(of: number)))
        #expect(throws: DomainError.cardNumberInvalid) {
            try CardRules.validate(CardInput(number: number, expiry: "12/30"), now: now)
        }
    }

    @Test(arguments: ["", "4111", "41111111111", "4111 1111 1111 111x", "4111.1111.1111.1111", "41111111111111111111", "٤١١١١١١١١١١١١١١١"])
    func malformedNumbers(number: String) {
        #expect(throws: DomainError.cardNumberMalformed) { try CardRules.digits(of: number) }
    }

    @Test(arguments: [
        ("2220", CardBrand.card), ("2221", .mastercard), ("2720", .mastercard), ("2721", .card),
        ("5000", .card), ("5100", .mastercard), ("5599", .mastercard), ("5600", .card),
        ("3400", .amex), ("3700", .amex), ("3500", .card), ("4000", .visa),
    ])
    func brandBoundaries(prefix: String, brand: CardBrand) {
        let digits = (prefix + "000000000000").compactMap(\.wholeNumberValue)
        #expect(CardRules.brand(of: digits) == brand)
    }

    @Test func expiryBoundaries() throws {
        let card = "4111111111111111"
        #expect(try CardRules.validate(CardInput(number: card, expiry: "03/26"), now: now).expiryMonth == 3)
        #expect(throws: DomainError.cardExpired) { try CardRules.validate(CardInput(number: card, expiry: "02/26"), now: now) }
        #expect(throws: DomainError.cardExpired) { try CardRules.validate(CardInput(number: card, expiry: "12/25"), now: now) }
        #expect(try CardRules.validate(CardInput(number: card, expiry: "01/27"), now: now).expiryYear == 2027)
        // The last second of the expiry month is still fine; the first of the next is not.
        let lastSecond = Fixtures.date(2026, 3, 31, 23, 59, 59)
        #expect(!CardRules.isExpired(month: 3, year: 2026, now: lastSecond))
        #expect(CardRules.isExpired(month: 3, year: 2026, now: lastSecond + 1))
    }

    @Test(arguments: ["13/30", "00/30", "1/30", "12-30", "12/2030", "ab/cd", "", "12/", "/30", "１２/３０"])
    func malformedExpiry(expiry: String) {
        #expect(throws: DomainError.cardExpiryMalformed) { try CardRules.parseExpiry(expiry) }
    }

    @Test(arguments: validNumbers.map(\.0))
    func everySingleDigitChangeFailsLuhn(number: String) throws {
        let digits = try CardRules.digits(of: number)
        for position in digits.indices {
            for replacement in 0...9 where replacement != digits[position] {
                var changed = digits
                changed[position] = replacement
                #expect(!CardRules.luhnIsValid(changed), "position \(position + 1) → \(replacement)")
            }
        }
    }

    /// Appends the check digit that makes `payload` pass Luhn.
    static func withCheckDigit(_ payload: [Int]) -> [Int] {
        let digit = (0...9).first { CardRules.luhnIsValid(payload + [$0]) }!
        return payload + [digit]
    }

    @Test func anySingleDigitChangeInARandomValidNumberFailsLuhn() async {
        let payload = Gen.int(in: 0...9).array(of: 11...18)
        await propertyCheck(count: 500, input: payload, Gen.int(in: 0...100), Gen.int(in: 1...9)) { payload, at, delta in
            let valid = Self.withCheckDigit(payload)
            #expect(CardRules.luhnIsValid(valid))
            var changed = valid
            let position = at % valid.count
            changed[position] = (changed[position] + delta) % 10
            #expect(!CardRules.luhnIsValid(changed))
        }
    }

    @Test func nothingButBrandLast4AndExpiryIsKept() throws {
        let details = try CardRules.validate(CardInput(number: "4111-1111-1111-1111", expiry: " 12/30 "), now: now)
        let json = AuditJSON.encode(details)
        #expect(!json.contains("411111"))
        #expect(Set(Mirror(reflecting: details).children.compactMap(\.label)) == ["brand", "last4", "expiryMonth", "expiryYear"])
    }
}
