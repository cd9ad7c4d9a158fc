import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseDomain
import StepwiseLocale
import StepwiseTerminal
import StepwiseWizard

struct RunCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "run", abstract: CLI.text("cli.run.abstract"), discussion: CLI.text("cli.run.discussion"))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLI.text("cli.argument.article"), valueName: "article"))
    var article: String

    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.run.resume")))
    var resume = false

    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.run.restart")))
    var restart = false

    @Option(name: .long, help: ArgumentHelp(CLI.text("cli.option.color")))
    var color: ColorChoice = .auto

    @OptionGroup var tenantOptions: TenantOptions

    func validate() throws {
        if resume && restart {
            throw ValidationError(CLI.text("error.bad-option", ["option": "--resume --restart", "detail": CLI.text("cli.run.resume-or-restart")]))
        }
    }

    func run() throws {
        let ws = Workspace(global)
        let env = ProcessInfo.processInfo.environment
        let content = ContentFolderSource(library: ws.library, parser: ws.parser)
        let slug: String, locale: String, source: any WizardArticleSource
        if let inContent = try ws.contentSlug(for: article) {
            slug = inContent
            locale = LocaleChoice.requested(global.locale, environment: env, available: ws.library.entries(slug: slug).map(\.locale))
            source = content
        } else {
            // A file outside the content folder (a corpus article, a draft) is walked as it is.
            let path = try ws.resolve(article).path
            slug = ws.library.slug(ofPath: path)
            locale = global.locale ?? LocaleChoice.requested(nil, environment: env, available: [])
            source = FileArticleSource(path: path, slug: slug, locale: locale, content: content)
        }
        let host = try actionHost(ws, slug: slug, inContent: source is ContentFolderSource)
        let store = RunStore(environment: env, home: NSHomeDirectory())
        let mode: ResumeMode = resume ? .resume : restart ? .restart : .automatic
        let session: WizardSession, first: WizardScreen
        do {
            (session, first) = try WizardSession.start(slug: slug, locale: locale, mode: mode, source: source, store: store, actions: host)
        } catch {
            throw ContentFailure(message: ws.describe(error))
        }
        let terminal = TerminalInfo.current
        if isatty(STDIN_FILENO) == 1, terminal.isTerminal, let raw = RawTerminal() {
            var loop = KeyLoop(session: session, terminal: raw, localizer: ws.localizer, color: color.enabled(terminal: terminal))
            loop.run(first: first)
        } else {
            var loop = LineLoop(session: session, localizer: ws.localizer, width: terminal.width ?? 80, color: color == .always)
            loop.run(first: first)
        }
    }
}

extension RunCommand {
    /// The tenant is opened only for an article with bound steps, so reading an article never
    /// creates a tenant file. A tenant that cannot be opened leaves the walk without actions,
    /// with a warning, rather than without the article.
    func actionHost(_ ws: Workspace, slug: String, inContent: Bool) throws -> ActionHost? {
        guard inContent, let path = ws.library.entries(slug: slug).first?.path else { return nil }
        let graph = try ws.bound(ws.graph(try ws.parse(path)), slug: slug)
        guard graph.nodes.contains(where: { $0.action != nil }) else { return nil }
        let ctx = TenantContext(global: global, tenant: tenantOptions)
        do {
            let store = try SQLiteTenantStore(path: ctx.path)
            return ActionHost(runner: ActionRunner(store: store, text: ctx.actions, actor: ActionHost.actor))
        } catch {
            CLI.printError(ws.prefixed("warning", ctx.describe(error)))
            return nil
        }
    }
}

enum LocaleChoice {
    /// The run keeps the locale asked for (or negotiated from the environment), even when the
    /// article falls back to en-US: the wizard says so, and a later translation is picked up.
    static func requested(_ asked: String?, environment: [String: String], available: [String]) -> String {
        if let asked { return asked }
        return LocaleNegotiation.resolve(requested: nil, environment: environment, available: available)
    }
}
