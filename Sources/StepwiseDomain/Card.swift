import Foundation

/// A card as typed by the user. It only lives for the duration of a rule; what is kept is
/// `CardDetails`.
package struct CardInput: Sendable, Hashable {
    package var number: String
    /// `MM/YY`.
    package var expiry: String

    package init(number: String, expiry: String) {
        self.number = number
        self.expiry = expiry
    }
}

package enum CardRules {
    /// Spaces and dashes are how people copy numbers from cards; anything else is an error.
    package static func digits(of number: String) throws(DomainError) -> [Int] {
        var digits: [Int] = []
        for character in number where character != " " && character != "-" {
            guard let ascii = character.asciiValue, (48...57).contains(ascii) else {
                throw .cardNumberMalformed
            }
            digits.append(Int(ascii - 48))
        }
        guard (12...19).contains(digits.count) else { throw .cardNumberMalformed }
        return digits
    }

    package static func luhnIsValid(_ digits: [Int]) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    package static func brand(of digits: [Int]) -> CardBrand {
        func prefix(_ count: Int) -> Int {
            digits.prefix(count).reduce(0) { $0 * 10 + $1 }
        }
        guard digits.count >= 4 else { return .card }
        if digits[0] == 4 { return .visa }
        if [34, 37].contains(prefix(2)) { return .amex }
        if (51...55).contains(prefix(2)) || (2221...2720).contains(prefix(4)) { return .mastercard }
        return .card
    }

    /// `MM/YY` with two-digit month and year; years are 20YY.
    package static func parseExpiry(_ text: String) throws(DomainError) -> (month: Int, year: Int) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let month = Int(parts[0]), let year = Int(parts[1]), (1...12).contains(month)
        else { throw .cardExpiryMalformed }
        return (month, 2000 + year)
    }

    /// A card is good through the last day of its expiry month.
    package static func isExpired(month: Int, year: Int, now: Date) -> Bool {
        let current = UTCCalendar.yearMonth(of: now)
        return (year, month) < (current.year, current.month)
    }

    package static func validate(_ input: CardInput, now: Date) throws(DomainError) -> CardDetails {
        let digits = try digits(of: input.number)
        guard luhnIsValid(digits) else { throw .cardNumberInvalid }
        let expiry = try parseExpiry(input.expiry)
        guard !isExpired(month: expiry.month, year: expiry.year, now: now) else { throw .cardExpired }
        let last4 = digits.suffix(4).map(String.init).joined()
        return CardDetails(brand: brand(of: digits), last4: last4, expiryMonth: expiry.month, expiryYear: expiry.year)
    }
}
