import StepwiseArticle

extension StepGraph {
    /// Graphviz source: one cluster per task, choice as a diamond, external destinations as notes,
    /// escape edges dashed and jumps bold. Every id and label is a quoted, escaped string.
    public func dot() -> String {
        var out = "digraph " + DiagramText.dotQuoted(article.slug) + " {\n"
        out += "  node [shape=box, style=rounded];\n"
        let (byTask, loose) = nodesByTask()
        for node in loose where node.kind == .choice { out += dotNode(node, indent: "  ") }
        for task in tasks {
            out += "  subgraph " + DiagramText.dotQuoted("cluster_" + task.id) + " {\n"
            out += "    label=" + DiagramText.dotQuoted(lines: [task.title]) + ";\n"
            for node in byTask[task.id] ?? [] { out += dotNode(node, indent: "    ") }
            out += "  }\n"
        }
        for node in loose where node.kind != .choice { out += dotNode(node, indent: "  ") }
        for edge in edges {
            out += "  " + DiagramText.dotQuoted(edge.from) + " -> " + DiagramText.dotQuoted(edge.to)
            var attributes: [String] = []
            if let label = edge.label { attributes.append("label=" + DiagramText.dotQuoted(lines: DiagramText.wrapped(label))) }
            switch edge.kind {
            case .escape: attributes.append("style=dashed")
            case .jump: attributes.append("style=bold")
            case .next, .choice: break
            }
            if !attributes.isEmpty { out += " [" + attributes.joined(separator: ", ") + "]" }
            out += ";\n"
        }
        out += "}\n"
        return out
    }

    /// Nodes of each task (drawn inside its cluster), and the rest in graph order.
    private func nodesByTask() -> (byTask: [String: [StepNode]], loose: [StepNode]) {
        var byTask: [String: [StepNode]] = [:]
        for task in tasks { byTask[task.id] = [] }
        var loose: [StepNode] = []
        for node in nodes {
            if let t = node.task, byTask[t] != nil { byTask[t]!.append(node) } else { loose.append(node) }
        }
        return (byTask, loose)
    }

    private func dotNode(_ node: StepNode, indent: String) -> String {
        let shape = switch node.kind {
        case .choice: "diamond"
        case .step, .info: "box"
        case .closing: "box, style=rounded"
        case .end: "doublecircle"
        case .external: "note"
        }
        return indent + DiagramText.dotQuoted(node.id) + " [shape=" + shape + ", label="
            + DiagramText.dotQuoted(lines: DiagramText.label(for: node)) + "];\n"
    }

    /// Mermaid `flowchart TD`. Node ids are positional (`n0`, `n1`, …): graph ids hold dots and
    /// `end`, which Mermaid reads as syntax. Labels are always quoted and entity-escaped.
    public func mermaid() -> String {
        var ids: [String: String] = [:]
        for (i, node) in nodes.enumerated() where ids[node.id] == nil { ids[node.id] = "n\(i)" }
        func mid(_ id: String) -> String {
            if let m = ids[id] { return m }
            let m = "n\(ids.count)"  // an edge to a missing node still gets a valid id
            ids[id] = m
            return m
        }
        func shape(_ node: StepNode) -> String {
            let label = DiagramText.mermaidQuoted(lines: DiagramText.label(for: node))
            return switch node.kind {
            case .choice: "{" + label + "}"
            case .step: "[" + label + "]"
            case .info, .closing: "(" + label + ")"
            case .end: "([" + label + "])"
            case .external: ">" + label + "]"
            }
        }

        var out = "flowchart TD\n"
        let (byTask, loose) = nodesByTask()
        for node in loose where node.kind == .choice { out += "  " + mid(node.id) + shape(node) + "\n" }
        for task in tasks {
            out += "  subgraph " + "task_" + LinkResolver.slugified(task.id) + " ["
                + DiagramText.mermaidQuoted(lines: [task.title]) + "]\n"
            for node in byTask[task.id] ?? [] { out += "    " + mid(node.id) + shape(node) + "\n" }
            out += "  end\n"
        }
        for node in loose where node.kind != .choice { out += "  " + mid(node.id) + shape(node) + "\n" }
        for edge in edges {
            let arrow = switch edge.kind {
            case .next, .choice: "-->"
            case .escape: "-.->"
            case .jump: "==>"
            }
            out += "  " + mid(edge.from) + " " + arrow
            if let label = edge.label { out += "|" + DiagramText.mermaidQuoted(lines: DiagramText.wrapped(label)) + "|" }
            out += " " + mid(edge.to) + "\n"
        }
        return out
    }
}

/// Label text and escaping shared by the diagram formats.
enum DiagramText {
    static let maxLabelCharacters = 80
    static let lineWidth = 32

    /// The node id (language-neutral, what tests and logs name) over a short excerpt of its text.
    static func label(for node: StepNode) -> [String] {
        var head = node.id
        if let n = node.stepNumber, let c = node.stepCount { head += " (\(n)/\(c))" }
        var body = node.text
        if node.kind == .external, let link = node.links.first { body = link.target ?? link.url }
        return [head] + (node.action.map { [$0.marker] } ?? []) + wrapped(body)
    }

    /// At most `maxLabelCharacters` characters (cut with `…`), broken at spaces into short lines.
    static func wrapped(_ text: String) -> [String] {
        var flat = ""
        for c in text { flat.append(c == "\n" || c == "\r" || c == "\t" ? " " : c) }
        if flat.count > maxLabelCharacters { flat = String(flat.prefix(maxLabelCharacters - 1)) + "…" }
        var lines: [String] = []
        var line = ""
        for word in flat.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > lineWidth {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static func dotQuoted(_ s: String) -> String { dotQuoted(lines: [s]) }

    /// A DOT string: backslashes and quotes escaped (so `\n`, `\l`, `\N` in content stay literal),
    /// `&` as `&amp;` (graphviz decodes entities in labels, so `&lt;` written in an article would
    /// otherwise show as `<`), control characters as spaces, lines joined with DOT's `\n`.
    static func dotQuoted(lines: [String]) -> String {
        var out = "\""
        for (i, line) in lines.enumerated() {
            if i > 0 { out += "\\n" }
            for u in line.unicodeScalars {
                switch u {
                case "\\": out += "\\\\"
                case "\"": out += "\\\""
                case "&": out += "&amp;"
                default: appendDisplaySafe(u, to: &out)
                }
            }
        }
        return out + "\""
    }

    /// A scalar of a label as the display rule has it: controls become spaces (a label is one
    /// line of text), bidi marks and soft hyphens go.
    private static func appendDisplaySafe(_ u: Unicode.Scalar, to out: inout String) {
        switch DisplaySafeText.action(for: u) {
        case .keep: out.unicodeScalars.append(u)
        case .drop: break
        case .space, .replace: out += " "
        }
    }

    /// A Mermaid quoted label: characters Mermaid or its HTML labels would read as syntax become
    /// entity codes (`#quot;`, `#lt;`, `#35;`…), lines are joined with `<br/>`.
    static func mermaidQuoted(lines: [String]) -> String {
        var out = "\""
        for (i, line) in lines.enumerated() {
            if i > 0 { out += "<br/>" }
            for u in line.unicodeScalars {
                switch u {
                case "\"": out += "#quot;"
                case "#": out += "#35;"
                case "&": out += "#amp;"
                case "<": out += "#lt;"
                case ">": out += "#gt;"
                case "`": out += "#96;"
                case "|": out += "#124;"
                case ";": out += "#59;"
                default: appendDisplaySafe(u, to: &out)
                }
            }
        }
        return out + "\""
    }
}
