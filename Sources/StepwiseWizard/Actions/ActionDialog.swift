import Foundation
import StepwiseDomain
import StepwiseFlow

/// One bound step being done: the inputs gathered so far, what is still to ask, and, for a
/// change to the tenant, the checked request waiting for confirmation. Secrets typed here live
/// only in this value, never in the saved run.
struct ActionDialog: Sendable {
    let binding: ActionBinding.Kind
    let location: WizardLocation
    let task: String?
    var values: [InputName: String]
    var queue: [InputName]
    var question: ActionQuestion?
    var pending: (request: ActionRequest, preview: String)?
    /// How the last picked option was described, for the "Chosen: …" result.
    var chosenLabel: String?

    /// The option value that stands for "a new card" among payment methods.
    static let newCard = "new"

    init(binding: ActionBinding.Kind, location: WizardLocation, task: String?, picked: [InputName: String]) {
        self.binding = binding
        self.location = location
        self.task = task
        switch binding {
        case .pick(let name):
            values = [:]
            queue = InputName(rawValue: name).map { [$0] } ?? []
        case .action(let name):
            let action = ActionName(rawValue: name)
            let accepted = Set(action?.inputs ?? [])
            let known = picked.filter { accepted.contains($0.key) }
            values = known
            queue = Self.asked(for: action).filter { known[$0] == nil }
        }
    }

    /// What a dialog asks for each action; card inputs come in only when a new card is chosen.
    static func asked(for action: ActionName?) -> [InputName] {
        switch action {
        case .subscriptionReactivate: [.subscription, .paymentMethod]
        case .paymentMethodAdd: [.cardNumber, .expiry]
        case .productKeyRedeem: [.key]
        case .licenseAssign: [.user, .subscription]
        case .appsList: [.user]
        case .subscriptionsList, nil: []
        }
    }

    /// The action's name, or for a pick the action that makes what is picked (a new card).
    var actionName: ActionName? {
        switch binding {
        case .action(let name): ActionName(rawValue: name)
        case .pick: values[.cardNumber] != nil ? .paymentMethodAdd : nil
        }
    }

    enum Answer {
        case value(String)
        case rejected(String)
    }

    /// Takes the answer to `question`: the value it stands for, or why it was not taken.
    func resolve(_ answer: String, for question: ActionQuestion, text: ActionText, now: Date) -> Answer {
        let trimmed = answer.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .rejected(text.text("action.dialog.empty")) }
        if !question.options.isEmpty {
            if let number = Int(trimmed), number >= 1, number <= question.options.count {
                return .value(question.options[number - 1].value)
            }
            let wanted = trimmed.lowercased()
            if let option = question.options.first(where: { $0.value.lowercased() == wanted || $0.aliases.contains { $0.lowercased() == wanted } }) {
                return .value(option.value)
            }
            return .rejected(text.text("action.dialog.no-such-option", ["count": String(question.options.count)]))
        }
        do {
            try question.input.check(trimmed, now: now)
        } catch {
            return .rejected(text.describe(error))
        }
        return .value(trimmed)
    }
}
