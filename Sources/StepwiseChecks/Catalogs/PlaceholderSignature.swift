import StepwiseCatalogFormats

/// What a string's placeholders promise its caller: named arguments spelled in their syntax,
/// and printf arguments by position with their types.
struct PlaceholderSignature: Equatable {
    /// `{name}`, `%{name}`, `{{name}}`, `%(name)s`, `%#@name@`, `{count, plural}` → its type.
    var named: [String: String] = [:]
    /// printf arguments by position (1-based; taken in order when no position is written).
    var printf: [Int: String] = [:]
    /// As written, by position, for messages.
    var printfRaw: [Int: String] = [:]
    /// printf types in the order they are written, and whether any gives a position.
    var printfOrder: [String] = []
    var positional = false

    /// `dropCount`: leave out the number of a plural form (`{count}`, ICU `#`, a printf
    /// integer), which a form for one number alone may spell out.
    init(_ text: String, _ syntaxes: PlaceholderSyntaxes, dropCount: Bool = false) {
        var next = 1
        var countDropped = false
        for p in PlaceholderScanner.placeholders(text, syntaxes) {
            // Only the first count-like placeholder is the plural's number: in "%d of %d" the second stays.
            if dropCount, !countDropped, Self.isCount(p) {
                countDropped = true
                if p.kind == .printf && p.name == nil { next += 1 }
                continue
            }
            switch p.kind {
            case .printf:
                let position = p.name.flatMap { Int($0) } ?? next
                if p.name == nil { next += 1 } else { positional = true }
                // Shown as a conversion (`%d`, `%lld`, `%@`), the way translators read types.
                printf[position] = "%" + p.type
                printfRaw[position] = p.raw
                printfOrder.append("%" + p.type)
            case .icu where p.name == "#":
                continue
            case .python:
                named[Self.spelling(p)] = "%" + p.type
            default:
                named[Self.spelling(p)] = p.type
            }
        }
    }

    static func isCount(_ p: Placeholder) -> Bool {
        switch p.kind {
        case .printf: return ["d", "u", "ld", "lu", "lld", "llu", "zd", "zu", "qd", "hd"].contains(p.type)
        case .icu: return p.name == "#" || p.name == "count"
        default: return p.name == "count"
        }
    }

    /// How the name is written, so `{name}` turned into `%{name}` reads as another placeholder.
    static func spelling(_ p: Placeholder) -> String {
        let name = p.name ?? ""
        switch p.kind {
        case .brace, .icu, .pythonBrace: return "{" + name + "}"
        case .percentBrace: return "%{" + name + "}"
        case .doubleBrace: return "{{" + name + "}}"
        case .python: return "%(" + name + ")"
        case .apple: return "%#@" + name + "@"
        case .printf: return p.raw
        }
    }

    struct Difference {
        var missing: [String] = []
        var extra: [String] = []
        /// (placeholder, type here, type in the source)
        var retyped: [(String, String, String)] = []
        var reordered = false
        var isEmpty: Bool { missing.isEmpty && extra.isEmpty && retyped.isEmpty && !reordered }
    }

    /// The target (self) against its source.
    func difference(from source: PlaceholderSignature) -> Difference {
        var d = Difference()
        for key in Set(source.named.keys).union(named.keys).sorted() {
            switch (source.named[key], named[key]) {
            case (nil, _?): d.extra.append(key)
            case (_?, nil): d.missing.append(key)
            case (let s?, let t?) where s != t: d.retyped.append((key, t, s))
            default: break
            }
        }
        // printf arguments are matched by position: `%s %d` may become `%2$d %1$s`.
        var printfRetyped: [(String, String, String)] = []
        for position in Set(source.printf.keys).union(printf.keys).sorted() {
            switch (source.printf[position], printf[position]) {
            case (nil, _?): d.extra.append(printfRaw[position] ?? "%\(position)$")
            case (_?, nil): d.missing.append(source.printfRaw[position] ?? "%\(position)$")
            case (let s?, let t?) where s != t: printfRetyped.append((printfRaw[position] ?? t, t, s))
            default: break
            }
        }
        // Taken in order on both sides, with the same types in another order: the arguments
        // were reordered without positions, which no printf can follow.
        if !printfRetyped.isEmpty, !positional, !source.positional, printfOrder.sorted() == source.printfOrder.sorted() {
            d.reordered = true
        } else {
            d.retyped += printfRetyped
        }
        return d
    }
}
