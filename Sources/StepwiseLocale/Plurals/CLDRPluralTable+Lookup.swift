import Foundation

/// The generated CLDR table (`CLDRPluralTable.swift`); a rule set is parsed the first time a
/// locale using it is asked for. Parsing all 39 up front was a quarter of a command's
/// start-up, which needs one or two of them, and so was an index of all 220 locale ids: a
/// command looks up one or two, in a search of the table's lists.
package enum CLDRPluralTable {
    /// The number of CLDR locale ids with rules.
    package static var localeCount: Int { Set(ruleSets.flatMap(\.locales)).count }

    /// The rule set for a CLDR locale id (`lv`, `pt_PT`), or nil when CLDR has none.
    package static func ruleSet(locale: String) -> PluralRuleSet? {
        guard let index = ruleSets.firstIndex(where: { $0.locales.contains(locale) }) else { return nil }
        return parsed.withLock { sets in
            if let set = sets[index] { return set }
            let set = parse(ruleSets[index].rules)
            sets[index] = set
            return set
        }
    }

    /// Conditions the parser refused: none, or the table and the parser disagree (a test).
    package static var unparsedConditions: [String] {
        ruleSets.flatMap(\.rules).filter { PluralCondition($0.condition) == nil || PluralCategory(rawValue: $0.category) == nil }
            .map { "\($0.category): \($0.condition)" }
    }

    private static let parsed = LockedSets(count: ruleSets.count)

    private static func parse(_ rules: [(category: String, condition: String, samples: String)]) -> PluralRuleSet {
        PluralRuleSet(rules: rules.compactMap { rule -> PluralRuleSet.Rule? in
            guard let category = PluralCategory(rawValue: rule.category), let condition = PluralCondition(rule.condition) else { return nil }
            return PluralRuleSet.Rule(category: category, condition: condition, samples: rule.samples)
        })
    }
}

private final class LockedSets: @unchecked Sendable {
    private let lock = NSLock()
    private var sets: [PluralRuleSet?]

    init(count: Int) { sets = Array(repeating: nil, count: count) }

    func withLock<T>(_ body: (inout [PluralRuleSet?]) -> T) -> T {
        lock.withLock { body(&sets) }
    }
}
