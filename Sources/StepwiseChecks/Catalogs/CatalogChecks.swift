import StepwiseArticle
import StepwiseCatalogFormats
import StepwiseLocale

/// A target catalog against its source, in any format: keys, empty values, state,
/// placeholders, plural forms, white space, tags, Markdown, length, and strings left as they
/// were. The source is another file (YAML, a POT) or carried by each message (PO, XLIFF,
/// String Catalogs).
struct CatalogChecks {
    let target: MessageCatalog
    /// The source catalog when it is another file; nil when each message carries its source.
    let source: MessageCatalog?
    let untranslated: UntranslatedRule
    private(set) var findings: [Finding] = []

    /// `sourceLocale`: the language of the source text when the file does not say (PO msgids).
    static func run(target: MessageCatalog, source: MessageCatalog?, untranslated: UntranslatedRule, sourceLocale: String) -> [Finding] {
        var checks = CatalogChecks(target: target, source: source, untranslated: untranslated, sourceLocale: sourceLocale)
        checks.run()
        return checks.findings
    }

    /// The target language's categories, worked out once per catalog rather than per entry.
    private let categories: Set<PluralCategory>
    private let required: Set<PluralCategory>
    private let coversMany: Set<PluralCategory>
    private let hasRules: Bool
    /// A translation into the source's own language (en-GB from en) may say the same words.
    private let sameLanguage: Bool
    /// Strings are Markdown only where the format renders them so (Stepwise and Rails YAML,
    /// String Catalogs); gettext's `quote' style and XLIFF text are not.
    private let markdown: Bool

    private init(target: MessageCatalog, source: MessageCatalog?, untranslated: UntranslatedRule, sourceLocale: String) {
        self.target = target; self.source = source; self.untranslated = untranslated
        sameLanguage = PluralRules.language(of: target.sourceLocale ?? sourceLocale) == PluralRules.language(of: target.locale)
        markdown = [.stepwiseYAML, .railsYAML, .xcstrings].contains(target.format)
        categories = PluralRules.categories(for: target.locale)
        // A PO file's forms are picked by an integer: it gives the categories integers reach.
        required = target.format == .po ? PluralRules.integerCategories(for: target.locale) : PluralRules.requiredCategories(for: target.locale)
        coversMany = Set(PluralCategory.allCases.filter { PluralCoverage.coversMany($0, language: target.locale) })
        hasRules = PluralRules.hasRules(for: target.locale)
    }

    private var locale: String { target.locale }
    private var language: String { PluralRules.language(of: target.locale) }

    private mutating func run() {
        let sourceIndex = source?.index ?? [:]
        if let source {
            let targetIndex = target.index
            for m in source.messages where targetIndex[m.identity] == nil {
                // A source leaf may be a parent mapping in the target: another shape, still a missing string.
                findings.append(Finding(.missingKey, at: here(nearestParentOf: m.key), message: "missing-key", ["key": m.displayKey],
                                        related: there(m.keyPosition)))
            }
        }
        for message in target.messages {
            let before = findings.count
            if let source {
                guard let i = sourceIndex[message.identity] else {
                    findings.append(Finding(.extraKey, at: here(message.keyPosition), message: "extra-key", ["key": message.displayKey]))
                    suppress(from: before, comments: message.comments)
                    continue
                }
                let paired = source.messages[i]
                if source.format.carriesSource {
                    // A POT gives the msgids; the PO's own msgid is the source text itself.
                    compare(message, with: message.source ?? paired.target, related: there(message.keyPosition, in: target.file))
                } else {
                    compare(message, with: paired.target, related: there(paired.keyPosition))
                }
            } else if let from = message.source {
                compare(message, with: from, related: there(Self.position(of: from) ?? message.keyPosition, in: target.file))
            }
            suppress(from: before, comments: message.comments)
        }
        checkPluralFormsHeader()
    }

    // MARK: One message

