import Foundation
import StepwiseLocale
import StepwiseArticle

/// What every command shares before its own options are read: the catalogs, for help
/// text and errors. The `--locale` and `--locales` words are looked for in the raw
/// arguments so that help and usage errors already come in the asked language.
enum CLI {
    /// The checkout this binary was built from; `Content/` and `Locales/` default to it.
    static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let localizer: Localizer = {
        let args = CommandLine.arguments
        func value(_ name: String) -> String? {
            for (i, a) in args.enumerated() {
                if a == name, i + 1 < args.count { return args[i + 1] }
                if a.hasPrefix(name + "=") { return String(a.dropFirst(name.count + 1)) }
            }
            return nil
        }
        return loadLocalizer(folder: value("--locales") ?? checkout + "/Locales", requested: value("--locale"))
    }()

    static func loadLocalizer(folder: String, requested: String?) -> Localizer {
        let url = URL(fileURLWithPath: folder)
        do {
            return try Localizer(folder: url, requested: requested, environment: ProcessInfo.processInfo.environment)
        } catch {
            // Without catalogs the keys themselves show, and the reason goes to stderr once.
            printError("\(error)")
            return Localizer(catalog: Catalog(locale: "en-US"))
        }
    }

    static func text(_ key: String, _ args: [String: String] = [:]) -> String {
        localizer.string(key, args)
    }

    /// Every message to stderr goes through the one display rule: it may quote what the user
    /// typed (an argument, an option, a path), which must not drive the terminal.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((DisplaySafeText.cleanLines(message) + "\n").utf8))
    }
}

/// A problem with content (not with how the command was called): exit code 1.
struct ContentFailure: Error {
    var message: String
}
