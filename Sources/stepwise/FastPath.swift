import ArgumentParser

/// The everyday commands (`run`, `show`, `list`, and `export`, which a docs build runs on
/// every change) read without swift-argument-parser.
///
/// That parser finds a command's options by reflection, and each first use of a protocol
/// conformance searches every conformance record of the statically linked binary: it was
/// two fifths of the instructions to a walk's first screen. Plain arguments for these
/// commands are read here, with the option names their command types declare, into the same
/// invocations those types make (`run`, `show` and `list` without building the command
/// types at all: their property wrappers alone cost a quarter of the first screen). Anything
/// else (help, `--version`, completions, an unknown, repeated or abbreviated option, a value
/// that looks like an option, an invalid value, a failing `validate()`) returns nil and goes
/// to swift-argument-parser, so its help text, errors and completions stay the only ones.
/// FastPathTests checks that both read the same values.
enum FastPath {
    static func invocation(_ arguments: [String]) -> (any Invocation)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        let invocation: (any Invocation)?
        switch name {
        case "run": invocation = run(rest)
        case "show": invocation = show(rest)
        case "list": invocation = list(rest)
        case "export": invocation = export(rest)
        default: invocation = nil
        }
        // The parser's message for a failed check names the subcommand's usage: it says it.
        guard let invocation, (try? invocation.validate()) != nil else { return nil }
        return invocation
    }

    private static let projectOptions: Set<String> = ["project", "content", "locales"]
    private static let globalOptions = projectOptions.union(["locale"])

    private static func run(_ arguments: ArraySlice<String>) -> RunInvocation? {
        guard let scan = Scan(arguments, options: globalOptions.union(["color", "tenant"]), flags: ["resume", "restart"]),
              scan.positionals.count == 1, let color = scan.color else { return nil }
        return RunInvocation(global: global(scan), article: scan.positionals[0], resume: scan.flags.contains("resume"),
                             restart: scan.flags.contains("restart"), color: color, tenant: scan.options["tenant"])
    }

    private static func show(_ arguments: ArraySlice<String>) -> ShowInvocation? {
        guard let scan = Scan(arguments, options: globalOptions.union(["color", "width"]), flags: []),
              scan.positionals.count == 1, let color = scan.color else { return nil }
        var width: Int?
        if let given = scan.options["width"] {
            guard let number = Int(given) else { return nil }
            width = number
        }
        return ShowInvocation(global: global(scan), article: scan.positionals[0], width: width, color: color)
    }

    private static func list(_ arguments: ArraySlice<String>) -> ListInvocation? {
        guard let scan = Scan(arguments, options: globalOptions, flags: ["json"]), scan.positionals.isEmpty else { return nil }
        return ListInvocation(global: global(scan), json: scan.flags.contains("json"))
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
        // A wrapper is set whole: reading an unparsed `@OptionGroup` to set one field traps.
        command.projectOptions = ProjectOptions(project(scan))
        return command
    }

    private static func project(_ scan: Scan) -> ProjectChoice {
        ProjectChoice(project: scan.options["project"], content: scan.options["content"], locales: scan.options["locales"])
    }

    private static func global(_ scan: Scan) -> GlobalChoice {
        GlobalChoice(project: project(scan), locale: scan.options["locale"])
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