    private mutating func compare(_ message: CatalogMessage, with sourceValue: MessageValue, related: FindingLocation) {
        let key = message.displayKey
        switch message.target {
        case .empty:
            if target.format.carriesSource {
                findings.append(Finding(.translationState, at: here(message.targetPosition), message: "state-new", ["key": key], related: related))
            } else {
                findings.append(Finding(.emptyValue, at: here(message.targetPosition), message: "empty-value", ["key": key], related: related))
            }
            return
        case .unusable:
            findings.append(Finding(.localeSyntax, at: here(message.targetPosition), message: "unusable-value", ["key": key], related: related))
            return
        default:
            break
        }
        // A translation written but marked as not done: needs review, or still `new` (XLIFF
        // `needs-translation`, a String Catalog unit left in state new).
        if message.state == .needsReview || message.state == .new {
            findings.append(Finding(.translationState, at: here(message.keyPosition), message: message.state == .new ? "state-new" : "state-needs-review",
                                    ["key": key], related: related))
        }
        let syntaxes = message.syntaxes
        var sourceValue = sourceValue
        // A String Catalog lets each language vary by plural on its own (Japanese needs no
        // forms; Latvian may need them where English has one string): a form is held against
        // the source's single string, a single string against the source's `other`.
        if target.format == .xcstrings {
            switch (sourceValue, message.target) {
            case (.text(let s), .plural): sourceValue = .plural([.other: s])
            case (.plural(let forms), .text): if let other = forms[.other] ?? forms.values.first { sourceValue = .text(other) }
            default: break
            }
        }
        switch (sourceValue, message.target) {
        case (.plural(let sourceForms), .plural(let forms)):
            let model = sourceForms[.other] ?? sourceForms.values.first
            for category in forms.keys.sorted() {
                let form = forms[category]!
                guard !form.text.allSatisfy(\.isWhitespace), let model else { continue }
                comparePlaceholders(key: key, form.text, form.position, model.text, syntaxes, dropCount: true, related: related)
                compareShape(key: key, form, model.text, maxWidth: message.maxWidth, related: related)
            }
            checkPlural(key: key, forms: forms, sourceForms: sourceForms, message: message, related: related)
        case (.plural, _):
            findings.append(Finding(.pluralCategories, at: here(message.targetPosition), message: "plural-expected",
                                    ["key": key, "categories": Self.list(required)], related: related))
        case (_, .plural):
            findings.append(Finding(.pluralCategories, at: here(message.targetPosition), message: "plural-unexpected", ["key": key], related: related))
        case (.text(let s), .text(let t)):
            comparePlaceholders(key: key, t.text, t.position, s.text, syntaxes, dropCount: false, related: related)
            compareShape(key: key, t, s.text, maxWidth: message.maxWidth, related: related)
            checkICUPlurals(key: key, t, syntaxes: syntaxes, related: related)
            if !sameLanguage, untranslated.isUntranslated(t.text, source: s.text) {
                findings.append(Finding(.untranslated, at: here(t.position), message: "untranslated", ["key": key], related: related))
            }
        case (.list(let s), .list(let t)):
            let sourceNames = s.reduce(into: PlaceholderSignature("", syntaxes)) { $0.named.merge(PlaceholderSignature($1.text, syntaxes).named) { a, _ in a } }
            let targetNames = t.reduce(into: PlaceholderSignature("", syntaxes)) { $0.named.merge(PlaceholderSignature($1.text, syntaxes).named) { a, _ in a } }
            report(key: key, targetNames.difference(from: sourceNames), at: message.targetPosition, related: related)
        default:
            break
        }
    }

    private mutating func comparePlaceholders(key: String, _ text: String, _ position: SourcePosition, _ source: String,
                                              _ syntaxes: PlaceholderSyntaxes, dropCount: Bool, related: FindingLocation) {
        let difference = PlaceholderSignature(text, syntaxes, dropCount: dropCount).difference(from: PlaceholderSignature(source, syntaxes, dropCount: dropCount))
        report(key: key, difference, at: position, related: related)
    }

    private mutating func report(key: String, _ d: PlaceholderSignature.Difference, at position: SourcePosition, related: FindingLocation) {
        if !d.missing.isEmpty || !d.extra.isEmpty {
            findings.append(Finding(.placeholderMismatch, at: here(position), message: "placeholder-mismatch",
                                    ["key": key, "missing": d.missing.sorted().joined(separator: ", "), "extra": d.extra.sorted().joined(separator: ", ")],
                                    related: related))
        }
        for (placeholder, type, sourceType) in d.retyped {
            findings.append(Finding(.placeholderMismatch, at: here(position), message: "placeholder-type",
                                    ["key": key, "placeholder": placeholder, "type": type, "source": sourceType], related: related))
        }
        if d.reordered {
            findings.append(Finding(.placeholderMismatch, at: here(position), message: "placeholder-order", ["key": key], related: related))
        }
    }

