/// A CLDR plural category. Catalog plural entries are mappings keyed by these names.
public enum PluralCategory: String, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case zero, one, two, few, many, other

    public var description: String { rawValue }

    // CLDR order (zero…other), so sorted lists read the way translators expect.
    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool { lhs.slot < rhs.slot }
}
