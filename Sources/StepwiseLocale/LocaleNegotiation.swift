/// Picks the catalog locale from `--locale` and the POSIX locale environment.
package enum LocaleNegotiation {
    package static let fallbackLocale = "en-US"

    /// The environment variables consulted, in POSIX precedence order.
    package static let environmentKeys = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// Tries `requested`, then `LC_ALL`, `LC_MESSAGES` and `LANG`; the first candidate that
    /// matches an available locale wins (exact tag first, then the same language), otherwise
    /// `en-US`. The result is spelled as in `available`.
    ///
    /// Every candidate is tried in turn rather than stopping at the first one set, so that
    /// `LC_ALL=C.UTF-8` (common in containers) or an unshipped `--locale` still lets `LANG`
    /// choose.
    package static func resolve(requested: String?, environment: [String: String], available: [String]) -> String {
        let candidates = [requested] + environmentKeys.map { environment[$0] }
        for case let raw? in candidates {
            guard let tag = normalize(raw) else { continue }
            if let match = match(tag, available: available) { return match }
        }
        return available.first { $0.lowercased() == fallbackLocale.lowercased() } ?? fallbackLocale
    }

    /// Turns a POSIX locale name or BCP 47 tag into a tag: `lv_LV.UTF-8@euro` → `lv-LV`,
    /// `LV-lv` → `lv-LV`. Returns nil for `C`, `POSIX`, empty or malformed values: the
    /// language must be an ISO 639 code of two or three letters, which also rules out the
    /// two special names and stray files such as `README.yml`.
    package static func normalize(_ raw: String) -> String? {
        var text = raw.trimmingSpacesAndTabs()
        if let cut = text.firstIndex(where: { $0 == "." || $0 == "@" }) { text = text[..<cut] }
        let subtags = text.split(separator: "_", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "-", omittingEmptySubsequences: false) }
        guard let language = subtags.first,
              (2...3).contains(language.count), language.allSatisfy(\.isASCIILetter),
              subtags.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(\.isASCIILetterOrDigit) })
        else { return nil }
        // Appended rather than `[language] + rest`: that generic `+` looks up a conformance of
        // `[String]` through every one of the program's, a sixtieth of a walk's start-up.
        var tag = language.lowercased()
        for subtag in subtags.dropFirst() { tag += "-" + canonicalCase(subtag) }
        return tag
    }

    /// The available locale matching `tag`: the same tag ignoring case, else the first one
    /// (in sorted order) with the same language, preferring a bare-language catalog.
    package static func match(_ tag: String, available: [String]) -> String? {
        let wanted = tag.lowercased()
        if let exact = available.first(where: { $0.lowercased() == wanted }) { return exact }
        let language = PluralRules.language(of: tag)
        let sameLanguage = available
            .filter { PluralRules.language(of: $0) == language }
            .sorted { ($0.count, $0) < ($1.count, $1) }
        return sameLanguage.first
    }

    /// How translators' files name a locale (`lv`, `lv_LV`, `pt-BR`, `sr_Latn`): a lower-case
    /// language of two or three letters and at most two more subtags of two to four letters or
    /// digits. Not `README`, `lv-LV-x-private` or `Ci`.
    package static func isFileLocale(_ s: String) -> Bool {
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }), parts.count <= 3 else { return false }
        return parts.dropFirst().allSatisfy { (2...4).contains($0.count) && $0.allSatisfy(\.isASCIILetterOrDigit) }
    }

    /// Whether two tags name the same locale for pairing files: equal ignoring case and `_`/`-`,
    /// or a bare language and a tag of it (`en` in a file that serves as the `en-US` source).
    package static func sameLocale(_ a: String, _ b: String) -> Bool {
        let x = a.lowercased().replacingOccurrences(of: "_", with: "-"), y = b.lowercased().replacingOccurrences(of: "_", with: "-")
        if x == y { return true }
        return PluralRules.language(of: x) == PluralRules.language(of: y) && (!x.contains("-") || !y.contains("-"))
    }

    /// Region subtags are upper case, scripts title case, everything else lower case.
    private static func canonicalCase(_ subtag: Substring) -> String {
        switch subtag.count {
        case 2 where subtag.allSatisfy(\.isASCIILetter): return subtag.uppercased()
        case 4 where subtag.allSatisfy(\.isASCIILetter): return subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased()
        default: return subtag.lowercased()
        }
    }
}

extension Character {
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
    fileprivate var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}
