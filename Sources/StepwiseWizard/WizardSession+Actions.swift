import Foundation
import StepwiseDomain
import StepwiseFlow

/// Bound steps in a walk: `act` opens the step's action, answers fill its inputs, a change to
/// the tenant is previewed and confirmed, the result is recorded in the run and the walk goes on.
extension WizardSession {
    /// Handles the commands that belong to actions; nil for the walk's own commands.
    mutating func handleAction(_ command: WizardCommand) -> WizardScreen? {
        if dialog != nil {
            switch command {
            case .answer(let text): return answer(text)
            case .cancel:
                dialog = nil
                return screen
            case .quit, .help, .unknown:
                // Quitting leaves the action undone; nothing half-done is stored.
                if command == .quit { dialog = nil }
                return nil
            default:
                var screen = self.screen
                screen.notices.append(.finishActionFirst)
                return screen
            }
        }
        switch command {
        case .act: return act()
        case .answer, .cancel: return unavailableAction()
        case .escape where wizard.escapeEdge == nil && failure?.offersEscape == true:
            guard let moved = wizard.followTaskEscape() else { return nil }
            return decorate(moved)
        default: return nil
        }
    }

    private func unavailableAction() -> WizardScreen {
        var screen = self.screen
        screen.notices.append(.commandUnavailable(.act))
        return screen
    }

    private mutating func act() -> WizardScreen {
        guard let host, let binding = wizard.currentBinding else { return unavailableAction() }
        let location = wizard.currentLocation
        if let done = doneRecord(binding, at: location) {
            var screen = self.screen
            screen.action = ActionPanel(binding: binding, title: host.title(binding), stage: .alreadyDone(done))
            return screen
        }
        let task = wizard.currentNode?.task
        var picked: [InputName: String] = [:]
        // A retry after a failure asks every input again: the picks may be what failed.
        let retry = failure?.location == location
        for input in InputName.allCases where !retry {
            if let value = picks[Self.pickKey(slug: location.slug, task: task, input: input)] { picked[input] = value }
        }
        dialog = ActionDialog(binding: binding, location: location, task: task, picked: picked)
        failure = nil
        return proceed(host)
    }

    private mutating func answer(_ text: String) -> WizardScreen {
        guard let host, var current = dialog else { return unavailableAction() }
        if current.pending != nil {
            return text == "yes" ? run(host) : screen
        }
        guard let question = current.question else { return proceed(host) }
        switch current.resolve(text, for: question, text: host.text, now: host.clock()) {
        case .rejected(let problem):
            current.question?.problem = problem
            dialog = current
            return screen
        case .value(let value):
            if question.input == .paymentMethod && value == ActionDialog.newCard {
                current.queue.insert(contentsOf: [.cardNumber, .expiry], at: 0)
            } else {
                current.values[question.input] = value
                current.chosenLabel = question.options.first { $0.value == value }?.label
            }
            current.question = nil
            dialog = current
            return proceed(host)
        }
    }

    /// Asks the next input, or previews, or runs, or records a pick.
    private mutating func proceed(_ host: ActionHost) -> WizardScreen {
        guard var current = dialog else { return screen }
        if !current.queue.isEmpty {
            let input = current.queue.removeFirst()
            var options: [InputOption] = []
            if input.isPickable {
                do {
                    options = host.text.options(for: input, in: try host.runner.store.load())
                } catch {
                    return fail(host, code: ActionErrorCode.of(error), message: host.text.describe(error, storePath: host.tenant))
                }
                if input == .paymentMethod {
                    options.append(InputOption(value: ActionDialog.newCard, label: host.text.text("action.dialog.new-card")))
                }
            }
            current.question = ActionQuestion(input: input, prompt: host.text.prompt(input), options: options, isSecret: input.isSecret)
            dialog = current
            return screen
        }
        guard let action = current.actionName else { return recordPick(host) }
        let request: ActionRequest
        do {
            request = try ActionRequest(action: action.rawValue, values: Dictionary(uniqueKeysWithValues: current.values.map { ($0.key.rawValue, $0.value) }))
        } catch {
            return fail(host, code: ActionErrorCode.of(error), message: host.text.describe(error))
        }
        guard action.changesTenant else {
            current.pending = (request, "")
            dialog = current
            return run(host)
        }
        do {
            let preview = try host.runner.run(request, dryRun: true, now: host.clock())
            current.pending = (request, host.text.message(for: preview))
            dialog = current
            return screen
        } catch {
            return fail(host, code: ActionErrorCode.of(error), message: host.text.describe(error, storePath: host.tenant))
        }
    }

