import ArgumentParser
import Foundation
import StepwiseArticle

@main
struct Stepwise: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "stepwise",
            abstract: CLI.text("cli.abstract"),
            discussion: CLI.text("cli.discussion"),
            version: version,
            subcommands: [InitCommand.self, RunCommand.self, ListCommand.self, ShowCommand.self, GraphCommand.self, CheckCommand.self, ExportCommand.self, TenantCommand.self, DoCommand.self]
        )
    }

    /// The release this binary is; `stepwise --version` prints it.
    static let version = "0.13.0"

    /// Exit codes are part of the interface: 0 success, 1 a content problem, 2 a usage error.
    static func main() {
        do {
            if let invocation = FastPath.invocation(Array(CommandLine.arguments.dropFirst())) {
                try invocation.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let failure as ContentFailure {
            CLI.printError(failure.message)
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            // swift-argument-parser's messages quote the arguments as typed ("Unknown option
            // …"): they go through the display rule like every other message.
            if code == .success {
                print(DisplaySafeText.cleanLines(fullMessage(for: error)))
                Foundation.exit(0)
            }
            // A bare ExitCode comes after the command printed its own errors: nothing to add.
            let message = fullMessage(for: error)
            if !message.isEmpty { CLI.printError(message) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
