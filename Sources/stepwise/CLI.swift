import Foundation
import StepwiseLocale
import StepwiseArticle

/// What every command shares before its own options are read: the catalogs, for help
/// text and errors. The `--locale` and `--locales` words are looked for in the raw
/// arguments so that help and usage errors already come in the asked language.
enum CLI {
    /// Read once, from `environ` itself: Foundation builds the whole dictionary on every read
    /// (a command asks from several places), and its first read was a thirtieth of a walk's
    /// start-up. The first of two settings of one name wins, as `getenv` answers.
    static let environment: [String: String] = {
        var variables: [String: String] = [:]
        var next = environ
        while let entry = next.pointee {
            next += 1
            let text = String(cString: entry)
            guard let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let name = String(text[..<equals])
            if variables[name] == nil { variables[name] = String(text[text.utf8.index(after: equals)...]) }
        }
        return variables
    }()
    /// The project the raw arguments point at, read once: help text and usage errors already
    /// use its catalogs, and every command starts from the same answer.
    static let settings: ProjectSettings = ProjectSettings(explicit: value("--project"), content: value("--content"), locales: value("--locales"))

    /// The project for a command's parsed options: the one read for help text when they name
    /// the same folders (as they do unless an option's value looks like an option), since
    /// discovery reads `stepwise.yml` and every command asks for it.
    static func settings(explicit: String?, content: String?, locales: String?) -> ProjectSettings {
        if explicit == value("--project"), content == value("--content"), locales == value("--locales") { return settings }
        return ProjectSettings(explicit: explicit, content: content, locales: locales)
    }

    static let localizer: Localizer = loadLocalizer(layers: settings.layers, requested: value("--locale"))

    private static func value(_ name: String) -> String? {
        let args = CommandLine.arguments
        for (i, a) in args.enumerated() {
            if a == name, i + 1 < args.count { return args[i + 1] }
            if a.hasPrefix(name + "=") { return String(a.dropFirst(name.count + 1)) }
        }
        return nil
    }

    /// The catalogs for `layers` in the language asked for; the ones help text used when the
    /// command's parsed options name the same (as they do unless an option's value looks like
    /// an option), since loading catalogs is most of start-up.
    static func localizer(layers: CatalogLayers, requested: String?) -> Localizer {
        if layers == settings.layers && requested == value("--locale") { return localizer }
        return loadLocalizer(layers: layers, requested: requested)
    }

    private static func loadLocalizer(layers: CatalogLayers, requested: String?) -> Localizer {
        layers.preload()
        let environment = CLI.environment
        do {
            return try Localizer(layers: layers, requested: requested, environment: environment)
        } catch {
            // A catalog that cannot be used: the built-in ones say why, once, and are used instead
            // (the language asked for, else en-US, whose file may be the sound one).
            let builtIn = (try? Localizer(layers: .builtIn(), requested: requested, environment: environment))
                ?? (try? Localizer(layers: .builtIn(), requested: LocaleNegotiation.fallbackLocale, environment: [:]))
            guard let builtIn, builtIn.contains(error.messageKey) else {
                // Without any catalog there are no words: the place, the code and its arguments
                // still say what is wrong, as the missing-catalogs line above does.
                let detail = error.arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                printError(DiagnosticText(localizer: Localizer(catalog: Catalog(locale: "en-US"))).place(error.diagnostic.location)
                           + "error: " + error.messageKey + (detail.isEmpty ? "" : " " + detail))
                return builtIn ?? Localizer(catalog: Catalog(locale: "en-US"))
            }
            printError(DiagnosticText(localizer: builtIn).lines(error.diagnostic))
            return builtIn
        }
    }

    static func text(_ key: String, _ args: [String: String] = [:]) -> String {
        localizer.string(key, args)
    }

    /// Every message to stderr goes through the one display rule: it may quote what the user
    /// typed (an argument, an option, a path), which must not drive the terminal.
    static func printError(_ message: String) {
        WholeWrite.text(DisplaySafeText.cleanLines(message) + "\n", to: STDERR_FILENO)
    }

    /// A command's result on standard output (a report, a graph, an article): a disk that
    /// fills up or a file that cannot grow must not leave a cut-off report behind an exit 0.
    static func printOutput(_ text: String) throws {
        let failure = WholeWrite.text(text, to: STDOUT_FILENO)
        guard failure != 0 else { return }
        let problem = Diagnostic("error.output-unwritable", .error, at: nil, arguments: ["detail": .text(String(cString: strerror(failure)))])
        throw ContentFailure(message: DiagnosticText(localizer: localizer).lines(problem))
    }
}

/// A problem with content (not with how the command was called): exit code 1.
struct ContentFailure: Error {
    var message: String
}
