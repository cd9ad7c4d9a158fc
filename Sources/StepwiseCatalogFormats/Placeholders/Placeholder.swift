/// One placeholder as written, and what it stands for.
package struct Placeholder: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable {
        case brace, icu, percentBrace, doubleBrace, printf, python, pythonBrace, apple
    }

    package var kind: Kind
    /// Exactly as written, so a string prints back unchanged.
    package var raw: String
    /// The argument: a name (`count`), an ICU or Python index (`0`), a printf position (`2`
    /// for `%2$d`), or nil for a printf argument taken in order.
    package var name: String?
    /// The printf conversion with its length (`d`, `lld`, `@`, `f`), an ICU argument type
    /// (`plural`, `select`, `number`), Python's conversion (`s`, `d`); "" for plain names.
    package var type: String
    /// ICU plural and select branches (`one`, `other`, `=0`, `male`), each parsed again.
    package var branches: [Branch] = []

    package struct Branch: Sendable, Hashable {
        package var key: String
        /// The branch's text between its braces, as written.
        package var raw: String
        package var segments: [PlaceholderSegment]
    }

    /// The placeholders inside this one's branches, nested ones included.
    package var nested: [Placeholder] {
        branches.flatMap { $0.segments.compactMap(\.placeholder).flatMap { [$0] + $0.nested } }
    }
}

/// A string cut into literal text and placeholders; printing the segments gives the string back.
package enum PlaceholderSegment: Sendable, Hashable {
    case literal(String)
    case placeholder(Placeholder)

    package var raw: String {
        switch self {
        case .literal(let s): s
        case .placeholder(let p): p.raw
        }
    }

    package var placeholder: Placeholder? {
        if case .placeholder(let p) = self { return p }
        return nil
    }
}
