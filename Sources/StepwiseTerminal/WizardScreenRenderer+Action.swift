import Foundation
import StepwiseArticle
import StepwiseDomain
import StepwiseWizard

/// The bound-action part of a wizard screen: the offer, questions with their choices, the
/// preview to confirm, and results. Every value is cleaned: results echo tenant data and input.
extension WizardScreenRenderer {
    func actionResult(_ record: ActionRecord) -> String {
        DisplaySafeText.clean((record.succeeded ? "✓ " : "✗ ") + record.message)
    }

    /// `typed`: what the reader has typed so far on a terminal (masked for secrets).
    func actionPanel(_ panel: ActionPanel, typed: String?) -> [String] {
        let l = localizer
        let title = "⚙ " + DisplaySafeText.clean(panel.title)
        let mode = input == .keys ? "keys" : "lines"
        switch panel.stage {
        case .offered:
            return [title + " — " + l.string("wizard.action.offer.\(mode)")]
        case .alreadyDone(let record):
            return [title, l.string("wizard.action.already-done", ["date": ActionText.day(record.at)]), actionResult(record)]
        case .asking(let question):
            var lines = [title, DisplaySafeText.clean(question.prompt)]
            for (i, option) in question.options.enumerated() { lines.append("  \(i + 1)) " + DisplaySafeText.clean(option.label)) }
            if let problem = question.problem { lines.append("! " + DisplaySafeText.clean(problem)) }
            if input == .keys {
                let shown = question.isSecret ? String(repeating: "•", count: typed?.count ?? 0) : DisplaySafeText.clean(typed ?? "")
                lines.append("> " + shown + "▏")
            }
            lines.append(l.string("wizard.action.answer-hint.\(mode)"))
            return lines
        case .confirming(let preview):
            return [title, DisplaySafeText.clean(preview), l.string("wizard.action.confirm.\(mode)")]
        case .failed(let record, let offersEscape):
            var lines = [title, actionResult(record)]
            if offersEscape { lines.append(l.string("wizard.action.escape-offer.\(mode)")) }
            lines.append(l.string("wizard.action.retry.\(mode)"))
            return lines
        }
    }
}