    /// White space at the ends, tags, Markdown and the declared length of one string.
    private mutating func compareShape(key: String, _ t: MessageText, _ source: String, maxWidth: Int?, related: FindingLocation) {
        let (sl, st) = StringShape.edges(source), (tl, tt) = StringShape.edges(t.text)
        if sl != tl || st != tt {
            findings.append(Finding(.whitespace, at: here(t.position), message: "whitespace",
                                    ["key": key, "leading": StringShape.visible(tl), "trailing": StringShape.visible(tt),
                                     "source-leading": StringShape.visible(sl), "source-trailing": StringShape.visible(st)], related: related))
        }
        let sourceTags = StringShape.tags(source), tags = StringShape.tags(t.text)
        if sourceTags.sorted() != tags.sorted() {
            let missing = Self.subtract(sourceTags, tags), added = Self.subtract(tags, sourceTags)
            findings.append(Finding(.tags, at: here(t.position), message: "tags-differ",
                                    ["key": key, "missing": missing.joined(separator: " "), "extra": added.joined(separator: " ")], related: related))
        } else if StringShape.unbalanced(sourceTags).isEmpty, let first = StringShape.unbalanced(tags).first {
            findings.append(Finding(.tags, at: here(t.position), message: "tags-unbalanced", ["key": key, "tag": first], related: related))
        }
        let sm = StringShape.markdown(source), tm = StringShape.markdown(t.text)
        if !markdown {
            // Not Markdown: nothing more to hold against the source here.
        } else if tm.spacedLink && !sm.spacedLink {
            findings.append(Finding(.markup, at: here(t.position), message: "string-link-spaced", ["key": key], related: related))
        } else if sm.targets != tm.targets {
            findings.append(Finding(.markup, at: here(t.position), message: "string-link-targets",
                                    ["key": key, "missing": Self.subtract(sm.targets, tm.targets).joined(separator: ", "),
                                     "extra": Self.subtract(tm.targets, sm.targets).joined(separator: ", ")], related: related))
        }
        if markdown, tm.oddBackticks && !sm.oddBackticks {
            findings.append(Finding(.markup, at: here(t.position), message: "string-code-unpaired", ["key": key], related: related))
        }
        // XLIFF's maxwidth counts what is shown: inline codes are not characters.
        if let maxWidth {
            let length = tags.reduce(t.text.count) { $0 - $1.count }
            if length > maxWidth {
                findings.append(Finding(.length, at: here(t.position), message: "too-long",
                                        ["key": key, "length": String(length), "limit": String(maxWidth)], related: related))
            }
        }
    }

    // MARK: Plurals

    private func numbers(_ category: PluralCategory) -> String {
        PluralRules.examples(of: category, language: locale)
    }

    private func numbers(_ categories: Set<PluralCategory>) -> String {
        categories.sorted().map { "\($0.rawValue): \(numbers($0))" }.joined(separator: "; ")
    }

    private mutating func checkPlural(key: String, forms: [PluralCategory: MessageText], sourceForms: [PluralCategory: MessageText],
                                      message: CatalogMessage, related: FindingLocation) {
        let all = categories
        let present = Set(forms.keys)
        let missing = required.subtracting(present)
        if !missing.isEmpty {
            findings.append(Finding(.pluralCategories, at: here(message.keyPosition), message: "plural-missing",
                                    ["key": key, "categories": Self.list(missing), "language": language, "numbers": numbers(missing)], related: related))
        }
        let optional = all.subtracting(required).subtracting(present)
        if !optional.isEmpty, hasRules, target.format != .po {
            findings.append(Finding(.pluralCategories, .warning, at: here(message.keyPosition), message: "plural-optional",
                                    ["key": key, "categories": Self.list(optional), "language": language, "numbers": numbers(optional)], related: related))
        }
        if hasRules {
            // Rails' i18n takes `zero` for the number 0 in every language.
            for category in present.subtracting(all).sorted() where !(category == .zero && target.format == .railsYAML) {
                findings.append(Finding(.pluralCategories, .warning, at: here(forms[category]!.position), message: "plural-unused",
                                        ["key": key, "category": category.rawValue, "language": language], related: related))
            }
        }
        let countShown = sourceForms.values.contains { text in
            PlaceholderScanner.placeholders(text.text, message.syntaxes).contains(where: PlaceholderSignature.isCount)
        }
        for category in present.sorted() {
            let form = forms[category]!
            if form.text.allSatisfy(\.isWhitespace) {
                findings.append(Finding(.emptyValue, at: here(form.position), message: "empty-form",
                                        ["key": key, "category": category.rawValue, "numbers": numbers(category)], related: related))
                continue
            }
            if countShown, coversMany.contains(category),
               !PlaceholderScanner.placeholders(form.text, message.syntaxes).contains(where: PlaceholderSignature.isCount) {
                findings.append(Finding(.pluralPlaceholder, at: here(form.position), message: "plural-placeholder",
                                        ["key": key, "category": category.rawValue, "numbers": numbers(category)], related: related))
            }
            if !sameLanguage, let s = sourceForms[category] ?? sourceForms[.other], untranslated.isUntranslated(form.text, source: s.text) {
                findings.append(Finding(.untranslated, at: here(form.position), message: "untranslated-form",
                                        ["key": key, "category": category.rawValue, "numbers": numbers(category)], related: related))
            }
        }
        if let count = message.formCount, let header = target.pluralForms, count != header.count {
            findings.append(Finding(.pluralForms, at: here(message.targetPosition), message: "plural-form-count",
                                    ["key": key, "count": String(count), "expected": String(header.count)], related: related))
        }
    }

