import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseDomain
import StepwiseFlow
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

    var invocation: RunInvocation {
        RunInvocation(global: global.choice, article: article, resume: resume, restart: restart, color: color, tenant: tenantOptions.tenant)
    }

    func validate() throws { try invocation.validate() }

    func run() throws { try invocation.run() }
}

/// `stepwise run`, its arguments read.
struct RunInvocation: Invocation, Hashable {
    var global: GlobalChoice
    var article: String
    var resume = false
    var restart = false
    var color = ColorChoice.auto
    var tenant: String?

    func validate() throws {
        if resume && restart {
            throw ValidationError(CLI.text("error.bad-option", ["option": "--resume --restart", "detail": CLI.text("cli.run.resume-or-restart")]))
        }
    }

    func run() throws {
        let ws = Workspace(global)
        let env = CLI.environment
        let content = ContentFolderSource(library: ws.library, loader: ws.loader)
        let slug: String, locale: String, source: any WizardArticleSource
        let (path, contentSlug) = try ws.locate(article)
        if let inContent = contentSlug {
            slug = inContent
            locale = LocaleChoice.requested(global.locale, environment: env, available: ws.library.entries(slug: slug).map(\.locale))
            source = content
        } else {
            // A file outside the content folder (a corpus article, a draft) is walked as it is.
            slug = ContentLibrary.slug(ofPath: path)
            locale = global.locale ?? LocaleChoice.requested(nil, environment: env, available: [])
            source = FileArticleSource(path: path, slug: slug, locale: locale, content: content)
        }
        let host = source is ContentFolderSource ? actionHost(ws) : nil
        let store = RunStore(environment: env, home: NSHomeDirectory())
        let mode: ResumeMode = resume ? .resume : restart ? .restart : .automatic
        let session: WizardSession, first: WizardScreen
        do {
            (session, first) = try WizardSession.start(slug: slug, locale: locale, mode: mode, source: source, store: store, actions: host)
        } catch {
            throw ContentFailure(message: ws.text.lines(error.diagnostic))
        }
        let terminal = TerminalInfo.current
        // A place that could not be kept is a failure of the command, after the walk itself.
        let saved: Bool
        if isatty(STDIN_FILENO) == 1, terminal.isTerminal, let raw = RawTerminal() {
            var loop = KeyLoop(session: session, terminal: raw, localizer: ws.localizer, color: color.enabled(terminal: terminal))
            saved = loop.run(first: first)
        } else {
            var loop = LineLoop(session: session, localizer: ws.localizer, width: terminal.width ?? 80, color: color == .always)
            saved = loop.run(first: first)
        }
        if !saved { throw ExitCode(1) }
    }
}

extension RunInvocation {
    /// Any article the walk enters may have bound steps. The tenant file is opened when an
    /// action first needs it, so reading an article never creates one and start-up pays no
    /// SQLite cost; a tenant that cannot be opened fails that action, with the reason. The
    /// catalogs are the workspace's: loading them again would double their start-up cost.
    func actionHost(_ ws: Workspace) -> ActionHost {
        let path = TenantOptions.path(tenant, ws.settings)
        return ActionHost(runner: ActionRunner(store: LazyTenantStore(path: path), actor: ActionHost.actor),
                          text: ActionText(localizer: ws.localizer), tenant: path)
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
