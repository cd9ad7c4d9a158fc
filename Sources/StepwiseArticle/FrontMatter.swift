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

/// One `key: value` of the header, with where the key stands in the file.
public struct FrontMatterEntry: Sendable, Hashable {
    public var key: String
    public var value: FrontMatterValue
    public var position: SourcePosition

    public init(key: String, value: FrontMatterValue, position: SourcePosition) {
        self.key = key; self.value = value; self.position = position
    }
}

/// The YAML header of a Microsoft Docs article.
public struct FrontMatter: Sendable, Hashable {
    /// Every key in file order.
    public var entries: [FrontMatterEntry]
    /// Lines the header takes, delimiters included (0 when there is none).
    public var lineCount: Int

    public init(entries: [FrontMatterEntry] = [], lineCount: Int = 0) {
        self.entries = entries; self.lineCount = lineCount
    }

    public subscript(key: String) -> FrontMatterValue? {
        entries.first(where: { $0.key == key })?.value
    }

    /// Where a key stands, for findings about it.
    public func position(of key: String) -> SourcePosition? {
        entries.first(where: { $0.key == key })?.position
    }

    public var title: String? { self["title"]?.string }
    public var assetID: String? { self["ms.assetid"]?.string }
    public var contentLocale: String? { self["ms.contentlocale"]?.string }
    public var translationType: String? { self["ms.translationtype"]?.string }
}
