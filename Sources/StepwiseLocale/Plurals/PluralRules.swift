/// CLDR cardinal plural rules for every locale CLDR knows (`CLDRPluralTable`, generated from
/// supplemental/plurals.xml by scripts/generate-plural-rules).
///
/// A language CLDR does not list gets `other` for every number (CLDR's `root`), which is
/// always a valid category and makes a missing rule show up as one consistent form.
package enum PluralRules {
    /// The primary language subtag, lowercased: `"lv-LV"` → `"lv"`, `"en_US"` → `"en"`.
    package static func language(of tag: String) -> String {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "@" || $0 == "." }).first ?? ""
        return primary.lowercased()
    }

    /// The rule set of a locale tag or language: CLDR's id for the whole tag first
    /// (`pt-PT` → `pt_PT`), then its language. Nil when CLDR has no rules for it.
    package static func ruleSet(for tag: String) -> PluralRuleSet? {
        // gettext's modifiers and POSIX charsets are not part of the language: `sr@latin`, `lv_LV.UTF-8`.
        let bare = tag.prefix { $0 != "@" && $0 != "." }
        let parts = bare.split(whereSeparator: { $0 == "-" || $0 == "_" })
        let language = parts.first.map { $0.lowercased() } ?? ""
        if parts.count > 1, let region = parts.last, let set = CLDRPluralTable.ruleSet(locale: language + "_" + region.uppercased()) {
            return set
        }
        return CLDRPluralTable.ruleSet(locale: language)
    }

    package static func category(for count: Int, language: String) -> PluralCategory {
        category(for: PluralOperands(count), language: language)
    }

    package static func category(for operands: PluralOperands, language: String) -> PluralCategory {
        ruleSet(for: language)?.category(for: operands) ?? .other
    }

    /// Every category CLDR lists for the language (only `other` for one it does not know).
    package static func categories(for language: String) -> Set<PluralCategory> {
        Set(ruleSet(for: language)?.categories ?? [.other])
    }

    /// The categories a gettext catalog for `language` can and must give: those whole numbers reach.
    package static func integerCategories(for language: String) -> Set<PluralCategory> {
        ruleSet(for: language)?.integerCategories ?? [.other]
    }

    /// The categories a catalog for `language` must give for every plural entry; the rest of
    /// `categories(for:)` (French `many`) may be left out with a warning.
    package static func requiredCategories(for language: String) -> Set<PluralCategory> {
        guard let set = ruleSet(for: language) else { return [.other] }
        return Set(set.categories.filter(set.isRequired))
    }

    /// Whether CLDR has rules for `language`; for the others `requiredCategories` is only
    /// the safe minimum, so a catalog's extra categories cannot be called unused.
    package static func hasRules(for language: String) -> Bool {
        ruleSet(for: language) != nil
    }

    /// Numbers the category covers in `language`, for messages (`0, 10–20, 30, …`).
    package static func examples(of category: PluralCategory, language: String) -> String {
        ruleSet(for: language)?.examples(of: category) ?? ""
    }
}
