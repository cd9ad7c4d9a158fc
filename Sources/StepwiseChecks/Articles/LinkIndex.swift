import Foundation
import StepwiseArticle

/// Answers whether a relative link's file exists and which anchors it has. Files and anchors
/// are looked up once per run: a tree of translations links to the same few pages many times.
final class LinkIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var exists: [String: Bool] = [:]
    private var anchors: [String: Set<String>] = [:]
    /// Whether a relative target resolves from a folder: the same few pages are linked again and again.
    private var resolutions: [String: Bool?] = [:]
    private let parser: ArticleParser

    init(parser: ArticleParser) {
        self.parser = parser
    }

    /// Anchors of a file this run has parsed already, so it is not parsed again.
    func remember(_ path: String, anchors found: Set<String>) {
        let key = Self.normalized(path)
        lock.withLock { anchors[key] = found; exists[key] = true }
    }

    func resolution(of destination: String, from folder: String) -> Bool?? {
        lock.withLock { resolutions[folder + "\u{0}" + destination] }
    }

    func remember(resolution: Bool?, of destination: String, from folder: String) {
        lock.withLock { resolutions[folder + "\u{0}" + destination] = .some(resolution) }
    }

    func fileExists(_ path: String) -> Bool {
        let key = Self.normalized(path)
        if let known = lock.withLock({ exists[key] }) { return known }
        let found = FileManager.default.fileExists(atPath: key)
        lock.withLock { exists[key] = found }
        return found
    }

    /// Nil when the file cannot be read as an article: its anchors are unknown, not empty.
    func anchors(of path: String) -> Set<String>? {
        let key = Self.normalized(path)
        if let known = lock.withLock({ anchors[key] }) { return known }
        guard let article = try? parser.parse(contentsOf: key) else { return nil }
        let found = AnchorScan.anchors(of: article)
        lock.withLock { anchors[key] = found }
        return found
    }

    /// Foundation's path cleaning resolves symbolic links and costs as much as checking a small
    /// article; plain paths (no `.`/`..` parts, no double slash) are already what it would give.
    static func normalized(_ path: String) -> String {
        guard path.contains("//") || path.contains("/.") || path.hasPrefix(".") || path.hasSuffix("/") else { return path }
        return (path as NSString).standardizingPath
    }

    /// The folder part of a path, without Foundation.
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }
}
