import Foundation
import StepwiseArticle
import StepwiseLocale
import StepwiseWizard


/// Piped input: one command per line, one plain screen per command, so scripts and tests
/// drive the same walk people do. End of input quits with the run saved.
package struct LineLoop {
    var session: WizardSession
    let renderer: WizardScreenRenderer

    package init(session: WizardSession, localizer: Localizer, width: Int, color: Bool) {
        self.session = session
        renderer = WizardScreenRenderer(localizer: localizer, width: width, color: color, input: .lines)
    }

    /// `first`: the opening screen, which carries the start's notices (resumed, fallback…).
    /// False when the place could not be saved at the end (the notice said where and why).
    package mutating func run(first: WizardScreen) -> Bool {
        emit(first)
        var current = first
        while let line = RawTerminal.readLine(secret: current.action?.asksSecret == true) {
            let command = current.action.map { $0.awaitsAnswer } == true
                ? WizardCommand(answerLine: line, confirming: current.action?.isConfirming == true)
                : WizardCommand(line: line)
            let screen = session.handle(command)
            current = screen
            if screen.hasQuit {
                // The reader has seen this screen; say where it went instead of drawing it again.
                print(renderer.farewell(screen), terminator: "")
                return !screen.notices.contains(where: \.isNotSaved)
            }
            emit(screen)
        }
        let notices = session.save()
        for notice in notices { WholeWrite.text(renderer.text(for: notice) + "\n", to: STDERR_FILENO) }
        return !notices.contains(where: \.isNotSaved)
    }

    private func emit(_ screen: WizardScreen) {
        WholeWrite.text(renderer.render(screen) + "\n", to: STDOUT_FILENO)
    }
}
