import Foundation
import StepwiseArticle
import StepwiseFlow

/// `<root>/<slug>.actions.yml` binds step-graph nodes to actions. Node ids come from
/// structure, so one file serves every translation; a translation whose structure broke may
/// lack a node the file names, and the action would never be offered there.
struct ActionBindingChecks {
    private var loaded: [String: ActionBindings?] = [:]
    /// Bindings files that cannot be read, reported once each.
    private(set) var fileFindings: [Finding] = []

    mutating func check(_ facts: ArticleFacts, root: String) -> [Finding] {
        guard let bindings = load(slug: facts.graph.article.slug, root: root) else { return [] }
        return bindings.entries.filter { facts.graph.node($0.nodeID) == nil }.map { b in
            Finding(.actionBinding, at: FindingLocation(file: bindings.file, line: b.line, column: b.column), message: "binding-unknown-node",
                    ["node": b.nodeID, "article": facts.article.path], related: .wholeFile(facts.article.path))
        }
    }

    /// Nil when there is no bindings file, or it cannot be read.
    private mutating func load(slug: String, root: String) -> ActionBindings? {
        let url = ActionBindings.url(forSlug: slug, contentRoot: URL(fileURLWithPath: root))
        if let known = loaded[url.path] { return known }
        var result: ActionBindings?
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                result = try ActionBindings.load(contentsOf: url)
            } catch {
                fileFindings.append(Checker.finding(for: error, check: .actionBinding))
            }
        }
        loaded[url.path] = .some(result)
        return result
    }
}
