/// A plural entry's forms by CLDR category, in CLDR order (zero…other). Written like a
/// dictionary (`[.one: "…", .other: "…"]`) but held as one slot per category: the shipped
/// catalogs are built at every start, and the first `[PluralCategory: String]` looked up
/// `PluralCategory: Hashable` through every conformance of the program.
public struct PluralForms: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    private var slots: [String?] = Array(repeating: nil, count: PluralCategory.allCases.count)

    public init() {}

    public init(dictionaryLiteral elements: (PluralCategory, String)...) {
        for (category, form) in elements { self[category] = form }
    }

    public subscript(category: PluralCategory) -> String? {
        get { slots[category.slot] }
        set { slots[category.slot] = newValue }
    }

    /// The categories given, in CLDR order.
    public var keys: [PluralCategory] { PluralCategory.allCases.filter { slots[$0.slot] != nil } }
    /// The forms given, in CLDR order.
    public var values: [String] { slots.compactMap { $0 } }

    public func makeIterator() -> some IteratorProtocol<(key: PluralCategory, value: String)> {
        keys.map { (key: $0, value: slots[$0.slot]!) }.makeIterator()
    }
}

extension PluralCategory {
    /// Its place in CLDR order, found without hashing.
    var slot: Int {
        switch self {
        case .zero: 0
        case .one: 1
        case .two: 2
        case .few: 3
        case .many: 4
        case .other: 5
        }
    }
}
