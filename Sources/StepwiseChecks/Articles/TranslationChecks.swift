import Foundation
import StepwiseArticle

/// Checks of a translation that need no source: its header and its links' destinations.
enum TranslationChecks {
    /// Title and ms.assetid present; ms.contentlocale the locale its folder says.
    /// A missing ms.assetid is only reported when the source has one: trees whose sources go
    /// without pair by path, as they were meant to, and without a source nothing says it is needed.
    static func frontMatter(_ article: Article, expectedLocale: String?, source: Article?) -> [Finding] {
        var findings: [Finding] = []
        let header = article.frontMatter
        let file = article.path
        let top = FindingLocation(file: file, line: 1, column: 1)
        if (header.title ?? "").allSatisfy(\.isWhitespace) {
            findings.append(Finding(.frontMatter, at: position(of: "title", in: header, file: file) ?? top, message: "title-missing"))
        }
        if (header.assetID ?? "").allSatisfy(\.isWhitespace), source.map({ !($0.frontMatter.assetID ?? "").isEmpty }) ?? false {
            findings.append(Finding(.frontMatter, at: position(of: "ms.assetid", in: header, file: file) ?? top, message: "assetid-missing"))
        }
        if let expected = expectedLocale, let written = header.contentLocale,
           written.caseInsensitiveCompare(expected) != .orderedSame {
            findings.append(Finding(.frontMatter, at: position(of: "ms.contentlocale", in: header, file: file) ?? top,
                                    message: "locale-mismatch", ["locale": written, "expected": expected]))
        }
        return findings
    }

    private static func position(of key: String, in header: FrontMatter, file: String) -> FindingLocation? {
        header.position(of: key).map { FindingLocation(file: file, line: $0.line, column: $0.column) }
    }

    /// Relative links and `#anchors` that lead nowhere. A link the source has too, and that is
    /// broken there as well, is only a warning: the translator cannot mend it.
    static func brokenLinks(_ target: ArticleFacts, source: ArticleFacts?, index: LinkIndex) -> [Finding] {
        var findings: [Finding] = []
        let folder = LinkIndex.folder(of: target.article.path)
        let sourceFolder = source.map { LinkIndex.folder(of: $0.article.path) }
        var sourceLinks: [String: SourceRange]?
        for unit in target.units {
            for link in unit.links {
                guard resolves(link.key, from: folder, anchors: target.anchors, index: index) == false else { continue }
                var severity = Severity.error
                var related: FindingLocation?
                // Built only once something is broken: most articles have no broken link.
                if sourceLinks == nil {
                    sourceLinks = Dictionary((source?.units.flatMap(\.links) ?? []).map { ($0.key, $0.range) }, uniquingKeysWith: { a, _ in a })
                }
                if let sourceRange = sourceLinks?[link.key], let source, let sourceFolder {
                    related = FindingLocation(file: source.article.path, range: sourceRange)
                    if resolves(link.key, from: sourceFolder, anchors: source.anchors, index: index) == false { severity = .warning }
                }
                let message = severity == .error ? "broken-link" : "broken-link-in-source"
                findings.append(Finding(.brokenLink, severity, at: FindingLocation(file: target.article.path, range: link.range),
                                        message: message, ["target": link.key], related: related))
            }
        }
        return findings
    }

    /// False when the link surely leads nowhere; nil when it cannot be told from the tree.
    static func resolves(_ destination: String, from folder: String, anchors: Set<String>, index: LinkIndex) -> Bool? {
        if destination.hasPrefix("#") {
            let fragment = String(destination.dropFirst())
            return fragment.isEmpty || anchors.contains(decode(fragment))
        }
        guard LinkTarget.isRelativeFile(destination) else { return nil }
        if let known = index.resolution(of: destination, from: folder) { return known }
        let answer = resolvesFile(destination, from: folder, index: index)
        index.remember(resolution: answer, of: destination, from: folder)
        return answer
    }

    private static func resolvesFile(_ destination: String, from folder: String, index: LinkIndex) -> Bool? {
        let pathPart = destination.prefix { $0 != "#" && $0 != "?" }
        let fragment = destination.firstIndex(of: "#").map { String(destination[destination.index(after: $0)...]) } ?? ""
        let path = (folder as NSString).appendingPathComponent(decode(String(pathPart)))
        guard index.fileExists(path) else { return false }
        guard !fragment.isEmpty, path.hasSuffix(".md") else { return true }
        guard let targetAnchors = index.anchors(of: path) else { return nil }
        return targetAnchors.contains(decode(fragment))
    }

    private static func decode(_ s: String) -> String {
        s.contains("%") ? (s.removingPercentEncoding ?? s) : s
    }
}
