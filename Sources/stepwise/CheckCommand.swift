import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseChecks
import StepwiseDomain
import StepwiseLocale

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: CLI.text("check.cli.abstract"), discussion: CLI.text("check.cli.discussion"))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif, github }

    @Argument(help: ArgumentHelp(CLI.text("check.cli.paths"), valueName: "path"))
    var paths: [String] = []

    /// Here `--locale` picks what to check; messages follow the environment's language.
    @Option(name: .customLong("locale"), help: ArgumentHelp(CLI.text("check.cli.locale"), valueName: "tag"))
    var locales: [String] = []

    @Option(name: .customLong("source-locale"), help: ArgumentHelp(CLI.text("check.cli.source-locale"), valueName: "tag"))
    var sourceLocale: String?

    @Option(name: .long, help: ArgumentHelp(CLI.text("check.cli.format")))
    var format: Format = .text

    @Flag(name: .long, help: ArgumentHelp(CLI.text("check.cli.strict")))
    var strict = false

    @Option(name: .long, help: ArgumentHelp(CLI.text("check.cli.baseline"), valueName: "sarif-file"))
    var baseline: String?

    @OptionGroup var projectOptions: ProjectOptions

    func validate() throws {
        let tags = locales.map { ("--locale", $0) } + (sourceLocale.map { [("--source-locale", $0)] } ?? [])
        for (option, tag) in tags where LocaleNegotiation.normalize(tag) == nil {
            throw ValidationError(CLI.text("error.bad-option", ["option": option, "detail": DisplaySafeText.clean(tag)]))
        }
    }

    func run() throws {
        let settings = projectOptions.settings
        let localizer = CLI.localizer(layers: settings.layers, requested: nil)
        // With no paths: every catalog in use (the program's, the project's) and the project's
        // content; outside a project, that is an error saying where one was looked for.
        var targets = paths
        if paths.isEmpty {
            let content = try Workspace(settings: settings, locale: nil).contentFolder()
            targets = settings.layers.yamlFolders.map(\.path) + [content]
            if settings.layers.includesBuiltIn, CatalogLayers.builtInFolder == nil {
                CLI.printError(localizer.string("check.error.builtin-missing", ["path": BundledResources.expectedPath("Catalogs", target: "StepwiseLocale")]))
            }
        }
        let options = CheckOptions(paths: targets, locales: locales, sourceLocale: sourceLocale ?? settings.sourceLocale,
                                   calloutLabels: CalloutLabels(words: settings.layers.calloutLabelWords),
                                   baseCatalogs: settings.layers.yamlFolders.dropLast().map(\.path),
                                   actions: ActionName.names, picks: InputName.pickNames)
        let cwd = FileManager.default.currentDirectoryPath
        let displayPath: @Sendable (String) -> String = { Self.relative($0, to: cwd) }
        // Fingerprints hash paths below the project's folder, so a baseline made at the root
        // still matches a run from a subfolder.
        let base = ArticleParser.canonical(settings.project?.root ?? cwd)
        let fingerprintPath: @Sendable (String) -> String = { Self.relative(ArticleParser.canonical($0), to: base) }
        var report: CheckReport
        do {
            let known = try baseline.map { path throws(CheckInputError) in try Baseline(sarifAt: path) }
            report = try Checker(options: options).run()
            if let known { report = known.newFindings(in: report, path: fingerprintPath) }
        } catch {
            CLI.printError(DiagnosticText(localizer: localizer).lines(error.diagnostic))
            Foundation.exit(2)
        }
        let wording = FindingWording(localizer: localizer, displayPath: displayPath)
        let output: String = switch format {
        case .text: TextReport.render(report, wording: wording)
        case .json: JSONReport.render(report, wording: wording)
        case .sarif: SARIFReport.render(report, wording: wording, baseFolder: cwd, fingerprintPath: fingerprintPath)
        case .github: GitHubReport.render(report, wording: wording)
        }
        try CLI.printOutput(output)
        Foundation.exit(report.exitStatus(strict: strict))
    }

    /// Paths under the working folder are shown relative to it, as compilers do, so editors and
    /// code-scanning tools find them from the checkout.
    static func relative(_ path: String, to folder: String) -> String {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p.hasPrefix(base) ? String(p.dropFirst(base.count)) : p
    }
}
