/// A syntactically valid product key in normalized form (25 upper-case characters, no
/// separators). It does not say whether the key exists; redemption does.
package struct ProductKey: Sendable, Hashable {
    /// Letters and digits that cannot be mistaken for each other (no A, E, I, O, U, L, S, Z, 0, 1, 5).
    package static let alphabet: Set<Character> = Set("BCDFGHJKMPQRTVWXY2346789")
    package static let length = 25
    package static let groupLength = 5

    package let normalized: String

    package init(parsing text: String) throws(DomainError) {
        var characters: [Character] = []
        characters.reserveCapacity(Self.length)
        for character in text where character != "-" && character != " " {
            let upper = Self.asciiUppercased(character)
            guard Self.alphabet.contains(upper) else {
                throw .keyInvalidCharacter(character, position: characters.count + 1)
            }
            characters.append(upper)
        }
        guard characters.count == Self.length else { throw .keyWrongLength(characters.count) }
        normalized = String(characters)
    }

    /// `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`, the form printed on cards.
    package var formatted: String {
        var groups: [Substring] = []
        var rest = Substring(normalized)
        while !rest.isEmpty {
            groups.append(rest.prefix(Self.groupLength))
            rest = rest.dropFirst(Self.groupLength)
        }
        return groups.joined(separator: "-")
    }

    /// Only the last group, for confirmations and logs, which must never hold the key in clear.
    package var masked: String {
        String(repeating: "•", count: Self.groupLength) + "-" + String(repeating: "•", count: Self.groupLength) + "-"
            + String(repeating: "•", count: Self.groupLength) + "-" + String(repeating: "•", count: Self.groupLength) + "-"
            + normalized.suffix(Self.groupLength)
    }

    /// Only ASCII letters are folded: full Unicode upper-casing would turn "ß" into "SS" and
    /// shift every position after it.
    private static func asciiUppercased(_ character: Character) -> Character {
        guard let ascii = character.asciiValue, (97...122).contains(ascii) else { return character }
        return Character(Unicode.Scalar(ascii - 32))
    }
}

extension ProductKey: CustomStringConvertible, CustomDebugStringConvertible {
    /// Masked so that string interpolation into a log or error message cannot leak the key.
    package var description: String { masked }
    package var debugDescription: String { "ProductKey(\(masked))" }
}
