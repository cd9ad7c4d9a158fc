/// A YAML value from front matter, kept as written (no type guessing: `482` stays text).
public enum FrontMatterValue: Sendable, Hashable {
    case string(String)
    case list([FrontMatterValue])
    case map([(key: String, value: FrontMatterValue)])

    public var string: String? { if case .string(let s) = self { s } else { nil } }

    public static func == (a: FrontMatterValue, b: FrontMatterValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.map(let x), .map(let y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .string(let s): h.combine(0); h.combine(s)
        case .list(let l): h.combine(1); h.combine(l)
        case .map(let m): h.combine(2); for (k, v) in m { h.combine(k); h.combine(v) }
        }
    }
}

/// The YAML header of a Microsoft Docs article.
public struct FrontMatter: Sendable, Hashable {
    /// Every key in file order.
    public var entries: [(key: String, value: FrontMatterValue)]
    /// Where each key stands in the file, for findings.
    public var keyPositions: [String: SourcePosition]
    /// Lines the header takes, delimiters included (0 when there is none).
    public var lineCount: Int

    public init(entries: [(key: String, value: FrontMatterValue)] = [], keyPositions: [String: SourcePosition] = [:], lineCount: Int = 0) {
        self.entries = entries; self.keyPositions = keyPositions; self.lineCount = lineCount
    }

    public subscript(key: String) -> FrontMatterValue? {
        entries.first(where: { $0.key == key })?.value
    }

    public var title: String? { self["title"]?.string }
    public var assetID: String? { self["ms.assetid"]?.string }
    public var contentLocale: String? { self["ms.contentlocale"]?.string }
    public var translationType: String? { self["ms.translationtype"]?.string }

    public static func == (a: FrontMatter, b: FrontMatter) -> Bool {
        a.lineCount == b.lineCount && a.keyPositions == b.keyPositions
            && a.entries.map(\.key) == b.entries.map(\.key) && a.entries.map(\.value) == b.entries.map(\.value)
    }

    public func hash(into h: inout Hasher) {
        h.combine(lineCount)
        for (k, v) in entries { h.combine(k); h.combine(v) }
    }
}
