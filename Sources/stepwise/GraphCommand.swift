import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseFlow

struct GraphCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "graph", abstract: CLI.text("cli.graph.abstract"), discussion: CLI.text("cli.graph.discussion"))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, dot, mermaid }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLI.text("cli.argument.article"), valueName: "article"))
    var article: String

    @Option(name: .long, help: ArgumentHelp(CLI.text("cli.graph.format")))
    var format: Format = .json

    func run() throws {
        let ws = Workspace(global)
        let (path, slug) = try ws.locate(article)
        ws.warn(ws.assetIDClashes(), about: path)
        let loaded = try ws.load(path, slug: slug)
        let graph = loaded.graph
        for issue in graph.validate(against: loaded.article) { CLI.printError(ws.text.lines(issue.diagnostic(file: path))) }
        let text: String
        switch format {
        case .json: text = graph.json()
        case .dot: text = graph.dot()
        case .mermaid: text = graph.mermaid()
        }
        try CLI.printOutput(text.hasSuffix("\n") ? text : text + "\n")
    }
}
