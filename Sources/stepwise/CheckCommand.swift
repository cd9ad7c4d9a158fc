import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseChecks
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
    var sourceLocale: String = LocaleNegotiation.fallbackLocale

    @Option(name: .long, help: ArgumentHelp(CLI.text("check.cli.format")))
    var format: Format = .text

    @Flag(name: .long, help: ArgumentHelp(CLI.text("check.cli.strict")))
    var strict = false

    @Option(name: .customLong("locales"), help: ArgumentHelp(CLI.text("cli.option.locales"), valueName: "dir"))
    var catalogFolder: String = CLI.checkout + "/Locales"

    func validate() throws {
        let tags = locales.map { ("--locale", $0) } + [("--source-locale", sourceLocale)]
        for (option, tag) in tags where LocaleNegotiation.normalize(tag) == nil {
            throw ValidationError(CLI.text("error.bad-option", ["option": option, "detail": DisplaySafeText.clean(tag)]))
        }
    }

    func run() throws {
        let localizer = CLI.loadLocalizer(folder: catalogFolder, requested: nil)
        // With no paths: the catalogs in use (`--locales`) and the checkout's content.
        let targets = paths.isEmpty ? [catalogFolder, CLI.checkout + "/Content"] : paths
        let options = CheckOptions(paths: targets, locales: locales, sourceLocale: sourceLocale,
                                   calloutLabels: Workspace.calloutLabels(folder: catalogFolder))
        let report: CheckReport
        do {
            report = try Checker(options: options).run()
        } catch {
            CLI.printError(localizer.string("error.prefix") + ": " + localizer.string("check.error.\(error.reason)", ["path": DisplaySafeText.clean(error.path)]))
            Foundation.exit(2)
        }
        let cwd = FileManager.default.currentDirectoryPath
        let wording = FindingWording(localizer: localizer, displayPath: { Self.relative($0, to: cwd) })
        let output: String = switch format {
        case .text: TextReport.render(report, wording: wording)
        case .json: JSONReport.render(report, wording: wording)
        case .sarif: SARIFReport.render(report, wording: wording, baseFolder: cwd)
        case .github: GitHubReport.render(report, wording: wording)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
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
