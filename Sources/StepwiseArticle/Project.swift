import Foundation
import Yams

/// A docs project: where its articles, its catalogs and its outputs are. Read from
/// `stepwise.yml`, found by walking up from the working folder as Hugo, DocFX and mdBook find
/// theirs; without one, a working folder holding `Content/` is a project of defaults.
/// Every path here is absolute or relative to the working folder, ready to open.
public struct Project: Sendable, Hashable {
    public static let fileName = "stepwise.yml"

    /// The `stepwise.yml` read, or nil for a working folder used by its defaults.
    public var file: String?
    public var root: String
    public var content: String
    /// The project's own catalogs, laid over the program's; nil when it has none.
    public var locales: String?
    public var sourceLocale: String
    public var baseURL: String?
    public var output: String?
    public var tenant: String?

    package init(file: String?, root: String, content: String, locales: String?, sourceLocale: String = "en-US",
                 baseURL: String? = nil, output: String? = nil, tenant: String? = nil) {
        self.file = file; self.root = root; self.content = content; self.locales = locales
        self.sourceLocale = sourceLocale; self.baseURL = baseURL; self.output = output; self.tenant = tenant
    }

    /// The project for a command run in `folder`: `explicit` (`--project DIR`) when given,
    /// else the nearest `stepwise.yml` at or above `folder`, else `folder` itself when it holds
    /// `Content/`. Fails with `project-not-found`, naming what was looked for and where.
    public static func discover(from folder: String, explicit: String? = nil) throws(ArticleError) -> Project {
        if let explicit {
            let file = (explicit as NSString).appendingPathComponent(fileName)
            if exists(file) { return try load(file) }
            if let defaults = defaults(in: explicit) { return defaults }
            throw ArticleError(.projectNotFound, file: explicit, position: .init(line: 0, column: 0),
                               arguments: ["file": fileName, "folder": explicit])
        }
        var dir = (folder as NSString).standardizingPath
        while true {
            let file = (dir as NSString).appendingPathComponent(fileName)
            if exists(file) { return try load(file) }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { break }
            dir = parent
        }
        if let defaults = defaults(in: folder) { return defaults }
        throw ArticleError(.projectNotFound, file: folder, position: .init(line: 0, column: 0),
                           arguments: ["file": fileName, "folder": folder])
    }

    /// `Content/` and, when present, `Locales/` of `folder`.
    private static func defaults(in folder: String) -> Project? {
        let content = (folder as NSString).appendingPathComponent("Content")
        guard isFolder(content) else { return nil }
        let locales = (folder as NSString).appendingPathComponent("Locales")
        return Project(file: nil, root: folder, content: content, locales: isFolder(locales) ? locales : nil)
    }

    /// The keys `stepwise.yml` may hold; anything else is a mistake worth a located error
    /// (a misspelt `contnet:` would otherwise silently mean the default).
    enum Key: String, CaseIterable {
        case content, locales, sourceLocale = "source-locale", baseURL = "base-url", output, tenant
    }

    /// Reads a `stepwise.yml`. Relative paths in it are relative to its folder.
    public static func load(_ file: String) throws(ArticleError) -> Project {
        let bytes = try ArticleParser.read(file, maxBytes: 1 << 20, at: nil, in: file)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw ArticleError(.invalidUTF8, file: file) }
        let root = (file as NSString).deletingLastPathComponent
        var project = Project(file: file, root: root, content: (root as NSString).appendingPathComponent("Content"), locales: nil)
        var localesGiven = false
        // The usual file is a few flat `key: value` lines, read without Yams (whose first use
        // was a twentieth of a walk's start-up); anything else, every mistake included, goes
        // to Yams, which places it.
        let values: [(Key, String)]
        if let plain = bytes.withUnsafeBufferPointer(plainValues) { values = plain } else { values = try yamlValues(text, file: file) }
        for (key, value) in values {
            let path = { () -> String in
                let v = (value as NSString).expandingTildeInPath
                return v.hasPrefix("/") ? v : (root as NSString).appendingPathComponent(v)
            }
            switch key {
            case .content: project.content = path()
            case .locales: project.locales = path(); localesGiven = true
            case .sourceLocale: project.sourceLocale = value
            case .baseURL: project.baseURL = value
            case .output: project.output = path()
            case .tenant: project.tenant = path()
            }
        }
        // A project's catalogs are optional: `locales:` names where they go when it has some.
        if !localesGiven { project.locales = (root as NSString).appendingPathComponent("Locales") }
        if let locales = project.locales, !isFolder(locales) { project.locales = nil }
        return project
    }

    /// Known keys with non-empty plain values, or nil for anything Yams must read or word.
    private static func plainValues(_ bytes: UnsafeBufferPointer<UInt8>) -> [(Key, String)]? {
        guard let entries = FrontMatterFastPath.parse(bytes, lineCount: 0)?.entries else { return nil }
        var values: [(Key, String)] = []
        for entry in entries {
            guard let key = Key(rawValue: entry.key), let value = entry.value.string, !value.isEmpty else { return nil }
            values.append((key, value))
        }
        return values
    }

    /// The file's keys and values as Yams reads them, with located errors for the wrong shape,
    /// an unknown key or an empty value.
    private static func yamlValues(_ text: String, file: String) throws(ArticleError) -> [(Key, String)] {
        let node: Node?
        do {
            // Every value is read as text, so no tag resolution: Yams's default resolver
            // compiles a dozen ICU regular expressions, a sixth of a command's start-up.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (at, detail) = YAMLPosition.of(error) ?? (SourcePosition(line: 1, column: 1), "\(error)")
            throw ArticleError(.projectSyntax, file: file, position: at, arguments: ["detail": detail])
        } catch {
            throw ArticleError(.projectSyntax, file: file, arguments: ["detail": "\(error)"])
        }
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            throw ArticleError(.projectShape, file: file, position: YAMLPosition.of(node.mark), arguments: ["key": ""])
        }
        var values: [(Key, String)] = []
        for (keyNode, value) in mapping {
            let name = keyNode.scalar?.string ?? ""
            guard let key = Key(rawValue: name) else {
                throw ArticleError(.projectUnknownKey, file: file, position: YAMLPosition.of(keyNode.mark),
                                   arguments: ["key": name, "known": Key.allCases.map(\.rawValue).joined(separator: ", ")])
            }
            guard case .scalar(let scalar) = value, !scalar.string.isEmpty else {
                throw ArticleError(.projectShape, file: file, position: YAMLPosition.of(value.mark ?? keyNode.mark), arguments: ["key": name])
            }
            values.append((key, scalar.string))
        }
        return values
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
