import Foundation
import StepwiseArticle
import StepwiseLocale

/// A PO header's `Plural-Forms: nplurals=N; plural=EXPRESSION;`, parsed and evaluable.
package struct PluralFormsHeader: Sendable, Hashable {
    package var count: Int
    package var expression: PluralExpression
    package var position: SourcePosition
    /// `compare(language:)` for the file's own language, made once by the reader.
    package var comparison: Comparison?

    package static func parse(_ text: String, at position: SourcePosition) -> Result<PluralFormsHeader, PluralExpression.ParseError> {
        var count: Int?
        var expression: PluralExpression?
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0] {
            case "nplurals":
                guard let n = Int(pair[1]), (1...6).contains(n) else { return .failure(.init(detail: "nplurals=\(pair[1])")) }
                count = n
            case "plural":
                switch PluralExpression.parse(pair[1]) {
                case .success(let e): expression = e
                case .failure(let f): return .failure(f)
                }
            default: continue
            }
        }
        guard let count else { return .failure(.init(detail: "nplurals")) }
        guard let expression else { return .failure(.init(detail: "plural=")) }
        return .success(PluralFormsHeader(count: count, expression: expression, position: position))
    }

    /// The form index of every number 0…10,000, the range the header is compared with CLDR on.
    package static let compared = 0...10_000

    /// For each form index, the CLDR category the numbers landing there have, when they all
    /// have one; a disagreement is the first number that breaks it.
    package struct Comparison: Sendable, Hashable {
        /// The CLDR category most numbers landing on each form index have.
        package var categories: [PluralCategory?]
        /// The first number whose form also holds numbers of another CLDR category.
        package var disagreement: Disagreement?
    }

    package struct Disagreement: Sendable, Hashable {
        package var number: Int
        package var index: Int
        /// The CLDR categories found on that form, in the order they were met.
        package var categories: [PluralCategory]
    }

    package func compare(language: String) -> Comparison {
        var counts = [[PluralCategory: Int]](repeating: [:], count: count)
        var seen = [[PluralCategory]](repeating: [], count: count)
        var disagreement: Disagreement?
        let rules = PluralRules.ruleSet(for: language)
        for n in Self.compared {
            let index = expression.evaluate(n)
            guard index >= 0, index < count else { continue }
            let cldr = rules?.category(for: PluralOperands(n)) ?? .other
            counts[index][cldr, default: 0] += 1
            if !seen[index].contains(cldr) {
                seen[index].append(cldr)
                if disagreement == nil, seen[index].count > 1 { disagreement = Disagreement(number: n, index: index, categories: seen[index]) }
            }
        }
        // Each form stands for the category most of its numbers have: Portuguese's `n != 1`
        // puts 0 (CLDR `one`) with 2, 3… (`other`), and that form is still the `other` one.
        let categories = counts.map { c in c.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key }
        return Comparison(categories: categories, disagreement: disagreement)
    }

    /// The first number 0…10,000 whose form index is outside 0..<nplurals.
    package var outOfRange: Int? {
        Self.compared.first { let i = expression.evaluate($0); return i < 0 || i >= count }
    }
}

/// gettext's plural expression: C's `?:`, `||`, `&&`, comparisons, arithmetic, `!` and `n`.
package indirect enum PluralExpression: Sendable, Hashable {
    case n
    case number(Int)
    case not(PluralExpression)
    case binary(String, PluralExpression, PluralExpression)
    case conditional(PluralExpression, PluralExpression, PluralExpression)

    package struct ParseError: Error, Sendable, Hashable {
        package var detail: String
    }

    package func evaluate(_ n: Int) -> Int {
        switch self {
        case .n: return n
        case .number(let v): return v
        case .not(let e): return e.evaluate(n) == 0 ? 1 : 0
        case .conditional(let c, let a, let b): return c.evaluate(n) != 0 ? a.evaluate(n) : b.evaluate(n)
        case .binary(let op, let l, let r):
            let a = l.evaluate(n)
            if op == "&&" { return a != 0 && r.evaluate(n) != 0 ? 1 : 0 }
            if op == "||" { return a != 0 || r.evaluate(n) != 0 ? 1 : 0 }
            let b = r.evaluate(n)
            switch op {
            case "==": return a == b ? 1 : 0
            case "!=": return a != b ? 1 : 0
            case "<": return a < b ? 1 : 0
            case ">": return a > b ? 1 : 0
            case "<=": return a <= b ? 1 : 0
            case ">=": return a >= b ? 1 : 0
            case "+": return a &+ b
            case "-": return a &- b
            case "*": return a &* b
            // Division by zero: gettext raises SIGFPE; here the form is taken as out of range.
            case "/": return b == 0 ? -1 : a / b
            case "%": return b == 0 ? -1 : a % b
            default: return -1
            }
        }
    }

    package static func parse(_ text: String) -> Result<PluralExpression, ParseError> {
        var parser = Parser(tokens: Array(text.unicodeScalars))
        do {
            let e = try parser.conditional(depth: 0)
            parser.skip()
            guard parser.i == parser.tokens.count else { throw ParseError(detail: "plural=" + text) }
            return .success(e)
        } catch let e as ParseError {
            return .failure(e)
        } catch {
            return .failure(ParseError(detail: text))
        }
    }

    private struct Parser {
        let tokens: [Unicode.Scalar]
        var i = 0
        var text: String { String(String.UnicodeScalarView(tokens)) }

        mutating func skip() { while i < tokens.count, tokens[i].properties.isWhitespace { i += 1 } }

        mutating func take(_ op: String) -> Bool {
            skip()
            let scalars = Array(op.unicodeScalars)
            guard i + scalars.count <= tokens.count, Array(tokens[i..<i + scalars.count]) == scalars else { return false }
            // `<` must not take the first half of `<=`, nor `!` of `!=`.
            if (op == "<" || op == ">" || op == "!" || op == "="), i + 1 < tokens.count, tokens[i + 1] == "=" { return false }
            i += scalars.count
            return true
        }

        func fail() -> ParseError { ParseError(detail: "plural=" + text) }

        mutating func conditional(depth: Int) throws -> PluralExpression {
            guard depth < 64 else { throw fail() }
            let c = try binary(0, depth: depth)
            guard take("?") else { return c }
            let a = try conditional(depth: depth + 1)
            guard take(":") else { throw fail() }
            return .conditional(c, a, try conditional(depth: depth + 1))
        }

        static let levels: [[String]] = [["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]]

        mutating func binary(_ level: Int, depth: Int) throws -> PluralExpression {
            guard level < Self.levels.count else { return try unary(depth: depth) }
            var left = try binary(level + 1, depth: depth)
            loop: while true {
                for op in Self.levels[level] where take(op) {
                    left = .binary(op, left, try binary(level + 1, depth: depth))
                    continue loop
                }
                return left
            }
        }

        mutating func unary(depth: Int) throws -> PluralExpression {
            guard depth < 64 else { throw fail() }
            if take("!") { return .not(try unary(depth: depth + 1)) }
            if take("(") {
                let e = try conditional(depth: depth + 1)
                guard take(")") else { throw fail() }
                return e
            }
            skip()
            guard i < tokens.count else { throw fail() }
            if tokens[i] == "n" { i += 1; return .n }
            var j = i
            while j < tokens.count, ("0"..."9").contains(tokens[j]) { j += 1 }
            guard j > i, j - i < 10, let v = Int(String(String.UnicodeScalarView(tokens[i..<j]))) else { throw fail() }
            i = j
            return .number(v)
        }
    }
}
