import Foundation
import Testing

@Suite struct GraphCommandTests {
    let seed = "activate-or-reactivate-a-subscription"

    func graph(_ locale: String) throws -> [String: Any] {
        let r = try CLI.run(["graph", seed, "--locale", locale, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// A graph cut off by a full disk must not pass for a whole one.
    @Test func aFullDiskIsAnErrorNotACutOffGraph() throws {
        let r = try CLI.run(["-c", "exec \"$0\" \"$@\" > /dev/full", CLI.binary, "graph", seed, "--locale", "lv-LV", "--format", "json"],
                            executable: "/bin/sh")
        #expect(r.status == 1)
        // In the language of the walk asked for, as every message of the command.
        #expect(r.stderr.hasPrefix("kļūda: nevar ierakstīt izvadi: "), "\(r.stderr)")
    }

    @Test func seedGraphHasTheDocumentedShape() throws {
        let g = try graph("lv-LV")
        let article = try #require(g["article"] as? [String: Any])
        #expect(article["locale"] as? String == "lv-LV")
        #expect(article["assetId"] as? String == "2d59f23f-7aad-4b57-9039-0bd2bbf929a3")
        let tasks = try #require(g["tasks"] as? [[String: Any]])
        #expect(tasks.map { ($0["steps"] as? [String])?.count ?? -1 } == [3, 5, 2])
        #expect(g["start"] as? String == "choice")
        let nodes = try #require(g["nodes"] as? [[String: Any]])
        let step = try #require(nodes.first { $0["id"] as? String == "t2.s3" })
        let callouts = try #require(step["callouts"] as? [[String: Any]])
        #expect(callouts.map { $0["kind"] as? String } == ["important"])
        let edges = try #require(g["edges"] as? [[String: Any]])
        let escape = try #require(edges.first { $0["kind"] as? String == "escape" })
        #expect(escape["from"] as? String == "t2.s3")
        let target = try #require(nodes.first { $0["id"] as? String == escape["to"] as? String })
        let links = try #require(target["links"] as? [[String: Any]])
        #expect(links.first?["target"] as? String == "contact-support-for-business-products")
        let refs = try #require(tasks[1]["references"] as? [[String: Any]])
        #expect(refs.map { $0["url"] as? String } == ["https://docs.microsoft.com/microsoft-365/commerce/subscriptions/reactivate-your-subscription"])
    }

    @Test func englishAndLatvianShareIdsAndEdges() throws {
        func shape(_ g: [String: Any]) -> ([String], [String]) {
            let nodes = (g["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            let edges = (g["edges"] as? [[String: Any]] ?? []).map { "\($0["from"] ?? "")>\($0["to"] ?? ""):\($0["kind"] ?? "")" }
            return (nodes, edges)
        }
        let en = shape(try graph("en-US")), lv = shape(try graph("lv-LV"))
        #expect(!en.0.isEmpty)
        #expect(en.0 == lv.0)
        #expect(en.1 == lv.1)
    }

    @Test(arguments: ["dot", "mermaid"])
    func diagramsName(_ format: String) throws {
        let r = try CLI.run(["graph", seed, "--locale", "lv-LV", "--format", format])
        #expect(r.status == 0)
        #expect(r.stdout.contains("t2_s3") || r.stdout.contains("t2.s3"))
        #expect(r.stdout.hasPrefix(format == "dot" ? "digraph" : "flowchart"))
    }

    @Test func graphByAssetIDAndByPath() throws {
        let byID = try CLI.run(["graph", "2d59f23f-7aad-4b57-9039-0bd2bbf929a3", "--locale", "lv-LV"])
        #expect(byID.status == 0)
        #expect(byID.stdout.contains("\"t2.s5\""))
        let corpus = sharedRoot + "/corpus/deployoffice-privacy/en-US/essential-services.md"
        let byPath = try CLI.run(["graph", corpus])
        #expect(byPath.status == 0, "\(byPath.stderr)")
        #expect(byPath.stdout.contains("\"slug\" : \"essential-services\"") || byPath.stdout.contains("\"slug\": \"essential-services\""))
    }
}
