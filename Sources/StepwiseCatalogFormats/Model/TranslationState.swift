/// How far a translation has come, in the words each format uses mapped to one scale.
package enum TranslationState: String, Sendable, Hashable, CaseIterable, Comparable {
    /// No translation yet (XLIFF `new`/`initial`, an empty msgstr, `.xcstrings` `new`).
    case new
    /// Written but to be looked at again (PO `fuzzy`, XLIFF `needs-*`, `.xcstrings` `needs_review`).
    case needsReview = "needs-review"
    /// Translated (PO without `fuzzy`, XLIFF `translated`, `.xcstrings` `translated`).
    case translated
    /// Reviewed and signed off (XLIFF `signed-off`, `final`).
    case final

    package static func < (a: TranslationState, b: TranslationState) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
