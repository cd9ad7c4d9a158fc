import StepwiseDomain
import StepwiseFlow

/// The part of a screen about the step's bound action. Its text is already localized (the
/// session has the catalogs, as actions describe tenant data only they can read).
package struct ActionPanel: Sendable, Hashable {
    package enum Stage: Sendable, Hashable {
        /// The step can be done with the reader: `a` / `do`.
        case offered
        /// It already succeeded in this run; it is not done again.
        case alreadyDone(ActionRecord)
        case asking(ActionQuestion)
        /// A change to the tenant, previewed; `yes` runs it, `no` or `cancel` drops it.
        case confirming(preview: String)
        /// The last attempt failed; `a` tries again. `offersEscape`: the failure is the case the
        /// task's callout sends to support, and `escape` goes there.
        case failed(ActionRecord, offersEscape: Bool)
    }

    package var binding: ActionBinding.Kind
    /// The action's title, or "choose a subscription" for a pick.
    package var title: String
    package var stage: Stage

    package init(binding: ActionBinding.Kind, title: String, stage: Stage) {
        self.binding = binding; self.title = title; self.stage = stage
    }

    /// Whether the front end should read an answer (a line, or keys into a line editor).
    package var awaitsAnswer: Bool {
        switch stage {
        case .asking, .confirming: true
        default: false
        }
    }

    /// The question being asked is for a secret (a product key, a card number).
    package var asksSecret: Bool {
        if case .asking(let question) = stage { return question.isSecret }
        return false
    }

    package var isConfirming: Bool {
        if case .confirming = stage { return true }
        return false
    }
}

package struct ActionQuestion: Sendable, Hashable {
    package var input: InputName
    package var prompt: String
    /// Pickable inputs: what to choose from, answered by number or by id.
    package var options: [InputOption]
    /// The answer is masked while typed and never echoed.
    package var isSecret: Bool
    /// Why the last answer was not taken, when it was not.
    package var problem: String?

    package init(input: InputName, prompt: String, options: [InputOption] = [], isSecret: Bool = false, problem: String? = nil) {
        self.input = input; self.prompt = prompt; self.options = options; self.isSecret = isSecret; self.problem = problem
    }
}
