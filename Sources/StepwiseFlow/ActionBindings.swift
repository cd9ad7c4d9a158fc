import Foundation
import StepwiseArticle
import Yams

/// One step that Stepwise can do with the reader: either an action to run or an input to pick
/// (a subscription, a payment method…) that later actions of the same walk use.
public struct ActionBinding: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case action(String)
        case pick(String)
    }

    public var nodeID: String
    public var kind: Kind
    /// Where the node id key is in the bindings file.
    public var position: SourcePosition

    public init(nodeID: String, kind: Kind, position: SourcePosition) {
        self.nodeID = nodeID; self.kind = kind; self.position = position
    }

    public var name: String { kind.name }
    public var isPick: Bool { kind.isPick }
    public var line: Int { position.line }
    public var column: Int { position.column }
}

extension ActionBinding.Kind {
    /// The action or input name.
    public var name: String {
        switch self {
        case .action(let name), .pick(let name): name
        }
    }

    public var isPick: Bool {
        if case .pick = self { return true }
        return false
    }
}

/// An article's bindings: `<content>/<slug>.actions.yml`, beside the locale folders, keyed by
/// step graph node id. Node ids come from structure only, so one file serves every translation.
///
/// ```yaml
/// t2.s2:
///   pick: subscription
/// t2.s5:
///   action: subscription.reactivate
/// ```
public struct ActionBindings: Sendable, Hashable {
    public var file: String
    /// In file order.
    public var entries: [ActionBinding]

    public init(file: String, entries: [ActionBinding] = []) {
        self.file = file; self.entries = entries
    }

    /// A bindings file is a few lines; anything this big is not one.
    public static let maxBytes = 1 << 20

    public static func url(forSlug slug: String, contentRoot: URL) -> URL {
        URL(fileURLWithPath: path(forSlug: slug, inFolder: contentRoot.path))
    }

    /// `<folder>/<slug>.actions.yml`, for a folder already spelled as a file URL's path.
    package static func path(forSlug slug: String, inFolder folder: String) -> String {
        (folder.hasSuffix("/") ? folder : folder + "/") + slug + ".actions.yml"
    }

    public func binding(for nodeID: String) -> ActionBinding? {
        entries.first { $0.nodeID == nodeID }
    }

    /// The article's bindings, or none when it has no bindings file.
    public static func loadIfPresent(slug: String, contentRoot: URL) throws(ArticleError) -> ActionBindings {
        try loadIfPresent(path: url(forSlug: slug, contentRoot: contentRoot).path)
    }

    package static func loadIfPresent(path: String) throws(ArticleError) -> ActionBindings {
        guard access(path, F_OK) == 0 else { return ActionBindings(file: path) }
        return try load(path: path)
    }

    public static func load(contentsOf url: URL) throws(ArticleError) -> ActionBindings {
        try load(path: url.path)
    }