    /// ICU `{n, plural, …}` inside a string: its branches need the language's categories.
    private mutating func checkICUPlurals(key: String, _ t: MessageText, syntaxes: PlaceholderSyntaxes, related: FindingLocation) {
        guard syntaxes.contains(.icu) else { return }
        for p in PlaceholderScanner.placeholders(t.text, syntaxes) where p.kind == .icu && p.type == "plural" {
            let present = Set(p.branches.compactMap { PluralCategory(rawValue: $0.key) })
            let missing = required.subtracting(present)
            if !missing.isEmpty {
                findings.append(Finding(.pluralCategories, at: here(t.position), message: "plural-missing",
                                        ["key": key, "categories": Self.list(missing), "language": language, "numbers": numbers(missing)], related: related))
            }
        }
    }

    /// A PO header's formula against CLDR: the form count, and a number that lands with
    /// numbers of another category.
    private mutating func checkPluralFormsHeader() {
        guard let header = target.pluralForms, PluralRules.hasRules(for: locale) else { return }
        let at = here(header.position)
        let cldr = required
        if let n = header.outOfRange {
            findings.append(Finding(.pluralForms, at: at, message: "plural-forms-range", ["number": String(n), "count": String(header.count)]))
            return
        }
        let comparison = header.comparison ?? header.compare(language: locale)
        if header.count != cldr.count {
            findings.append(Finding(.pluralForms, .warning, at: at, message: "plural-forms-count",
                                    ["count": String(header.count), "expected": String(cldr.count), "language": language,
                                     "categories": Self.list(cldr), "numbers": numbers(cldr)]))
        } else if let d = comparison.disagreement {
            let other = d.categories.last!
            findings.append(Finding(.pluralForms, .warning, at: at, message: "plural-forms-differ",
                                    ["number": String(d.number), "index": String(d.index), "language": language,
                                     "category": other.rawValue, "first": d.categories.first!.rawValue, "numbers": "\(other.rawValue): \(numbers(other))"]))
        }
    }

    // MARK: Suppression

    private mutating func suppress(from start: Int, comments: [String]) {
        guard start < findings.count, let ignored = Suppression(comments: comments) else { return }
        let kept = findings[start...].filter { !ignored.silences($0.check) }
        findings.replaceSubrange(start..., with: kept)
    }

    // MARK: Helpers

    private static func position(of value: MessageValue) -> SourcePosition? { value.texts.first?.position }

    private static func subtract(_ a: [String], _ b: [String]) -> [String] {
        var rest = b
        return a.filter { x in
            if let i = rest.firstIndex(of: x) { rest.remove(at: i); return false }
            return true
        }
    }

    private func here(_ p: SourcePosition) -> FindingLocation {
        p.line > 0 ? FindingLocation(file: target.file, line: p.line, column: max(p.column, 1)) : .wholeFile(target.file)
    }

    private func there(_ p: SourcePosition, in file: String? = nil) -> FindingLocation {
        FindingLocation(file: file ?? source?.file ?? target.file, line: p.line, column: p.column)
    }

    private func here(nearestParentOf key: String) -> FindingLocation {
        var parts = key.split(separator: ".")
        while parts.count > 1 {
            parts.removeLast()
            if let p = target.keyPositions[parts.joined(separator: ".")] { return here(p) }
        }
        return FindingLocation(file: target.file, line: 1, column: 1)
    }

    static func list(_ categories: Set<PluralCategory>) -> String {
        categories.sorted().map(\.rawValue).joined(separator: ", ")
    }
}
