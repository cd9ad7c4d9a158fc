import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseDomain
import StepwiseTerminal
import StepwiseWizard

struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: CLI.text("cli.show.abstract"), discussion: CLI.text("cli.show.discussion"))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLI.text("cli.argument.article"), valueName: "article"))
    var article: String

    @Option(name: .long, help: ArgumentHelp(CLI.text("cli.show.width"), valueName: "n"))
    var width: Int?

    @Option(name: .long, help: ArgumentHelp(CLI.text("cli.option.color")))
    var color: ColorChoice = .auto

    var invocation: ShowInvocation { ShowInvocation(global: global.choice, article: article, width: width, color: color) }

    func validate() throws { try invocation.validate() }

    func run() throws { try invocation.run() }
}

/// `stepwise show`, its arguments read.
struct ShowInvocation: Invocation, Hashable {
    var global: GlobalChoice
    var article: String
    var width: Int?
    var color = ColorChoice.auto

    func validate() throws {
        if let width, width < 10 || width > 1000 {
            throw ValidationError(CLI.text("error.bad-option", ["option": "--width", "detail": CLI.text("cli.show.width-range")]))
        }
    }

    func run() throws {
        let ws = Workspace(global)
        let (path, slug) = try ws.locate(article)
        ws.warn(ws.assetIDClashes(), about: path)
        let loaded = try ws.load(path, slug: slug)
        let terminal = TerminalInfo.current
        let useColor = color.enabled(terminal: terminal)
        let renderer = ArticleRenderer(width: width ?? terminal.width ?? 80, color: useColor,
                                       links: useColor ? .hyperlinks : .footnotes, strings: RenderStrings(localizer: ws.localizer))
        var text = renderer.render(loaded.article)
        if let slug {
            text += bindingsSection(loaded.graph, slug: slug, ws, renderer)
        }
        try CLI.printOutput(text)
    }
}

extension ShowInvocation {
    /// A closing list of the steps `run` can do with the reader; empty without bindings.
    func bindingsSection(_ graph: StepGraph, slug: String, _ ws: Workspace, _ renderer: ArticleRenderer) -> String {
        func paragraph(_ s: String, indent: Int = 0) -> String {
            renderer.render(inlines: [.text(Text(s, range: .unknown))], indent: indent)
        }
        let bound = graph.nodes.filter { $0.action != nil }
        guard !bound.isEmpty else { return "" }
        let words = ActionText(localizer: ws.localizer)
        var out = "\n" + paragraph(ws.localizer.string("show.bindings-heading", ["article": slug]))
        for node in bound {
            let task = graph.tasks.first { $0.id == node.task }?.title ?? ""
            let line = ws.localizer.string("show.binding-line", [
                "task": task, "number": String(node.stepNumber ?? 1), "action": words.title(for: node.action!),
            ])
            out += paragraph("• " + line, indent: 2)
        }
        return out
    }
}

/// What the output is connected to: styling and hyperlinks only for a terminal.
struct TerminalInfo {
    var isTerminal: Bool
    var width: Int?
    var noColor: Bool

    static var current: TerminalInfo {
        let isTTY = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        let width = isTTY && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
        // https://no-color.org: present and not empty disables color.
        let noColor = !(CLI.environment["NO_COLOR"] ?? "").isEmpty
        return TerminalInfo(isTerminal: isTTY, width: width, noColor: noColor)
    }
}

extension ColorChoice {
    func enabled(terminal: TerminalInfo) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: terminal.isTerminal && !terminal.noColor && CLI.environment["TERM"] != "dumb"
        }
    }
}