    private static func load(path: String) throws(ArticleError) -> ActionBindings {
        let bytes = try ArticleParser.read(path, maxBytes: maxBytes, at: nil, in: path)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw ArticleError(.invalidUTF8, file: path) }
        return try parse(text, file: path)
    }

    /// The usual file, `node:` lines each with one indented `action:` or `pick:`, read without
    /// Yams (whose first use was a tenth of a walk's start-up); anything else, every mistake
    /// included, is nil and goes to Yams, which places it.
    static func plainEntries(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> ActionBindings? {
        guard let yaml = FrontMatterFastPath.parse(bytes, lineCount: 0, linesAbove: 0) else { return nil }
        var entries: [ActionBinding] = []
        for entry in yaml.entries {
            guard case .map(let fields) = entry.value, fields.count == 1, let name = fields[0].value.string, !name.isEmpty else { return nil }
            switch fields[0].key {
            case "action": entries.append(ActionBinding(nodeID: entry.key, kind: .action(name), position: entry.position))
            case "pick": entries.append(ActionBinding(nodeID: entry.key, kind: .pick(name), position: entry.position))
            default: return nil
            }
        }
        return ActionBindings(file: file, entries: entries)
    }

    public static func parse(_ text: String, file: String) throws(ArticleError) -> ActionBindings {
        var text = text
        if let plain = text.withUTF8({ plainEntries($0, file: file) }) { return plain }
        return try parseWithYams(text, file: file)
    }

    static func parseWithYams(_ text: String, file: String) throws(ArticleError) -> ActionBindings {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw ArticleError(.bindingsSyntax, file: file, arguments: ["detail": "\(error)"])
        }
        guard let root else { return ActionBindings(file: file) }
        guard case .mapping(let mapping) = root else {
            throw ArticleError(.bindingsShape, file: file, position: position(root.mark))
        }
        var entries: [ActionBinding] = []
        var seen: Set<String> = []
        for (key, value) in mapping {
            guard case .scalar(let id) = key, !id.string.isEmpty else {
                throw ArticleError(.bindingsShape, file: file, position: position(key.mark))
            }
            let at = position(key.mark)
            guard seen.insert(id.string).inserted else {
                throw ArticleError(.bindingDuplicate, file: file, position: at, arguments: ["node": id.string])
            }
            guard case .mapping(let fields) = value, fields.count == 1, let (field, name) = fields.first,
                  case .scalar(let fieldName) = field, case .scalar(let nameScalar) = name, !nameScalar.string.isEmpty else {
                throw ArticleError(.bindingsShape, file: file, position: position(value.mark ?? key.mark))
            }
            switch fieldName.string {
            case "action": entries.append(ActionBinding(nodeID: id.string, kind: .action(nameScalar.string), position: at))
            case "pick": entries.append(ActionBinding(nodeID: id.string, kind: .pick(nameScalar.string), position: at))
            default: throw ArticleError(.bindingsShape, file: file, position: position(field.mark))
            }
        }
        return ActionBindings(file: file, entries: entries)
    }

    /// What in this file does not fit the article's graph or the known names, in file order.
    /// The names come from the caller so this module need not know the domain; nil names are
    /// not checked (a front end that only marks bound steps, such as the export in tests).
    public func problems(in graph: StepGraph, actions: Set<String>?, picks: Set<String>?) -> [ArticleError] {
        entries.compactMap { binding in
            guard let node = graph.node(binding.nodeID) else {
                return ArticleError(.bindingUnknownNode, file: file, position: binding.position, arguments: ["node": binding.nodeID])
            }
            guard node.kind == .step || node.kind == .info else {
                return ArticleError(.bindingNotStep, file: file, position: binding.position, arguments: ["node": binding.nodeID])
            }
            switch binding.kind {
            case .action(let name) where actions.map({ !$0.contains(name) }) ?? false:
                return ArticleError(.bindingUnknownAction, file: file, position: binding.position,
                                    arguments: ["name": name, "known": (actions ?? []).sorted().joined(separator: ", ")])
            case .pick(let name) where picks.map({ !$0.contains(name) }) ?? false:
                return ArticleError(.bindingUnknownPick, file: file, position: binding.position,
                                    arguments: ["name": name, "known": (picks ?? []).sorted().joined(separator: ", ")])
            default:
                return nil
            }
        }
    }

    /// The graph with every entry that fits it bound, and the entries that do not (unknown
    /// node, not a step, unknown name) as problems, which bind nothing: one bad entry must not
    /// cost the article its other bindings.
    public func bind(_ graph: StepGraph, actions: Set<String>?, picks: Set<String>?) -> (graph: StepGraph, problems: [ArticleError]) {
        let problems = problems(in: graph, actions: actions, picks: picks)
        let rejected = Set(problems.map(\.position))
        var bound = graph
        // One assignment: the graph re-indexes its nodes on each change of the array.
        var nodes = graph.nodes
        for index in nodes.indices {
            nodes[index].action = entries.first { $0.nodeID == nodes[index].id && !rejected.contains($0.position) }?.kind
        }
        bound.nodes = nodes
        return (bound, problems)
    }

    private static func position(_ mark: Mark?) -> SourcePosition { YAMLPosition.of(mark) }

    private static func syntaxError(_ error: YamlError, file: String) -> ArticleError {
        if let (at, problem) = YAMLPosition.of(error) {
            return ArticleError(.bindingsSyntax, file: file, position: at, arguments: ["detail": problem])
        }
        switch error {
        case let .duplicatedKeysInMapping(duplicates, context):
            return ArticleError(.bindingDuplicate, file: file, position: position(context.mark),
                                arguments: ["node": duplicates.map { "\($0)" }.joined(separator: ", ")])
        default:
            return ArticleError(.bindingsSyntax, file: file, arguments: ["detail": "\(error)"])
        }
    }
}
