import Foundation
import StepwiseArticle

/// Articles of one locale that share an `ms.assetid`. Translations share an id across locales by
/// design; two files of one locale with one id are a mistake, and finding an article by that id
/// would pick one of them silently, so it finds none and each file is named with its place.
struct AssetIDClash {
    var id: String
    var locale: String
    /// Path and place of the `ms.assetid` line, in path order.
    var files: [(path: String, position: SourcePosition)]
}

extension Workspace {
    /// The `ms.assetid` of every article of the content folder, with where it stands, in the
    /// library's order; read from the headers only (files that cannot be read are left to
    /// other reports).
    func assetIDs() -> [(entry: ContentLibrary.Entry, id: String, position: SourcePosition)] {
        library.entries.compactMap { entry in
            guard let header = try? loader.parser.frontMatter(contentsOf: entry.path), let id = header.assetID,
                  !id.allSatisfy(\.isWhitespace) else { return nil }
            return (entry, id, header.position(of: "ms.assetid") ?? SourcePosition(line: 1, column: 1))
        }
    }

    /// The clashes among `ids` (every article's, by default).
    func assetIDClashes(_ ids: [(entry: ContentLibrary.Entry, id: String, position: SourcePosition)]? = nil) -> [AssetIDClash] {
        var byKey: [String: AssetIDClash] = [:]
        for (entry, id, position) in ids ?? assetIDs() {
            byKey[entry.locale + "\u{0}" + id, default: AssetIDClash(id: id, locale: entry.locale, files: [])]
                .files.append((entry.path, position))
        }
        return byKey.values.filter { $0.files.count > 1 }
            .map { var c = $0; c.files.sort { $0.path < $1.path }; return c }
            .sorted { ($0.locale, $0.id) < ($1.locale, $1.id) }
    }

    /// One warning per file of each clash (only those involving `path`, when given), at its
    /// `ms.assetid` line, naming the first other file: gcc-style, so editors jump to both.
    func warn(_ clashes: [AssetIDClash], about path: String? = nil) {
        for clash in clashes where path.map({ p in clash.files.contains { $0.path == p } }) ?? true {
            for (i, file) in clash.files.enumerated() {
                let other = clash.files[i == 0 ? 1 : 0]
                CLI.printError(text.lines(Diagnostic("error.assetid-clash", .warning, at: .init(file: file.path, position: file.position),
                                                     arguments: ["id": .text(clash.id), "locale": .text(clash.locale),
                                                                 "other": .text("\(other.path):\(other.position.line):\(other.position.column)")])))
            }
        }
    }
}
