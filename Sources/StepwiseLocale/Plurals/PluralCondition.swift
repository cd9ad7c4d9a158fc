/// One CLDR plural rule condition (UTS #35, "Language Plural Rules"), parsed once:
/// `or` of `and`s of relations such as `i % 10 = 2..4` or `v != 0`.
package struct PluralCondition: Sendable, Hashable {
    package enum Operand: Character, Sendable, Hashable {
        case n = "n", i = "i", v = "v", w = "w", f = "f", t = "t", e = "e"
    }

    package struct Relation: Sendable, Hashable {
        var operand: Operand
        var modulus: Int?
        var negated: Bool
        var ranges: [Span]
    }

    /// `a..b` of a relation. Not `ClosedRange<Int>`: its metadata is built at first use with
    /// a lookup of `Int: Comparable` through every conformance of the program, a sixtieth
    /// of a walk's start-up.
    package struct Span: Sendable, Hashable {
        var low: Int
        var high: Int

        func contains(_ v: Int) -> Bool { low <= v && v <= high }
    }

    /// Alternatives joined by `or`, each a list of relations joined by `and`. An empty
    /// condition (the `other` rule) holds for every number.
    package var alternatives: [[Relation]]

    package func holds(for o: PluralOperands) -> Bool {
        alternatives.isEmpty || alternatives.contains { $0.allSatisfy { Self.holds($0, o) } }
    }

    private static func holds(_ r: Relation, _ o: PluralOperands) -> Bool {
        // A value that is not a whole number (n = 1.5) or too large to compare is in no
        // integer range: `=` fails and `!=` holds, as UTS #35 defines.
        let inRanges = value(r.operand, r.modulus, o).map { v in r.ranges.contains { $0.contains(v) } } ?? false
        return inRanges != r.negated
    }

    private static func value(_ operand: Operand, _ modulus: Int?, _ o: PluralOperands) -> Int? {
        // Without a modulus, digits are compared whole: 17 digits fit the remainder arithmetic.
        let m = modulus ?? 100_000_000_000_000_000
        func whole(_ digits: Int, _ v: Int) -> Int? { modulus == nil && digits > 17 ? nil : v }
        switch operand {
        case .n: return o.isWholeNumber ? whole(o.integerDigits.utf8.count, o.i(mod: m)) : nil
        case .i: return whole(o.integerDigits.utf8.count, o.i(mod: m))
        case .f: return whole(o.v, o.f(mod: m))
        case .t: return whole(o.w, o.t(mod: m))
        case .v: return o.v % m
        case .w: return o.w % m
        case .e: return o.e % m
        }
    }

    /// Parses a condition as plurals.xml writes it; nil for anything else.
    package init?(_ text: String) {
        var tokens = Substring(text)
        var alternatives: [[Relation]] = []
        var current: [Relation] = []
        func skipSpaces() { tokens = tokens.drop { $0 == " " } }
        func word() -> Substring {
            skipSpaces()
            let w = tokens.prefix { $0.isLetter }
            tokens = tokens.dropFirst(w.count)
            return w
        }
        func number() -> Int? {
            skipSpaces()
            let digits = tokens.prefix { $0.isASCII && $0.isNumber }
            tokens = tokens.dropFirst(digits.count)
            return digits.count <= 17 ? Int(digits) : nil
        }
        func take(_ s: String) -> Bool {
            skipSpaces()
            guard tokens.hasPrefix(s) else { return false }
            tokens = tokens.dropFirst(s.count)
            return true
        }
        skipSpaces()
        if tokens.isEmpty { self.alternatives = []; return }
        while true {
            let name = word()
            // `c` is the older name of `e` (compact decimal exponent).
            guard name.count == 1, let operand = Operand(rawValue: name == "c" ? "e" : name.first!) else { return nil }
            var modulus: Int?
            if take("%") {
                guard let m = number(), m > 0 else { return nil }
                modulus = m
            }
            let negated: Bool
            if take("!=") { negated = true } else if take("=") { negated = false } else { return nil }
            var ranges: [Span] = []
            repeat {
                guard let low = number() else { return nil }
                if take("..") {
                    guard let high = number(), high >= low else { return nil }
                    ranges.append(Span(low: low, high: high))
                } else {
                    ranges.append(Span(low: low, high: low))
                }
            } while take(",")
            current.append(Relation(operand: operand, modulus: modulus, negated: negated, ranges: ranges))
            skipSpaces()
            if tokens.isEmpty { break }
            switch word() {
            case "and": continue
            case "or": alternatives.append(current); current = []
            default: return nil
            }
        }
        alternatives.append(current)
        self.alternatives = alternatives
    }
}
