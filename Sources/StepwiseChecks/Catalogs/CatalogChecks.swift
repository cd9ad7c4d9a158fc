import StepwiseArticle
import StepwiseLocale

/// A target catalog against the source catalog: keys, empty values, placeholders, plural
/// forms and strings left as they were.
struct CatalogChecks {
    let source: CatalogDocument
    let target: CatalogDocument
    let untranslated: UntranslatedRule
    private(set) var findings: [Finding] = []

    init(source: CatalogDocument, target: CatalogDocument, untranslated: UntranslatedRule) {
        self.source = source; self.target = target; self.untranslated = untranslated
    }

    static func run(source: CatalogDocument, target: CatalogDocument, untranslated: UntranslatedRule) -> [Finding] {
        var checks = CatalogChecks(source: source, target: target, untranslated: untranslated)
        checks.run()
        return checks.findings
    }

    private var language: String { PluralRules.language(of: target.locale) }

    private mutating func run() {
        for key in source.order where target.entries[key] == nil {
            let sourceEntry = source.entries[key]!
            // A source leaf may be a parent mapping in the target: that is another shape, still a missing string.
            findings.append(Finding(.missingKey, at: here(nearestParentOf: key), message: "missing-key", ["key": key],
                                    related: there(sourceEntry.keyPosition)))
        }
        for key in target.order {
            let entry = target.entries[key]!
            guard let sourceEntry = source.entries[key] else {
                findings.append(Finding(.extraKey, at: here(entry.keyPosition), message: "extra-key", ["key": key]))
                continue
            }
            compare(entry, with: sourceEntry)
        }
    }

    private mutating func compare(_ entry: CatalogDocument.Entry, with sourceEntry: CatalogDocument.Entry) {
        let key = entry.key
        let related = there(sourceEntry.keyPosition)
        switch entry.value {
        case .empty:
            findings.append(Finding(.emptyValue, at: here(entry.valuePosition), message: "empty-value", ["key": key], related: related))
            return
        case .unusable:
            findings.append(Finding(.localeSyntax, at: here(entry.valuePosition), message: "unusable-value", ["key": key], related: related))
            return
        default:
            break
        }
        let sourceNames = Self.placeholders(sourceEntry.value)
        if case .plural(let sourceForms) = sourceEntry.value, case .plural(let forms) = entry.value {
            comparePlaceholders(key: key, forms: forms, sourceForms: sourceForms, related: related)
        } else {
            let targetNames = Self.placeholders(entry.value)
            if sourceNames != targetNames {
                reportPlaceholders(key: key, at: entry.valuePosition, source: sourceNames, target: targetNames, related: related)
            }
        }
        switch (sourceEntry.value, entry.value) {
        case (.plural(let sourceForms), .plural(let forms)):
            checkPlural(key: key, forms: forms, sourceForms: sourceForms, entry: entry, related: related, countNamed: sourceNames.contains("count"))
        case (.plural, _):
            findings.append(Finding(.pluralCategories, at: here(entry.valuePosition), message: "plural-expected",
                                    ["key": key, "categories": Self.list(PluralRules.requiredCategories(for: language))], related: related))
        case (_, .plural):
            findings.append(Finding(.pluralCategories, at: here(entry.valuePosition), message: "plural-unexpected", ["key": key], related: related))
        case (.text(let s), .text(let t)):
            if untranslated.isUntranslated(t, source: s) {
                findings.append(Finding(.untranslated, at: here(entry.valuePosition), message: "untranslated", ["key": key], related: related))
            }
        default:
            break
        }
    }

