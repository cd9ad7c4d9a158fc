import Foundation
import StepwiseArticle
import Testing
@testable import StepwiseFlow

@Suite struct OutputTests {
    static let nasty = "Say \"hi\" \\ <b>&amp; #1 {x} [y] (z) | a;b `c`\nnext"

    private var nastyGraph: StepGraph {
        build(article(
            boldHeading("Task \"one\" <1>"),
            ol(items: [[para(text(Self.nasty)), callout(.note, para(link("call \"us\"|now", "https://example.com/a\"b")))]]),
            boldHeading("end"),
            ol("Two"),
            title: "Quotes \" and\nlines"))
    }

    @Test func jsonKeepsDocumentedKeyOrderAndEscapes() throws {
        let json = nastyGraph.json()
        let keys = ["\"article\"", "\"start\"", "\"tasks\"", "\"nodes\"", "\"edges\""].map { json.range(of: $0)?.lowerBound }
        #expect(!keys.contains(nil))
        #expect(keys.compactMap { $0 } == keys.compactMap { $0 }.sorted())
        let nodeKeys = ["\"id\"", "\"kind\"", "\"task\"", "\"stepNumber\"", "\"stepCount\"", "\"text\"", "\"callouts\"", "\"links\"", "\"line\"", "\"column\""]
        let firstStep = json[try #require(json.range(of: "\"id\": \"t1.s1\"")).lowerBound...]
        let positions = nodeKeys.dropFirst().map { firstStep.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(json.contains(#""text": "Say \"hi\" \\ <b>&amp; #1 {x} [y] (z) | a;b `c` next""#))
        #expect(json.hasSuffix("}\n"))

        // And it is JSON that means what the graph says.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect((object["article"] as? [String: Any])?["title"] as? String == "Quotes \" and lines")
        #expect(nodes.map { $0["id"] as? String } == nastyGraph.nodeIDs)
        #expect(nodes[0]["task"] is NSNull)
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.count == nastyGraph.edges.count)
    }

    @Test func jsonEscapesControlCharacters() {
        var out: [UInt8] = []
        JSONValue.write(string: "a\u{01}\t\n\u{2028}\u{9B}\u{FFFF}<é\"\\", to: &out, script: false)
        #expect(String(decoding: out, as: UTF8.self) == #""a\u0001\t\n\u2028\u009b\uffff<é\"\\""#)
    }

    @Test func dotEscapesQuotesBackslashesAndNewlines() {
        let dot = nastyGraph.dot()
        #expect(dot.hasPrefix("digraph \"sample\" {\n"))
        #expect(dot.contains(#"Say \"hi\" \\ <b>&amp;amp; #1"#))
        #expect(dot.contains(#"label="Task \"one\" <1>""#))
        #expect(dot.contains(#""t1.s1" -> "x.a-b" [label="call \"us\"|now", style=dashed];"#))
        // Every line is a statement or a brace: no label spilled a raw newline.
        for line in dot.split(separator: "\n") {
            #expect(line.hasSuffix(";") || line.hasSuffix("{") || line.hasSuffix("}"), "\(line)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
    func graphvizAcceptsTheOutput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input; process.standardOutput = output; process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(nastyGraph.dot().utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(stderr.isEmpty, "\(stderr)")
        // `&amp;` written in the article must show as such, not as an entity graphviz decodes.
        #expect(svg.contains(#"Say &quot;hi&quot; \ &lt;b&gt;&amp;amp; #1"#))
    }

    @Test func mermaidEscapesLabelsAndAvoidsReservedIds() {
        let mermaid = nastyGraph.mermaid()
        #expect(mermaid.hasPrefix("flowchart TD\n"))
        #expect(mermaid.contains(#"Say #quot;hi#quot; \ #lt;b#gt;#amp;amp#59; #35;1 {x} [y]<br/>(z) #124; a#59;b #96;c#96;"#))
        #expect(mermaid.contains("n0{\"choice<br/>Quotes #quot; and lines\"}"))
        #expect(mermaid.contains("n1 -.->|\"call #quot;us#quot;#124;now\"| n4"))
        #expect(mermaid.contains("n0 -->|\"Task #quot;one#quot; #lt;1#gt;\"| n1"))
        #expect(mermaid.contains("n3([\"end\"])"))
        for line in mermaid.split(separator: "\n").dropFirst() {
            let trimmed = line.drop(while: { $0 == " " })
            // Statements start with a positional id or open/close a subgraph; a quote count
            // that is odd would mean a label broke out of its quotes.
            #expect(trimmed.hasPrefix("n") || trimmed.hasPrefix("subgraph task_t") || trimmed == "end", "\(line)")
            #expect(trimmed.filter { $0 == "\"" }.count % 2 == 0, "\(line)")
        }
    }

    @Test func longLabelsAreCutAndWrapped() {
        let lines = DiagramText.wrapped(String(repeating: "word ", count: 40))
        #expect(lines.allSatisfy { $0.count <= DiagramText.lineWidth })
        #expect(lines.joined(separator: " ").count == DiagramText.maxLabelCharacters)
        #expect(lines.last?.hasSuffix("…") == true)
    }
}
