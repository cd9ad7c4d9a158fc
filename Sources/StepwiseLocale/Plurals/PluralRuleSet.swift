import Foundation

/// The cardinal rules of one group of CLDR locales, parsed from `CLDRPluralTable`.
package struct PluralRuleSet: Sendable {
    package struct Rule: Sendable {
        package var category: PluralCategory
        package var condition: PluralCondition
        /// CLDR's sample numbers for the category, as written (`@integer 0, 10~20, … @decimal …`).
        package var samples: String
    }

    /// In CLDR order; `other` is last and holds for every number.
    package var rules: [Rule]

    package var categories: [PluralCategory] { rules.map(\.category) }

    package func category(for operands: PluralOperands) -> PluralCategory {
        rules.first { $0.condition.holds(for: operands) }?.category ?? .other
    }

    /// A category a catalog must give: `other`, and every category some whole number below a
    /// million falls in. The others (French `many`, only for millions and compact numbers;
    /// categories only decimals reach) may be left out with a warning.
    package func isRequired(_ category: PluralCategory) -> Bool {
        category == .other || smallIntegers[category] != nil
    }

    /// Numbers a category covers, for messages: CLDR's integer samples, or its decimal
    /// samples when there are none (`0, 10~20, 30, …`).
    package func examples(of category: PluralCategory) -> String {
        guard let rule = rules.first(where: { $0.category == category }) else { return "" }
        let integer = Self.samples(rule.samples, kind: "@integer")
        let items = integer.isEmpty ? Self.samples(rule.samples, kind: "@decimal") : integer
        let shown = items.prefix(6).map { $0.replacingOccurrences(of: "~", with: "–") }
        return shown.joined(separator: ", ") + (items.count > 6 || items.last == "…" ? ", …" : "")
    }

    /// The sample numbers of one kind, ranges kept as `a~b`, the closing `…` dropped.
    package static func samples(_ text: String, kind: String) -> [String] {
        guard let start = text.range(of: kind) else { return [] }
        var rest = text[start.upperBound...]
        if let next = rest.range(of: "@") { rest = rest[..<next.lowerBound] }
        return rest.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "…" }
    }

    /// The first whole number below a million in each category, found once.
    private let smallIntegers: [PluralCategory: Int]

    package init(rules: [Rule]) {
        self.rules = rules
        var first: [PluralCategory: Int] = [:]
        // Categories repeat with a period of at most 1000 (moduli are 10, 100, 1000) except
        // for rules on the whole value; checking 0…1099 and each power of ten up to 10⁵ covers both.
        let probes = Array(0..<1100) + [10_000, 100_000]
        for n in probes {
            let category = rules.first { $0.condition.holds(for: PluralOperands(n)) }?.category ?? .other
            if first[category] == nil { first[category] = n }
        }
        smallIntegers = first
    }
}
