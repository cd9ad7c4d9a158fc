import StepwiseArticle
import Testing
@testable import StepwiseFlow

@Suite struct ValidationTests {
    private func graph(nodes: [StepNode], edges: [StepEdge], start: String = "a") -> StepGraph {
        StepGraph(article: ArticleSummary(slug: "s", locale: nil, title: "T", assetID: nil),
                  start: start, tasks: [], nodes: nodes, edges: edges)
    }

    @Test func soundGraphHasNoIssues() {
        let g = graph(nodes: [StepNode(id: "a", kind: .step), StepNode(id: "end", kind: .end), StepNode(id: "x.b", kind: .external)],
                      edges: [StepEdge(from: "a", to: "end", kind: .next), StepEdge(from: "a", to: "x.b", kind: .escape)])
        #expect(g.validate() == [])
    }

    @Test func catchesAnUnreachableNode() {
        let g = graph(nodes: [StepNode(id: "a", kind: .step), StepNode(id: "orphan", kind: .step), StepNode(id: "end", kind: .end)],
                      edges: [StepEdge(from: "a", to: "end", kind: .next), StepEdge(from: "orphan", to: "end", kind: .next)])
        #expect(g.validate() == [GraphIssue(.unreachable, node: "orphan")])
    }

    @Test func catchesADanglingEdge() {
        let g = graph(nodes: [StepNode(id: "a", kind: .step), StepNode(id: "end", kind: .end)],
                      edges: [StepEdge(from: "a", to: "end", kind: .next), StepEdge(from: "a", to: "gone", kind: .jump),
                              StepEdge(from: "ghost", to: "end", kind: .next)])
        #expect(g.validate() == [
            GraphIssue(.danglingEdge, node: "a", arguments: ["to": "gone", "kind": "jump"]),
            GraphIssue(.danglingEdge, node: "ghost", arguments: ["from": "ghost", "to": "end", "kind": "next"]),
        ])
    }

    @Test func catchesADeadEndButNotTerminalNodes() {
        let g = graph(nodes: [StepNode(id: "a", kind: .step), StepNode(id: "b", kind: .info), StepNode(id: "end", kind: .end)],
                      edges: [StepEdge(from: "a", to: "b", kind: .next)])
        #expect(g.validate() == [GraphIssue(.deadEnd, node: "b"), GraphIssue(.unreachable, node: "end")])
    }

    @Test func catchesMissingStartDuplicatesAndEmptiness() {
        #expect(graph(nodes: [], edges: []).validate() == [GraphIssue(.noNodes)])
        let g = graph(nodes: [StepNode(id: "end", kind: .end), StepNode(id: "end", kind: .end)], edges: [], start: "nowhere")
        #expect(g.validate() == [
            GraphIssue(.duplicateNode, node: "end"),
            GraphIssue(.missingStart, node: "nowhere"),
            GraphIssue(.unreachable, node: "end"),
        ])
    }

    @Test func tamperingWithABuiltGraphIsCaught() {
        var g = build(article(boldHeading("A"), ol("1", "2"), boldHeading("B"), para("info")))
        #expect(g.validate().isEmpty)
        g.edges.removeAll { $0.kind == .choice && $0.to == "t2.info" }
        #expect(g.validate() == [GraphIssue(.unreachable, node: "t2.info")])
        g.edges.append(StepEdge(from: "t1.s2", to: "t9.s9", kind: .next))
        #expect(g.validate().contains(GraphIssue(.danglingEdge, node: "t1.s2", arguments: ["to": "t9.s9", "kind": "next"])))
    }
}
