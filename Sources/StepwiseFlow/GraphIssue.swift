import StepwiseArticle

/// A structural problem of a graph. Like `ArticleError`, the message is data: front ends
/// turn `code` and `arguments` into text through the locale catalogs (`graph.<code>`).
public struct GraphIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        case noNodes = "no-nodes"
        case duplicateNode = "duplicate-node"
        case missingStart = "missing-start"
        /// An edge names a node that does not exist (`arguments["to"]` or `["from"]`).
        case danglingEdge = "dangling-edge"
        case unreachable = "unreachable"
        /// A node other than `end`/`external` with no way on.
        case deadEnd = "dead-end"
        /// A visible block of the article that no place of the graph shows (`line`, `column`).
        case unplacedBlock = "unplaced-block"
        /// A block shown by two places, or twice by one (`node`: the second place).
        case repeatedBlock = "repeated-block"
        /// A place that shows its blocks out of document order.
        case outOfOrder = "out-of-order"
    }

    public var code: Code
    /// The node the issue is about (for `dangling-edge`: the edge's source).
    public var node: String?
    public var arguments: [String: String]

    public init(_ code: Code, node: String? = nil, arguments: [String: String] = [:]) {
        self.code = code; self.node = node; self.arguments = arguments
    }

    /// An English fallback for logs and test failures.
    public var description: String {
        let args = arguments.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return code.rawValue + (node.map { " " + $0 } ?? "") + (args.isEmpty ? "" : " (\(args))")
    }
}

extension GraphIssue {
    /// `graph.<code>`, a warning. An issue about a block points at it (in an included file,
    /// that file); any other at the article file.
    package func diagnostic(file: String) -> Diagnostic {
        var args = Diagnostic.texts(arguments)
        args["node"] = .text(node ?? "")
        let position = SourcePosition(line: Int(arguments["line"] ?? "") ?? 0, column: Int(arguments["column"] ?? "") ?? 0)
        let location = Diagnostic.Location(file: arguments["file"] ?? file, position: position)
        return Diagnostic("graph." + code.rawValue, .warning, at: location, arguments: args)
    }
}

extension StepGraph {
    /// Everything wrong with the graph's shape, in a stable order; empty when it is sound.
    public func validate() -> [GraphIssue] {
        guard !nodes.isEmpty else { return [GraphIssue(.noNodes)] }
        var issues: [GraphIssue] = []

        var index: [String: Int] = [:]
        for (i, node) in nodes.enumerated() {
            if index[node.id] != nil {
                issues.append(GraphIssue(.duplicateNode, node: node.id))
            } else {
                index[node.id] = i
            }
        }
        if index[start] == nil { issues.append(GraphIssue(.missingStart, node: start)) }

        var outgoing = [[Int]](repeating: [], count: nodes.count)
        for edge in edges {
            let from = index[edge.from], to = index[edge.to]
            if from == nil {
                issues.append(GraphIssue(.danglingEdge, node: edge.from,
                                         arguments: ["from": edge.from, "to": edge.to, "kind": edge.kind.rawValue]))
            } else if to == nil {
                issues.append(GraphIssue(.danglingEdge, node: edge.from,
                                         arguments: ["to": edge.to, "kind": edge.kind.rawValue]))
            }
            if let from { outgoing[from].append(to ?? -1) }
        }

        var reached = [Bool](repeating: false, count: nodes.count)
        if let s = index[start] {
            var stack = [s]
            reached[s] = true
            while let n = stack.popLast() {
                for t in outgoing[n] where t >= 0 && !reached[t] {
                    reached[t] = true
                    stack.append(t)
                }
            }
        }
        for (i, node) in nodes.enumerated() where index[node.id] == i {
            if !reached[i] { issues.append(GraphIssue(.unreachable, node: node.id)) }
            if !node.isTerminal && outgoing[i].isEmpty { issues.append(GraphIssue(.deadEnd, node: node.id)) }
        }
        return issues
    }
}
