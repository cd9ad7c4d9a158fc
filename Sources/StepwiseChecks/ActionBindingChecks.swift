import Foundation
import StepwiseArticle
import Yams

/// `<root>/<slug>.actions.yml` binds step-graph nodes to actions; every node it names must
/// exist in each language's graph of that article, or the action never runs there.
struct ActionBindingChecks {
    struct Binding: Hashable {
        var nodeID: String
        var line: Int
        var column: Int
    }

    private var loaded: [String: [Binding]?] = [:]
    private(set) var syntaxFindings: [Finding] = []

    mutating func check(_ facts: ArticleFacts, root: String) -> [Finding] {
        let path = root + "/" + facts.graph.article.slug + ".actions.yml"
        guard let bindings = load(path) else { return [] }
        let ids = Set(facts.graph.nodes.map(\.id))
        return bindings.filter { !ids.contains($0.nodeID) }.map { b in
            Finding(.actionBinding, at: FindingLocation(file: path, line: b.line, column: b.column), message: "binding-unknown-node",
                    ["node": b.nodeID, "article": facts.article.path], related: .wholeFile(facts.article.path))
        }
    }

    /// Nil when there is no bindings file (or it cannot be read; that is reported once).
    private mutating func load(_ path: String) -> [Binding]? {
        let key = LinkIndex.normalized(path)
        if let known = loaded[key] { return known }
        var result: [Binding]?
        if FileManager.default.fileExists(atPath: key) {
            do {
                result = try Self.read(key)
            } catch let error as ReadError {
                syntaxFindings.append(Finding(.actionBinding, at: FindingLocation(file: path, line: error.line, column: error.column),
                                              message: "binding-syntax", ["detail": error.detail]))
            } catch {
                syntaxFindings.append(Finding(.actionBinding, at: .wholeFile(path), message: "binding-syntax", ["detail": "\(error)"]))
            }
        }
        loaded[key] = .some(result)
        return result
    }

    struct ReadError: Error {
        var line: Int
        var column: Int
        var detail: String
    }

    /// The file's top-level keys are the node ids, each with where it stands.
    static func read(_ path: String) throws -> [Binding] {
        guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20,
              let text = String(data: data, encoding: .utf8) else {
            throw ReadError(line: 0, column: 0, detail: "cannot read the file")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text, .basic, .default, .utf8) } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                throw ReadError(line: mark.line, column: mark.column, detail: problem)
            default:
                throw ReadError(line: 0, column: 0, detail: "\(error)")
            }
        }
        guard let root else { return [] }
        guard case .mapping(let mapping) = root else {
            throw ReadError(line: root.mark?.line ?? 0, column: root.mark?.column ?? 0, detail: "not a mapping of node ids")
        }
        return mapping.compactMap { key, _ in
            key.scalar.map { Binding(nodeID: $0.string, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0) }
        }
    }
}
