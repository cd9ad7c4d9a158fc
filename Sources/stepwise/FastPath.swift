import ArgumentParser

/// The everyday commands (`run`, `show`, `list`, and `export`, which a docs build runs on
/// every change) read without swift-argument-parser.
///
/// That parser finds a command's options by reflection, and each first use of a protocol
/// conformance searches every conformance record of the statically linked binary: it was
/// two fifths of the instructions to a walk's first screen. Plain arguments for these
/// commands are read here into the same command types, with the option names those types
/// declare. Anything else (help, `--version`, completions, an unknown, repeated or
/// abbreviated option, a value that looks like an option, an invalid value, a failing
/// `validate()`) returns nil and goes to swift-argument-parser, so its help text, errors and
/// completions stay the only ones. CLITests checks that both read the same values.
enum FastPath {
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        let command: (any ParsableCommand)?
        switch name {
        case "run": command = run(rest)
        case "show": command = show(rest)
        case "list": command = list(rest)
        case "export": command = export(rest)
        default: command = nil
        }
        // The parser's message for a failed check names the subcommand's usage: it says it.
        guard var command, (try? command.validate()) != nil else { return nil }
        return command
    }

    private static let projectOptions: Set<String> = ["project", "content", "locales"]
    private static let globalOptions = projectOptions.union(["locale"])

    private static func run(_ arguments: ArraySlice<String>) -> RunCommand? {
        guard let scan = Scan(arguments, options: globalOptions.union(["color", "tenant"]), flags: ["resume", "restart"]),
              scan.positionals.count == 1, let color = scan.color else { return nil }
        var command = RunCommand()
        command.global = global(scan)
        command.article = scan.positionals[0]
        command.resume = scan.flags.contains("resume")
        command.restart = scan.flags.contains("restart")
        command.color = color
        var tenant = TenantOptions()
        tenant.tenant = scan.options["tenant"]
        command.tenantOptions = tenant
        return command
    }

    private static func show(_ arguments: ArraySlice<String>) -> ShowCommand? {
        guard let scan = Scan(arguments, options: globalOptions.union(["color", "width"]), flags: []),
              scan.positionals.count == 1, let color = scan.color else { return nil }
        var command = ShowCommand()
        command.global = global(scan)
        command.article = scan.positionals[0]
        if let width = scan.options["width"] {
            guard let number = Int(width) else { return nil }
            command.width = number
        } else {
            command.width = nil
        }
        command.color = color
        return command
    }

    private static func list(_ arguments: ArraySlice<String>) -> ListCommand? {
        guard let scan = Scan(arguments, options: globalOptions, flags: ["json"]), scan.positionals.isEmpty else { return nil }
        var command = ListCommand()
        command.global = global(scan)
        command.json = scan.flags.contains("json")
        return command
    }

    /// One `--locale` at most (it may be repeated, which is left to the parser); `--merge`
    /// takes several values, so it is left to the parser too.
    private static func export(_ arguments: ArraySlice<String>) -> ExportCommand? {
        guard let scan = Scan(arguments, options: projectOptions.union(["out", "locale", "base-url", "templates", "shard"]), flags: ["clean"]),
              scan.positionals.isEmpty else { return nil }
        var command = ExportCommand()
        command.out = scan.options["out"]
        command.locale = scan.options["locale"].map { [$0] } ?? []
        command.baseURL = scan.options["base-url"]
        command.templates = scan.options["templates"]
        command.clean = scan.flags.contains("clean")
        command.shard = scan.options["shard"]
        command.merge = []
        command.projectOptions = project(scan)
        return command
    }

    private static func project(_ scan: Scan) -> ProjectOptions {
        var project = ProjectOptions()
        project.project = scan.options["project"]
        project.content = scan.options["content"]
        project.locales = scan.options["locales"]
        return project
    }

    private static func global(_ scan: Scan) -> GlobalOptions {
        var global = GlobalOptions()
        global.projectOptions = project(scan)
        global.locale = scan.options["locale"]
        return global
    }

    /// Long options (`--name value`, `--name=value`), flags and positional arguments; nil for
    /// anything the parser may read differently.
    private struct Scan {
        var options: [String: String] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []

        init?(_ arguments: ArraySlice<String>, options known: Set<String>, flags knownFlags: Set<String>) {
            var rest = arguments[...]
            while let argument = rest.popFirst() {
                guard argument.hasPrefix("-") else {
                    positionals.append(argument)
                    continue
                }
                guard argument.hasPrefix("--") else { return nil }
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
                if knownFlags.contains(name) {
                    guard inline == nil, flags.insert(name).inserted else { return nil }
                } else if known.contains(name), options[name] == nil {
                    guard let value = inline ?? rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
                    options[name] = value
                } else {
                    return nil
                }
            }
        }

        /// `--color`'s value, `auto` when not given; nil when it names no choice.
        var color: ColorChoice? {
            options["color"].map(ColorChoice.init(rawValue:)) ?? .auto
        }
    }
}
