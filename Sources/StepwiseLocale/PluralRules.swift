/// CLDR cardinal plural rules (unicode.org/cldr, supplemental/plurals.xml).
///
/// Only the languages Stepwise ships catalogs for need real rules; every other language
/// gets `other` for every number, which is always a valid category and makes a missing
/// rule show up as one consistent form instead of a wrong one.
package enum PluralRules {
    /// The primary language subtag, lowercased: `"lv-LV"` → `"lv"`, `"en_US"` → `"en"`.
    package static func language(of tag: String) -> String {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        return primary.lowercased()
    }

    package static func category(for count: Int, language: String) -> PluralCategory {
        category(for: PluralOperands(count), language: language)
    }

    package static func category(for operands: PluralOperands, language: String) -> PluralCategory {
        switch rules(for: language) {
        case .latvian: return latvian(operands)
        case .oneIfIntegerOne: return operands.iEquals(1) && operands.v == 0 ? .one : .other
        case .otherOnly: return .other
        }
    }

    /// The categories a catalog for `language` must give for every plural entry.
    package static func requiredCategories(for language: String) -> Set<PluralCategory> {
        switch rules(for: language) {
        case .latvian: return [.zero, .one, .other]
        case .oneIfIntegerOne: return [.one, .other]
        case .otherOnly: return [.other]
        }
    }

    /// Whether `language` has real rules here; for the others `requiredCategories` is only
    /// the safe minimum, so a catalog's extra categories cannot be called unused.
    package static func hasRules(for language: String) -> Bool {
        rules(for: language) != .otherOnly
    }

    private enum RuleSet { case latvian, oneIfIntegerOne, otherOnly }

    private static func rules(for languageOrTag: String) -> RuleSet {
        switch language(of: languageOrTag) {
        // plurals.xml groups "lv prg" under one rule set.
        case "lv", "prg": return .latvian
        // From the plurals.xml group whose only rule is "one: i = 1 and v = 0".
        case "en", "de", "nl", "sv", "fi", "et": return .oneIfIntegerOne
        default: return .otherOnly
        }
    }

    // zero: n % 10 = 0 or n % 100 = 11..19 or v = 2 and f % 100 = 11..19
    // one:  n % 10 = 1 and n % 100 != 11 or v = 2 and f % 10 = 1 and f % 100 != 11
    //       or v != 2 and f % 10 = 1
    private static func latvian(_ o: PluralOperands) -> PluralCategory {
        let n10 = o.n(mod: 10), n100 = o.n(mod: 100)
        let f10 = o.f(mod: 10), f100 = o.f(mod: 100)
        if n10 == 0 || (n100.map { (11...19).contains($0) } ?? false)
            || (o.v == 2 && (11...19).contains(f100)) {
            return .zero
        }
        // `n % 100 != 11` is true for a fractional n, but the `and` with `n % 10 = 1`
        // already failed in that case, so nil can simply be treated as "not 11".
        if (n10 == 1 && n100 != 11)
            || (o.v == 2 && f10 == 1 && f100 != 11)
            || (o.v != 2 && f10 == 1) {
            return .one
        }
        return .other
    }
}
