import ArgumentParser
import Foundation
import StepwiseDomain
import StepwiseWizard

struct DoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "do", abstract: CLI.text("cli.do.abstract"), discussion: CLI.text("cli.do.discussion"))
    }

    static let actor = "stepwise-cli"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var tenantOptions: TenantOptions

    @Argument(help: ArgumentHelp(CLI.text("cli.do.action"), valueName: "action"))
    var action: String

    @Option(name: .customLong("input"), help: ArgumentHelp(CLI.text("cli.do.input"), valueName: "name=value"))
    var inputs: [String] = []

    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.do.yes")))
    var yes = false

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLI.text("cli.do.dry-run")))
    var dryRun = false

    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.do.json")))
    var json = false

    func run() throws {
        let ctx = TenantContext(global: global, tenant: tenantOptions)
        var values: [String: String] = [:]
        for input in inputs {
            guard let eq = input.firstIndex(of: "="), eq != input.startIndex else {
                // The value may be a product key or card number given without its name: never echoed.
                throw usage(ctx.text("action.usage.bad-input", ["input": SecretMask.masked(input, mayBeSecret: true)]), code: "bad-input", ctx)
            }
            values[String(input[..<eq])] = String(input[input.index(after: eq)...])
        }
        let request: ActionRequest
        do {
            request = try ActionRequest(action: action, values: values)
        } catch {
            throw usage(ctx.actions.describe(error), code: ActionErrorCode.of(error), ctx)
        }
        if request.action.changesTenant && !dryRun && !yes {
            throw usage(ctx.text("action.usage.confirm"), code: "confirm-needed", ctx)
        }
        do {
            let runner = ActionRunner(store: try SQLiteTenantStore(path: ctx.path), actor: Self.actor)
            let result = try runner.run(request, dryRun: dryRun)
            report(ok: true, message: ctx.actions.message(for: result), code: nil, ctx)
        } catch {
            report(ok: false, message: ctx.describe(error), code: ActionErrorCode.of(error), ctx)
            throw ExitCode(1)
        }
    }

    /// A usage error (exit 2): with `--json`, as JSON on stdout like every other answer.
    private func usage(_ message: String, code: String, _ ctx: TenantContext) -> any Error {
        guard json else { return ValidationError(message) }
        report(ok: false, message: message, code: code, ctx)
        return ExitCode(2)
    }

    private func report(ok: Bool, message: String, code: String?, _ ctx: TenantContext) {
        if json {
            TenantContext.printJSON(.object([("ok", .bool(ok)), ("action", .string(action)), ("message", .string(message)), ("error", .optional(code))]))
        } else if ok {
            print(message)
        } else {
            CLI.printError(ctx.prefixed(message))
        }
    }
}
