import ArgumentParser

/// Where content and catalogs live, and which language to use.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("content"), help: ArgumentHelp(CLI.text("cli.option.content"), valueName: "dir"))
    var content: String = CLI.checkout + "/Content"

    @Option(name: .customLong("locales"), help: ArgumentHelp(CLI.text("cli.option.locales"), valueName: "dir"))
    var locales: String = CLI.checkout + "/Locales"

    @Option(name: .customLong("locale"), help: ArgumentHelp(CLI.text("cli.option.locale"), valueName: "tag"))
    var locale: String?
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