    /// Each form against the source's `other`, the form that shows every placeholder. `{count}`
    /// is left to `plural-placeholder`: a form for the number 1 alone may spell it out.
    private mutating func comparePlaceholders(key: String, forms: [PluralCategory: CatalogDocument.Form],
                                              sourceForms: [PluralCategory: CatalogDocument.Form], related: FindingLocation) {
        guard let model = sourceForms[.other] ?? sourceForms.values.first else { return }
        var expected = Placeholders.names(in: model.text)
        expected.remove("count")
        for category in forms.keys.sorted() {
            let form = forms[category]!
            guard !form.text.allSatisfy(\.isWhitespace) else { continue }
            var names = Placeholders.names(in: form.text)
            names.remove("count")
            if names != expected {
                reportPlaceholders(key: key, at: form.position, source: expected, target: names, related: related)
            }
        }
    }

    private mutating func reportPlaceholders(key: String, at position: SourcePosition, source: Set<String>, target: Set<String>,
                                             related: FindingLocation) {
        findings.append(Finding(.placeholderMismatch, at: here(position), message: "placeholder-mismatch",
                                ["key": key, "missing": Self.list(source.subtracting(target)),
                                 "extra": Self.list(target.subtracting(source))], related: related))
    }

    private mutating func checkPlural(key: String, forms: [PluralCategory: CatalogDocument.Form], sourceForms: [PluralCategory: CatalogDocument.Form],
                                      entry: CatalogDocument.Entry, related: FindingLocation, countNamed: Bool) {
        let required = PluralRules.requiredCategories(for: language)
        let present = Set(forms.keys)
        let missing = required.subtracting(present)
        if !missing.isEmpty {
            findings.append(Finding(.pluralCategories, at: here(entry.keyPosition), message: "plural-missing",
                                    ["key": key, "categories": Self.list(missing), "language": language], related: related))
        }
        if PluralRules.hasRules(for: language) {
            for category in present.subtracting(required).sorted() {
                findings.append(Finding(.pluralCategories, .warning, at: here(forms[category]!.position), message: "plural-unused",
                                        ["key": key, "category": category.rawValue, "language": language], related: related))
            }
        }
        for category in present.sorted() {
            let form = forms[category]!
            if form.text.allSatisfy(\.isWhitespace) {
                findings.append(Finding(.emptyValue, at: here(form.position), message: "empty-form",
                                        ["key": key, "category": category.rawValue], related: related))
                continue
            }
            if countNamed, PluralCoverage.coversMany(category, language: language),
               !Placeholders.names(in: form.text).contains("count") {
                findings.append(Finding(.pluralPlaceholder, at: here(form.position), message: "plural-placeholder",
                                        ["key": key, "category": category.rawValue], related: related))
            }
            if let s = sourceForms[category] ?? sourceForms[.other], untranslated.isUntranslated(form.text, source: s.text) {
                findings.append(Finding(.untranslated, at: here(form.position), message: "untranslated-form",
                                        ["key": key, "category": category.rawValue], related: related))
            }
        }
    }

    // MARK: Helpers

    private func here(_ p: SourcePosition) -> FindingLocation {
        FindingLocation(file: target.file, line: p.line, column: p.column)
    }

    private func there(_ p: SourcePosition) -> FindingLocation {
        FindingLocation(file: source.file, line: p.line, column: p.column)
    }

    private func here(nearestParentOf key: String) -> FindingLocation {
        var parts = key.split(separator: ".")
        while parts.count > 1 {
            parts.removeLast()
            if let p = target.keyPositions[parts.joined(separator: ".")] { return here(p) }
        }
        return FindingLocation(file: target.file, line: 1, column: 1)
    }

    static func placeholders(_ value: CatalogDocument.Value) -> Set<String> {
        switch value {
        case .text(let s): Placeholders.names(in: s)
        case .plural(let forms): forms.values.reduce(into: []) { $0.formUnion(Placeholders.names(in: $1.text)) }
        case .list(let items): items.reduce(into: []) { $0.formUnion(Placeholders.names(in: $1)) }
        case .empty, .unusable: []
        }
    }

    static func list(_ names: Set<String>) -> String {
        names.sorted().map { "{\($0)}" }.joined(separator: ", ")
    }

    static func list(_ categories: Set<PluralCategory>) -> String {
        categories.sorted().map(\.rawValue).joined(separator: ", ")
    }
}
