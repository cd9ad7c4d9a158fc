/// The generated CLDR table (`CLDRPluralTable.swift`), indexed by locale once.
package enum CLDRPluralTable {
    /// Rule sets by CLDR locale id (`lv`, `pt_PT`), parsed on first use.
    package static let byLocale: [String: PluralRuleSet] = {
        var table: [String: PluralRuleSet] = [:]
        for set in ruleSets {
            let rules = set.rules.compactMap { rule -> PluralRuleSet.Rule? in
                guard let category = PluralCategory(rawValue: rule.category), let condition = PluralCondition(rule.condition) else { return nil }
                return PluralRuleSet.Rule(category: category, condition: condition, samples: rule.samples)
            }
            let parsed = PluralRuleSet(rules: rules)
            for locale in set.locales { table[locale] = parsed }
        }
        return table
    }()

    /// Conditions the parser refused: none, or the table and the parser disagree (a test).
    package static var unparsedConditions: [String] {
        ruleSets.flatMap(\.rules).filter { PluralCondition($0.condition) == nil || PluralCategory(rawValue: $0.category) == nil }
            .map { "\($0.category): \($0.condition)" }
    }
}
