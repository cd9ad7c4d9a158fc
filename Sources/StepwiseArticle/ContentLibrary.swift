import Foundation

/// The articles of a content folder laid out as `<root>/<locale>/<slug>.md` (subfolders
/// allowed), as Docs repositories are. One slug is one article in several locales.
public struct ContentLibrary: Sendable {
    public struct Entry: Sendable, Hashable {
        public var slug: String
        public var locale: String
        public var path: String
    }

    public let root: String
    public let entries: [Entry]
    /// Folders that could not be listed (permission denied…): their articles are unknown, not
    /// gone, so nothing may be removed on the strength of their absence.
    public let unreadableFolders: [String]

    /// No articles: what a command run outside any project sees.
    public static let empty = ContentLibrary(root: "", entries: [])

    private init(root: String, entries: [Entry]) {
        self.root = root; self.entries = entries; unreadableFolders = []
    }

    /// Scans the folder; folders whose name is not a locale tag (`en-US`, `lv-LV`, `lv`) are skipped.
    public init(root: String) {
        self.root = root
        var found: [Entry] = []
        // One readdir pass, not FileManager's listing, whose first use looked up a conformance
        // through every one of the program's.
        let locales = (FolderWalk.names(in: root) ?? []).filter(Self.looksLikeLocale).sorted()
        var unreadable: [String] = []
        for locale in locales {
            let folder = root + "/" + locale
            if access(folder, R_OK | X_OK) != 0 { unreadable.append(folder); continue }
            FolderWalk.walk(folder, unreadable: &unreadable) { relative, isFolder in
                guard !isFolder, relative.hasSuffix(".md"), !FolderWalk.isHidden(relative) else { return }
                let slug = String(Self.lastComponent(relative).dropLast(3))
                found.append(Entry(slug: slug, locale: locale, path: folder + "/" + relative))
            }
        }
        unreadableFolders = unreadable.sorted()
        // The path breaks ties: two files with one name in different subfolders, whatever order the folder lists them.
        entries = found.sorted { ($0.slug, $0.locale, $0.path) < ($1.slug, $1.locale, $1.path) }
    }

    public var locales: [String] { Array(Set(entries.map(\.locale))).sorted() }
    public var slugs: [String] { Array(Set(entries.map(\.slug))).sorted() }

    public func entries(slug: String) -> [Entry] { entries.filter { $0.slug == slug } }

    public func path(slug: String, locale: String) -> String? {
        entries.first { $0.slug == slug && $0.locale.caseInsensitiveCompare(locale) == .orderedSame }?.path
    }

    /// The slug a file would have here: its name without `.md`.
    public static func slug(ofPath path: String) -> String {
        let name = lastComponent(path)
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : String(name)
    }

    /// What follows the last `/` (trailing ones aside), as `NSString.lastPathComponent` gives
    /// it, without its cost: about 28 K instructions a call, once per article of a listing.
    static func lastComponent(_ path: String) -> Substring {
        var trimmed = path[...]
        while trimmed.utf8.count > 1, trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
        if trimmed == "/", path.utf8.count > 1 { return "" }  // NSString's answer for `//`
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")), trimmed.utf8.count > 1 else { return trimmed }
        return trimmed[trimmed.index(after: slash)...]
    }

    /// `en-US`, `lv-LV`, `lv`, `zh-Hant-TW`: letters in dash-joined parts, the first of two or three.
    public static func looksLikeLocale(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), parts.count <= 3 else { return false }
        return parts.allSatisfy { p in (2...4).contains(p.count) && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
            && first.allSatisfy(\.isLetter)
    }
}
