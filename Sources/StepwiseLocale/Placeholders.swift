/// `{name}` placeholders in catalog strings.
///
/// Substitution is a single left-to-right pass over the template, so a value that itself
/// contains `{…}` (an article title, a path) is never expanded again.
package enum Placeholders {
    /// Replaces every `{name}` that has a value in `args`; other braces stay as written,
    /// so a forgotten argument is visible in the output instead of silently vanishing.
    package static func substitute(_ template: String, _ args: [String: String]) -> String {
        guard !args.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count)
        var rest = Substring(template)
        // `append(contentsOf:)` with a Substring is the concrete one; `+=` is the generic one, whose
        // first use looks up a conformance through every one of the program's.
        while let open = rest.firstIndex(of: "{") {
            result.append(contentsOf: rest[..<open])
            let afterOpen = rest.index(after: open)
            if let (name, end) = placeholder(in: rest, from: afterOpen), let value = args[name] {
                result += value
                rest = rest[end...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        result.append(contentsOf: rest)
        return result
    }

    /// Names of all placeholders in `template`, for checking that translations keep them.
    package static func names(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let (name, end) = placeholder(in: rest, from: afterOpen) {
                names.insert(name)
                rest = rest[end...]
            } else {
                rest = rest[afterOpen...]
            }
        }
        return names
    }

    /// A placeholder name is ASCII letters, digits, `_`, `-` and `.`, so prose braces such
    /// as `{ }` or JSON in a message are not mistaken for one.
    private static func placeholder(in text: Substring, from start: Substring.Index) -> (String, Substring.Index)? {
        guard let close = text[start...].firstIndex(of: "}") else { return nil }
        let name = text[start..<close]
        guard !name.isEmpty, name.utf8.allSatisfy(isNameByte) else { return nil }
        return (String(name), text.index(after: close))
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
