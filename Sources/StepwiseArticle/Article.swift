/// A parsed article: its front matter, its block tree and where it came from.
public struct Article: Sendable, Hashable {
    public var path: String
    public var frontMatter: FrontMatter
    public var blocks: [Block]

    public init(path: String, frontMatter: FrontMatter, blocks: [Block]) {
        self.path = path; self.frontMatter = frontMatter; self.blocks = blocks
    }

    /// The front matter title, else the first heading's text, else nil.
    public var title: String? {
        if let t = frontMatter.title, !t.isEmpty { return t }
        for b in blocks { if case .heading(let h) = b { return h.inlines.plainText } }
        return nil
    }

    /// The file name without its folder and `.md`.
    public var slug: String {
        var name = Substring(path.split(separator: "/").last ?? "")
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        return String(name)
    }
}
