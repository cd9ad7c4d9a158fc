import Foundation
import StepwiseArticle
import StepwiseWizard

/// The bound-action part of a wizard screen: the offer, questions with their choices, the
/// preview to confirm, and results. Every value is cleaned: results echo tenant data and input.
extension WizardScreenRenderer {
    func actionResult(_ record: ActionRecord) -> String {
        TerminalSanitizer.clean((record.succeeded ? "✓ " : "✗ ") + record.message)
    }

    /// `typed`: what the reader has typed so far on a terminal (masked for secrets).
    func actionPanel(_ panel: ActionPanel, typed: String?) -> [String] {
        let l = localizer
        let title = "⚙ " + TerminalSanitizer.clean(panel.title)
        let mode = input == .keys ? "keys" : "lines"
        switch panel.stage {
        case .offered:
            return [title + " — " + l.string("wizard.action.offer.\(mode)")]
        case .alreadyDone(let record):
            return [title, l.string("wizard.action.already-done", ["date": ActionTime.day(record.at)]), actionResult(record)]
        case .asking(let question):
            var lines = [title, TerminalSanitizer.clean(question.prompt)]
            for (i, option) in question.options.enumerated() { lines.append("  \(i + 1)) " + TerminalSanitizer.clean(option.label)) }
            if let problem = question.problem { lines.append("! " + TerminalSanitizer.clean(problem)) }
            if input == .keys {
                let shown = question.isSecret ? String(repeating: "•", count: typed?.count ?? 0) : TerminalSanitizer.clean(typed ?? "")
                lines.append("> " + shown + "▏")
            }
            lines.append(l.string("wizard.action.answer-hint.\(mode)"))
            return lines
        case .confirming(let preview):
            return [title, TerminalSanitizer.clean(preview), l.string("wizard.action.confirm.\(mode)")]
        case .failed(let record, let offersEscape):
            var lines = [title, actionResult(record)]
            if offersEscape { lines.append(l.string("wizard.action.escape-offer.\(mode)")) }
            lines.append(l.string("wizard.action.retry.\(mode)"))
            return lines
        }
    }
}

/// Dates in action lines are days in UTC, as the tenant keeps them.
enum ActionTime {
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
