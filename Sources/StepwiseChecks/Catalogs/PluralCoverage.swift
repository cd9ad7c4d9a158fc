import StepwiseLocale

/// Which plural categories stand for more than one number, and so must show the number.
enum PluralCoverage {
    /// Latvian `zero` covers 0, 10–20, 30… and `one` covers 1, 21, 31…, so neither may spell
    /// the number out; English `one` is only 1 and may ("One step"). Counted from the CLDR
    /// rules themselves, so every language gets the same treatment.
    static func coversMany(_ category: PluralCategory, language: String) -> Bool {
        if category == .other { return true }
        var seen = 0
        for n in 0...200 where PluralRules.category(for: n, language: language) == category {
            seen += 1
            if seen > 1 { return true }
        }
        return false
    }
}
