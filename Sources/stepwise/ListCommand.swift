import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseTerminal

struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLI.text("cli.list.abstract"))
    }

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.list.json")))
    var json = false

    var invocation: ListInvocation { ListInvocation(global: global.choice, json: json) }

    func run() throws { try invocation.run() }
}

/// `stepwise list`, its arguments read.
struct ListInvocation: Invocation, Hashable {
    var global: GlobalChoice
    var json = false

    struct Row {
        var slug: String
        var title: String
        var locales: [String]
        var tasks: Int
        var steps: Int
        var actions: Int
    }

    func validate() throws {}

    func run() throws {
        let ws = Workspace(global)
        let content = try ws.contentFolder()
        ws.warn(ws.assetIDClashes())
        var rows: [Row] = []
        var broken = 0
        for slug in ws.library.slugs {
            let entries = ws.library.entries(slug: slug)
            let (locale, _) = ws.articleLocale(for: slug)
            guard let path = ws.library.path(slug: slug, locale: locale) else { continue }
            // One broken article must not hide the others: it is reported and the list goes on.
            let graph: StepGraph
            do { graph = try ws.load(path, slug: slug).graph } catch let failure as ContentFailure {
                CLI.printError(failure.message)
                broken += 1
                continue
            }
            let steps = graph.nodes.filter { $0.kind == .step || $0.kind == .info }.count
            rows.append(Row(slug: slug, title: graph.article.title, locales: entries.map(\.locale), tasks: graph.tasks.count, steps: steps,
                            actions: graph.nodes.filter { $0.action != nil }.count))
        }
        if json {
            print(JSONValue.array(rows.map { r in
                .object([("slug", .string(r.slug)), ("title", .string(r.title)), ("locales", .array(r.locales.map(JSONValue.string))),
                         ("tasks", .int(r.tasks)), ("steps", .int(r.steps)), ("actions", .int(r.actions))])
            }).pretty(), terminator: "")
            if broken > 0 { throw ExitCode(1) }
            return
        }
        guard !rows.isEmpty else {
            print(ws.localizer.string("list.empty", ["path": DisplaySafeText.clean(content)]))
            return
        }
        let l = ws.localizer
        let header = ["slug", "title", "locales", "tasks", "steps", "actions"].map { l.string("list.header.\($0)") }
        let cells = rows.map { r in
            [r.slug, r.title, r.locales.joined(separator: ", "),
             l.plural("list.tasks", count: r.tasks), l.plural("list.steps", count: r.steps), l.plural("list.actions", count: r.actions)].map { DisplaySafeText.clean($0) }
        }
        print(TextTable(header: header, rows: cells).render(), terminator: "")
        if broken > 0 { throw ExitCode(1) }
    }
}

/// Columns padded by display width, so Latvian diacritics and wide characters line up.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    /// Every cell goes through the display rule: tables show ids and names from the tenant
    /// and the content, which anyone with the file can set.
    func render() -> String {
        let all = ([header] + rows).map { $0.map { DisplaySafeText.clean($0) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + 2) }
            }
            out += line + "\n"
        }
        return out
    }
}
