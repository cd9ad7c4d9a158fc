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
        category == .other || smallIntegers.contains(category)
    }

    /// The categories some whole number below a million falls in: what a gettext file can
    /// give, since its forms are chosen by an integer (Russian's `other` is only for decimals).
    package var integerCategories: Set<PluralCategory> { smallIntegers }

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
        return rest.split(separator: ",").map { String($0.trimmingSpacesAndTabs()) }.filter { !$0.isEmpty && $0 != "…" }
    }

    /// Categories with a whole number below a million among CLDR's integer samples (the
    /// samples start at each category's smallest numbers). Worked out when asked, by checks
    /// only: reading the samples when the set was made was a third of a walk's plural lookup.
    private var smallIntegers: Set<PluralCategory> {
        Set(rules.filter { rule in
            Self.samples(rule.samples, kind: "@integer").contains { item in
                let first = item.split(separator: "~").first.map(String.init) ?? item
                return Int(first).map { $0 < 1_000_000 } ?? false
            }
        }.map(\.category))
    }

    package init(rules: [Rule]) {
        self.rules = rules
    }
}
