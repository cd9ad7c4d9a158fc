import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseLocale

/// Which docs project a command works on, and the folders that override its file.
struct ProjectOptions: ParsableArguments {
    @Option(name: .customLong("project"), help: ArgumentHelp(CLI.text("cli.option.project"), valueName: "dir"))
    var project: String?

    @Option(name: .customLong("content"), help: ArgumentHelp(CLI.text("cli.option.content"), valueName: "dir"))
    var content: String?

    @Option(name: .customLong("locales"), help: ArgumentHelp(CLI.text("cli.option.locales"), valueName: "dir"))
    var locales: String?

    var settings: ProjectSettings { choice.settings }

    var choice: ProjectChoice { ProjectChoice(project: project, content: content, locales: locales) }
}

extension ProjectOptions {
    /// The options holding `choice`, for a command `FastPath` builds.
    init(_ choice: ProjectChoice) {
        self.init()
        project = choice.project
        content = choice.content
        locales = choice.locales
    }
}

/// What the project options say, as plain values: what a command works with however its
/// arguments were read (swift-argument-parser or `FastPath`).
struct ProjectChoice: Hashable {
    var project: String?
    var content: String?
    var locales: String?

    /// The project found from the working folder (or `--project`), with `--content` and
    /// `--locales` over it. Not finding one is not yet an error: a command given a file path
    /// needs no project, and one that needs the content folder reports `problem`.
    var settings: ProjectSettings {
        CLI.settings(explicit: project, content: content, locales: locales)
    }
}

struct ProjectSettings {
    let project: Project?
    /// Why there is no project, for the commands that need its content folder.
    let problem: ArticleError?
    let content: String?
    let locales: String?

    init(explicit: String?, content: String?, locales: String?) {
        var project: Project?
        var problem: ArticleError?
        do {
            project = try Project.discover(from: FileManager.default.currentDirectoryPath, explicit: explicit)
        } catch {
            problem = error
        }
        // With both folders given on the command line a project is not needed.
        if content != nil, problem?.code == .projectNotFound { problem = nil }
        self.project = project
        self.problem = problem
        self.content = content ?? project?.content
        self.locales = locales ?? project?.locales
    }

    /// The program's catalogs, with the project's (or `--locales`) over them.
    var layers: CatalogLayers { .builtIn(under: locales.map { URL(fileURLWithPath: $0) }) }

    var sourceLocale: String { project?.sourceLocale ?? LocaleNegotiation.fallbackLocale }
}

/// Where content and catalogs live, and which language to use.
struct GlobalOptions: ParsableArguments {
    @OptionGroup var projectOptions: ProjectOptions

    @Option(name: .customLong("locale"), help: ArgumentHelp(CLI.text("cli.option.locale"), valueName: "tag"))
    var locale: String?

    var choice: GlobalChoice { GlobalChoice(project: projectOptions.choice, locale: locale) }
}

/// The global options as plain values.
struct GlobalChoice: Hashable {
    var project = ProjectChoice()
    var locale: String?
}

/// A command with its arguments read, ready to run. The everyday commands are plain values
/// apart from their `ParsableCommand` declarations: building a command's property wrappers
/// instantiates generic metadata whose conformance checks scan every conformance record of
/// the static binary, a quarter of the instructions to a walk's first screen.
protocol Invocation {
    func validate() throws
    func run() throws
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
