import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseDomain
import StepwiseLocale
import StepwiseSite
import StepwiseTerminal

struct ExportCommand: ParsableCommand, Invocation {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: CLI.text("site.cli.abstract"), discussion: CLI.text("site.cli.discussion"))
    }

    @Option(name: .customLong("out"), help: ArgumentHelp(CLI.text("site.cli.out"), valueName: "dir"))
    var out: String?

    @Option(name: .customLong("locale"), help: ArgumentHelp(CLI.text("site.cli.locale"), valueName: "tag"))
    var locale: [String] = []

    @Option(name: .customLong("base-url"), help: ArgumentHelp(CLI.text("site.cli.base-url"), valueName: "url"))
    var baseURL: String?

    @Option(name: .customLong("templates"), help: ArgumentHelp(CLI.text("site.cli.templates"), valueName: "dir"))
    var templates: String?

    @Flag(name: .customLong("clean"), help: ArgumentHelp(CLI.text("site.cli.clean")))
    var clean = false

    @Option(name: .customLong("shard"), help: ArgumentHelp(CLI.text("site.cli.shard"), valueName: "k/n"))
    var shard: String?

    @Option(name: .customLong("merge"), parsing: .upToNextOption, help: ArgumentHelp(CLI.text("site.cli.merge"), valueName: "dir"))
    var merge: [String] = []

    @OptionGroup var projectOptions: ProjectOptions

    func validate() throws {
        if let baseURL, !Self.isWebURL(baseURL) {
            throw ValidationError(CLI.text("error.bad-option", ["option": "--base-url", "detail": CLI.text("site.cli.base-url-invalid")]))
        }
        if let shard, ExportShard(shard) == nil {
            throw ValidationError(CLI.text("error.bad-option", ["option": "--shard", "detail": CLI.text("site.cli.shard-invalid")]))
        }
        // A shard's pages are what a merge takes: one export does one or the other.
        if shard != nil, !merge.isEmpty {
            throw ValidationError(CLI.text("error.bad-option", ["option": "--merge", "detail": CLI.text("site.cli.shard-and-merge")]))
        }
    }

    static func isWebURL(_ url: String) -> Bool { url.hasPrefix("https://") || url.hasPrefix("http://") }

    func run() throws {
        let settings = projectOptions.settings
        let ws = Workspace(settings: settings, locale: locale.first)
        let localizer = ws.localizer
        let usage = { (option: String, detail: String, arguments: [String: Diagnostic.Value]) in
            CLI.printError(ws.text.lines(Diagnostic("error.bad-option", .error, at: nil,
                                                    arguments: arguments.merging(["option": .text(option), "detail": .message(detail)]) { $1 })))
        }
        let content = try ws.contentFolder()
        // `--out`, else the project's `output:`; with neither, nothing says where pages go.
        guard let out = out ?? settings.project?.output else {
            usage("--out", "site.cli.out-missing", [:])
            throw ExitCode(2)
        }
        let baseURL = baseURL ?? settings.project?.baseURL
        if let baseURL, !Self.isWebURL(baseURL) {
            usage("--base-url", "site.cli.base-url-invalid", [:])
            throw ExitCode(2)
        }
        let library = ws.library
        let sources = library.entries.map { SiteSource(slug: $0.slug, locale: $0.locale, path: $0.path, contentRoot: content) }
        // `--locale lv` picks `lv-LV` as everywhere else; a locale the content lacks is a usage error.
        var chosen: [String] = []
        for tag in locale {
            guard let match = LocaleNegotiation.match(tag, available: library.locales) else {
                usage("--locale", "site.error.no-such-locale", ["locale": .text(tag), "content": .path(content)])
                throw ExitCode(2)
            }
            chosen.append(match)
        }
        // A folder that could not be listed hides articles that still exist: --clean must not
        // take their pages for leftovers, so it removes nothing this time.
        let mayClean = clean && library.unreadableFolders.isEmpty
        if clean, let folder = library.unreadableFolders.first {
            CLI.printError(ws.text.lines(Diagnostic("site.warning.clean-skipped", .warning, at: nil, arguments: ["folder": .path(folder)])))
        }
        let options = SiteOptions(output: out, baseURL: baseURL, templates: templates, clean: mayClean,
                                  layers: settings.layers, calloutLabels: CalloutLabels(words: settings.layers.calloutLabelWords),
                                  actions: ActionName.names, picks: InputName.pickNames,
                                  shard: shard.flatMap(ExportShard.init), merge: merge)
        let progress = ProgressLine(localizer: localizer, total: sources.count)
        var onProgress: (@Sendable (Int, Int) -> Void)?
        if let progress { onProgress = { done, total in progress.update(done, total) } }
        let report: SiteReport
        do throws(SiteError) {
            let exporter = try SiteExporter(options: options)
            report = try exporter.export(sources, locales: chosen.isEmpty ? nil : chosen, progress: onProgress)
        } catch {
            progress?.clear()
            var diagnostic = error.diagnostic
            diagnostic.arguments["content"] = .path(content)
            throw ContentFailure(message: ws.text.lines(diagnostic))
        }
        progress?.clear()
        for folder in report.unusableMerges {
            CLI.printError(ws.text.lines(Diagnostic("site.warning.merge-unusable", .warning, at: nil, arguments: ["folder": .path(folder)])))
        }
        for warning in report.warnings { CLI.printError(ws.text.lines(warning.diagnostic)) }
        for problem in report.bindingProblems { CLI.printError(ws.text.lines(problem.diagnostic(.warning))) }
        for failure in report.failures { CLI.printError(ws.text.lines(failure.diagnostic)) }
        print(localizer.string("site.cli.done", [
            "out": DisplaySafeText.clean(out), "files": String(report.files), "written": String(report.written),
            "unchanged": String(report.files - report.written), "removed": String(report.removed),
            "rendered": String(report.rendered), "pages": String(report.articlePages),
        ]))
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}

/// "Exporting articles: 500 of 1502" on one rewritten stderr line, only when stderr is a
/// terminal and the export is large enough to wait for.
final class ProgressLine: @unchecked Sendable {
    private let localizer: Localizer
    private let lock = NSLock()
    private var shown = 0

    init?(localizer: Localizer, total: Int) {
        guard isatty(STDERR_FILENO) == 1, total >= 200 else { return nil }
        self.localizer = localizer
    }

    func update(_ done: Int, _ total: Int) {
        lock.withLock {
            guard done == total || done - shown >= 50 else { return }
            shown = done
            let line = localizer.string("site.cli.progress", ["done": String(done), "total": String(total)])
            WholeWrite.text("\r\u{1B}[2K" + line, to: STDERR_FILENO)
        }
    }

    func clear() {
        lock.withLock { if shown > 0 { WholeWrite.text("\r\u{1B}[2K", to: STDERR_FILENO) } }
    }
}
