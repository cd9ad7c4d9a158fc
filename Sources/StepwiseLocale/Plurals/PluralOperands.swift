import Foundation

/// The CLDR plural operands of a number as it will be displayed.
///
/// The number is kept as digit strings rather than as an `Int`/`Double`: the rules
/// depend on the visible fraction digits ("1.50" is not "1.5" for Latvian), and only
/// remainders and small equalities are ever needed, so any length works without overflow.
package struct PluralOperands: Sendable, Hashable, CustomStringConvertible {
    /// Integer digits of the absolute value, without leading zeros ("0" for zero).
    package let integerDigits: String
    /// Visible fraction digits exactly as written, trailing zeros included.
    package let fractionDigits: String
    /// `e`: the exponent of a compact decimal (`1.2c3`, "1.2 thousand"); 0 for plain numbers.
    package let e: Int

    package init(_ value: Int) {
        integerDigits = String(value.magnitude)
        fractionDigits = ""
        e = 0
    }

    /// Parses a plain decimal such as `"3"`, `"-1.50"` or `".5"`. Returns nil for anything
    /// else (exponents, grouping separators, decimal commas, empty text).
    package init?(_ text: String) {
        var body = text.trimmingWhitespace()
        if let sign = body.first, sign == "-" || sign == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty),
              whole.utf8.allSatisfy(Self.isDigit), fraction.utf8.allSatisfy(Self.isDigit)
        else { return nil }
        let trimmed = whole.drop { $0 == "0" }
        integerDigits = trimmed.isEmpty ? "0" : String(trimmed)
        fractionDigits = String(fraction)
        e = 0
    }

    /// A number as CLDR's rule samples write it, compact exponents included: `1.2c3` is
    /// 1200 with e = 3 (UTS #35: the exponent moves the decimal point, so v = 0).
    package init?(sample: String) {
        let parts = sample.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: { $0 == "c" || $0 == "e" })
        guard let mantissa = PluralOperands(String(parts[0])) else { return nil }
        guard parts.count == 2 else { self = mantissa; return }
        guard let exponent = Int(parts[1]), (0...30).contains(exponent) else { return nil }
        var fraction = Substring(mantissa.fractionDigits)
        var whole = mantissa.integerDigits == "0" ? "" : mantissa.integerDigits
        for _ in 0..<exponent {
            whole.append(fraction.first ?? "0")
            fraction = fraction.dropFirst()
        }
        let trimmed = whole.drop { $0 == "0" }
        integerDigits = trimmed.isEmpty ? "0" : String(trimmed)
        fractionDigits = String(fraction)
        e = exponent
    }

    /// `v`: number of visible fraction digits, with trailing zeros.
    package var v: Int { fractionDigits.utf8.count }
    /// `w`: number of visible fraction digits, without trailing zeros.
    package var w: Int { withoutTrailingZeros.utf8.count }
    /// True when `t` is 0, i.e. the value `n` is a whole number (`1.00` is; `1.5` is not).
    package var isWholeNumber: Bool { w == 0 }

    /// `i % m`.
    package func i(mod m: Int) -> Int { Self.remainder(of: integerDigits, mod: m) }
    /// `f % m`: visible fraction digits read as an integer ("1.50" gives f = 50).
    package func f(mod m: Int) -> Int { Self.remainder(of: fractionDigits, mod: m) }
    /// `t % m`: like `f` but without trailing zeros ("1.50" gives t = 5).
    package func t(mod m: Int) -> Int { Self.remainder(of: withoutTrailingZeros, mod: m) }
    /// `n % m` when `n` is a whole number, nil otherwise: CLDR relations on `n` such as
    /// `n % 10 = 0` or `n % 100 = 11..19` only hold for whole values.
    package func n(mod m: Int) -> Int? { isWholeNumber ? i(mod: m) : nil }

    /// `i = value`, compared on digits so that huge numbers never overflow.
    package func iEquals(_ value: Int) -> Bool { value >= 0 && integerDigits == String(value) }

    package var description: String {
        fractionDigits.isEmpty ? integerDigits : integerDigits + "." + fractionDigits
    }

    private var withoutTrailingZeros: Substring {
        var digits = Substring(fractionDigits)
        while digits.last == "0" { digits = digits.dropLast() }
        return digits
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Rules only use small moduli (10, 100, 1000…); outside 1…Int.max/10 the running
    /// remainder could overflow, so such moduli give 0 instead of trapping.
    private static func remainder<S: StringProtocol>(of digits: S, mod m: Int) -> Int {
        guard m > 0, m <= Int.max / 10 else { return 0 }
        var result = 0
        for byte in digits.utf8 { result = (result * 10 + Int(byte - 0x30)) % m }
        return result
    }
}
