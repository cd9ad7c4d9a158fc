/// When a target string identical to its source counts as left untranslated.
///
/// Strings that are only placeholders, numbers, punctuation or brand names (`{count}`,
/// ` › `, `Microsoft 365`) read the same in every language and are never reported.
public struct UntranslatedRule: Sendable {
    /// Words that stay as they are in every language, matched whole and case-sensitively.
    public var brandWords: Set<String>

    public static let defaultBrandNames = [
        "Stepwise", "Microsoft 365", "Office", "Windows", "Word", "Excel", "PowerPoint", "Outlook", "Teams",
        "OneDrive", "SharePoint", "Azure", "Graphviz", "Mermaid", "Markdown", "JSON", "SARIF", "GitHub", "YAML",
        "DOT", "URL", "ID", "Visa", "Mastercard", "American Express",
    ]

    public init(brandNames: [String] = UntranslatedRule.defaultBrandNames) {
        brandWords = Set(brandNames.flatMap { $0.split(separator: " ").map(String.init) })
    }

    func isUntranslated(_ target: String, source: String) -> Bool {
        target == source && hasWords(target)
    }

    /// Whether a word is left once placeholders and brand names are taken out.
    private func hasWords(_ text: String) -> Bool {
        var word = ""
        var inPlaceholder = false
        for c in text + " " {
            if c == "{" { inPlaceholder = true; continue }
            if inPlaceholder { if c == "}" { inPlaceholder = false }; continue }
            if c.isLetter || c.isNumber || c == "'" || c == "’" { word.append(c); continue }
            if word.contains(where: \.isLetter), !brandWords.contains(word) { return true }
            word = ""
        }
        return false
    }
}