    private mutating func run(_ host: ActionHost) -> WizardScreen {
        guard let current = dialog, let (request, _) = current.pending else { return screen }
        do {
            let result = try host.runner.run(request, now: host.clock())
            for (input, value) in result.values where input.isPickable && !value.isEmpty {
                picks[Self.pickKey(slug: current.location.slug, task: current.task, input: input)] = value
            }
            if case .pick(let name) = current.binding, let input = InputName(rawValue: name), let made = result.values[input] {
                picks[Self.pickKey(slug: current.location.slug, task: current.task, input: input)] = made
            }
            return succeed(host, name: current.binding.name, message: host.text.message(for: result))
        } catch {
            return fail(host, code: ActionErrorCode.of(error), message: host.text.describe(error, storePath: host.tenant))
        }
    }

    private mutating func recordPick(_ host: ActionHost) -> WizardScreen {
        guard let current = dialog, case .pick(let name) = current.binding, let input = InputName(rawValue: name),
              let value = current.values[input] else { dialog = nil; return screen }
        picks[Self.pickKey(slug: current.location.slug, task: current.task, input: input)] = value
        let label = current.chosenLabel ?? value
        return succeed(host, name: name, message: host.text.text("action.dialog.picked", ["choice": label]))
    }

    /// Records the success and goes on to the next step, which shows the result.
    private mutating func succeed(_ host: ActionHost, name: String, message: String) -> WizardScreen {
        guard let current = dialog else { return screen }
        let record = ActionRecord(slug: current.location.slug, node: current.location.node, name: name,
                                  isPick: current.binding.isPick, succeeded: true, message: message, at: host.clock())
        records.append(record)
        dialog = nil
        let moved = wizard.advance()
        var screen = moved.map { decorate($0) } ?? self.screen
        screen.actionResult = record
        return screen
    }

    private mutating func fail(_ host: ActionHost, code: String, message: String) -> WizardScreen {
        guard let current = dialog else { return screen }
        // Only successes are kept in the run (they stop a repeat); a failure is shown while the
        // walk stays on its step.
        let record = ActionRecord(slug: current.location.slug, node: current.location.node, name: current.binding.name,
                                  isPick: current.binding.isPick, succeeded: false, code: code, message: message, at: host.clock())
        dialog = nil
        // Deleted subscriptions are the case the task's callout sends to support.
        failure = (current.location, record, code == "subscription-deleted" && wizard.taskEscapeEdge != nil)
        return screen
    }

    /// The success that makes a step's change to the tenant done for this run. Picks and
    /// read-only actions can always be done again.
    func doneRecord(_ binding: ActionBinding.Kind, at location: WizardLocation) -> ActionRecord? {
        guard case .action(let name) = binding, ActionName(rawValue: name)?.changesTenant == true else { return nil }
        return records.last { $0.slug == location.slug && $0.node == location.node && $0.name == name && $0.succeeded }
    }

    /// Picks are kept per task: a subscription chosen to reactivate is not the one a license
    /// goes on in another task.
    static func pickKey(slug: String, task: String?, input: InputName) -> String {
        "\(slug)/\(task ?? "")/\(input.rawValue)"
    }

    /// The walk's screen with the step's action panel and, after a failure that leads to
    /// support, the task's way out.
    func decorate(_ base: WizardScreen) -> WizardScreen {
        var screen = base
        guard let host, let binding = wizard.currentBinding, !base.hasQuit else { return screen }
        let location = wizard.currentLocation
        let title = host.title(binding)
        if let dialog, dialog.location == location {
            if let pending = dialog.pending {
                screen.action = ActionPanel(binding: binding, title: title, stage: .confirming(preview: pending.preview))
            } else if let question = dialog.question {
                screen.action = ActionPanel(binding: binding, title: title, stage: .asking(question))
            }
            screen.commands = [.quit]
            return screen
        }
        if let failure, failure.location == location {
            screen.action = ActionPanel(binding: binding, title: title, stage: .failed(failure.record, offersEscape: failure.offersEscape))
            if failure.offersEscape, screen.escape == nil, let edge = wizard.taskEscapeEdge {
                screen.escape = WizardChoice(number: 0, kind: .escape, label: edge.label, target: edge.to)
                screen.commands.append(.escape)
            }
        } else if let done = doneRecord(binding, at: location) {
            screen.action = ActionPanel(binding: binding, title: title, stage: .alreadyDone(done))
        } else {
            screen.action = ActionPanel(binding: binding, title: title, stage: .offered)
        }
        if case .alreadyDone = screen.action?.stage {} else { screen.commands.append(.act) }
        screen.commands.sort { WizardCommandKind.allCases.firstIndex(of: $0)! < WizardCommandKind.allCases.firstIndex(of: $1)! }
        return screen
    }
}
