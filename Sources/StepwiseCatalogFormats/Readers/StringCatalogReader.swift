import StepwiseArticle
import StepwiseLocale

/// Apple String Catalogs (`.xcstrings`, JSON): every language's `stringUnit`, plural and
/// device variations, and `%#@name@` substitutions, each against the `sourceLanguage`'s.
/// A key the source language does not localize is its own source text, as in Xcode.
/// Keys marked `shouldTranslate: false` and stale keys are not checked.
struct StringCatalogReader {
    let file: String

    static func read(_ text: String, file: String) -> Result<MessageCatalog, CatalogError> {
        do throws(CatalogError) {
            return .success(try StringCatalogReader(file: file).read(try PositionedJSON.parse(text, file: file)))
        } catch {
            return .failure(error)
        }
    }

    /// One string of one language, flattened: its key, and which variation of it (`device=ipad`,
    /// a substitution's name), kept apart so a key may hold any character.
    private struct Unit {
        var key: String
        var variant: String?
        var value: MessageValue
        var state: TranslationState
        var position: SourcePosition
    }

    private func read(_ root: PositionedJSON) throws(CatalogError) -> MessageCatalog {
        guard case .object = root else { throw CatalogError(.notMapping, file: file, line: root.position.line, column: root.position.column) }
        guard let sourceLanguage = root["sourceLanguage"]?.string else {
            throw CatalogError(.missingField, file: file, line: root.position.line, column: root.position.column, ["field": "sourceLanguage"])
        }
        var source = MessageCatalog(file: file, format: .xcstrings, locale: sourceLanguage, sourceLocale: sourceLanguage)
        var languages: [String: MessageCatalog] = [:]
        for entry in root["strings"]?.members ?? [] {
            let key = entry.key
            let value = entry.value
            if case .bool(false, _)? = value["shouldTranslate"] { continue }
            if value["extractionState"]?.string == "stale" { continue }
            let comments = value["comment"]?.string.map { [$0] } ?? []
            let localizations = value["localizations"]?.members ?? []
            let sourceUnits = localizations.first { $0.key == sourceLanguage }.map { units(key: key, $0.value) }
                ?? [Unit(key: key, variant: nil, value: key.isEmpty ? .empty : .text(MessageText(key, at: entry.keyPosition)), state: .translated, position: entry.keyPosition)]
            let sourceByVariant = Dictionary(sourceUnits.map { ($0.variant ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            for unit in sourceUnits {
                source.messages.append(message(unit, source: nil, comments: comments, keyPosition: entry.keyPosition))
            }
            for localization in localizations where localization.key != sourceLanguage {
                // Appended in place: a catalog taken out of the dictionary and put back would be
                // copied whole for every key.
                let empty = MessageCatalog(file: file, format: .xcstrings, locale: localization.key, sourceLocale: sourceLanguage)
                for unit in units(key: key, localization.value) {
                    // A device variation the source lacks is held against the source's plain string.
                    let from = sourceByVariant[unit.variant ?? ""] ?? sourceByVariant[""] ?? sourceUnits.first
                    languages[localization.key, default: empty].messages.append(message(unit, source: from?.value, comments: comments, keyPosition: entry.keyPosition))
                }
            }
        }
        // A key a language does not localize at all is missing from it.
        let sourceKeys = source.messages
        for language in languages.keys {
            let present = Set(languages[language]!.messages.map(\.key))
            for m in sourceKeys where !present.contains(m.key) {
                languages[language]!.messages.append(CatalogMessage(key: m.key, context: m.context, source: m.target, target: .empty, state: .new,
                                                                    comments: m.comments, syntaxes: m.syntaxes, keyPosition: m.keyPosition,
                                                                    targetPosition: m.keyPosition))
            }
        }
        source.otherLanguages = languages.keys.sorted().map { languages[$0]! }
        return source
    }

    private func message(_ unit: Unit, source: MessageValue?, comments: [String], keyPosition: SourcePosition) -> CatalogMessage {
        CatalogMessage(key: unit.key, context: unit.variant, source: source, target: unit.value, state: unit.state, comments: comments,
                       syntaxes: [.printf, .apple], keyPosition: keyPosition, targetPosition: unit.position)
    }

    /// A localization's strings: its `stringUnit`, or its plural or device variations, and
    /// each substitution's variations (variant: the substitution's name).
    private func units(key: String, variant: String? = nil, _ localization: PositionedJSON) -> [Unit] {
        var out: [Unit] = []
        if let unit = stringUnit(localization["stringUnit"]) {
            out.append(Unit(key: key, variant: variant, value: unit.value, state: unit.state, position: unit.position))
        }
        if let variations = localization["variations"] {
            out += self.variations(key: key, variant: variant, variations)
        }
        for substitution in localization["substitutions"]?.members ?? [] {
            if let variations = substitution.value["variations"] {
                out += self.variations(key: key, variant: (variant.map { $0 + " " } ?? "") + "%#@" + substitution.key + "@", variations)
            }
        }
        return out
    }

    private func variations(key: String, variant: String?, _ variations: PositionedJSON) -> [Unit] {
        var out: [Unit] = []
        if let plural = variations["plural"] {
            var forms: [PluralCategory: MessageText] = [:]
            var states: [TranslationState] = []
            for form in plural.members {
                guard let category = PluralCategory(rawValue: form.key), let unit = stringUnit(form.value["stringUnit"]) else { continue }
                if case .text(let t) = unit.value { forms[category] = t }
                states.append(unit.state)
            }
            out.append(Unit(key: key, variant: variant, value: forms.isEmpty ? .empty : .plural(forms), state: states.min() ?? .new, position: plural.position))
        }
        for device in variations["device"]?.members ?? [] {
            out += units(key: key, variant: (variant.map { $0 + " " } ?? "") + "device=" + device.key, device.value)
        }
        return out
    }

    private func stringUnit(_ json: PositionedJSON?) -> (value: MessageValue, state: TranslationState, position: SourcePosition)? {
        guard let json, case .object = json else { return nil }
        let value = json["value"]
        let text = value?.string ?? ""
        let state: TranslationState = switch json["state"]?.string {
        case "new": .new
        case "needs_review": .needsReview
        default: .translated
        }
        let position = value?.position ?? json.position
        return (text.isEmpty ? .empty : .text(MessageText(text, at: position)), text.isEmpty ? .new : state, position)
    }
}
