import Foundation
import StepwiseWizard
import Testing

@Suite struct CommandTests {
    @Test func pipeLinesBecomeCommands() {
        let cases: [(String, WizardCommand)] = [
            ("", .next), ("   ", .next), ("next", .next), ("n", .next), ("NEXT\r", .next),
            ("back", .back), ("b", .back), ("choose 2", .choose(2)), ("2", .choose(2)), (" 12 ", .choose(12)),
            ("choose  3", .choose(3)), ("0", .choose(0)), ("99999999999999999999999", .choose(Int.max)),
            ("escape", .escape), ("s", .escape), ("links", .links), ("l", .links), ("restart", .restart), ("r", .restart),
            ("quit", .quit), ("q", .quit), ("help", .help), ("?", .help),
            ("choose", .unknown("choose")), ("choose two", .unknown("choose two")), ("-1", .unknown("-1")),
            ("next please", .unknown("next please")), ("nākamais", .unknown("nākamais")), ("2.5", .unknown("2.5")),
        ]
        for (line, command) in cases { #expect(WizardCommand(line: line) == command, "\(line)") }
        let long = WizardCommand(line: String(repeating: "x", count: 500))
        #expect(long == .unknown(String(repeating: "x", count: 80) + "…"))
    }

    @Test func unknownInputKeepsTheScreenAndSaysSo() throws {
        var wizard = try Seed.wizard("lv-LV")
        let before = run(&wizard, [.choose(2), .next])
        let position = wizard.position, history = wizard.history
        let after = wizard.handle(WizardCommand(line: "frobnicate"))
        #expect(after.notices == [.unknownCommand("frobnicate")])
        #expect(after.settled == before)
        #expect(wizard.position == position && wizard.history == history)
    }

    @Test func commandsTheScreenDoesNotOfferAreRefused() throws {
        var wizard = try Seed.wizard("en-US")
        let picker = wizard.screen
        for command: WizardCommand in [.next, .back, .escape] {
            let screen = wizard.handle(command)
            #expect(screen.notices == [.commandUnavailable(command.kind!)])
            #expect(screen.settled == picker)
        }
        #expect(wizard.handle(.choose(0)).notices == [.noSuchChoice(0, count: 3)])
        #expect(wizard.handle(.choose(4)).notices == [.noSuchChoice(4, count: 3)])
        #expect(wizard.handle(.choose(Int.max)).notices == [.noSuchChoice(Int.max, count: 3)])
        #expect(wizard.handle(.links).notices == [.commandUnavailable(.links)])
        #expect(wizard.history.isEmpty)

        let step2 = run(&wizard, [.choose(2), .next])
        #expect(step2.links.isEmpty && step2.choices.isEmpty)
        #expect(wizard.handle(.links).notices == [.commandUnavailable(.links)])
        #expect(wizard.handle(.escape).notices == [.commandUnavailable(.escape)])
        #expect(wizard.handle(.choose(1)).notices == [.commandUnavailable(.choose)])

        let end = run(&wizard, [.next, .next, .next, .next])
        #expect(end.kind == .end)
        #expect(wizard.handle(.next).notices == [.commandUnavailable(.next)])
    }

    @Test func linksHelpAndQuitAreTransient() throws {
        var wizard = try Seed.wizard("en-US")
        let step = wizard.handle(.choose(1))
        let links = wizard.handle(.links)
        #expect(links.panel == .links)
        #expect(links.links.map(\.url) == ["https://docs.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users"])
        #expect(links.settled == step)
        let help = wizard.handle(.help)
        #expect(help.panel == .help && help.settled == step)
        let quit = wizard.handle(.quit)
        #expect(quit.hasQuit && quit.settled == step)
        #expect(wizard.handle(.next).panel == nil)
    }
}

/// Lines typed while an action waits for an answer.
@Suite struct AnswerLineTests {
    @Test func wordsAndAnswers() {
        #expect(WizardCommand(answerLine: " Cancel ", confirming: false) == .cancel)
        #expect(WizardCommand(answerLine: "quit", confirming: false) == .quit)
        #expect(WizardCommand(answerLine: "sub-2", confirming: false) == .answer("sub-2"))
        #expect(WizardCommand(answerLine: "next", confirming: false) == .answer("next"))
        #expect(WizardCommand(answerLine: "Y", confirming: true) == .answer("yes"))
        #expect(WizardCommand(answerLine: "no", confirming: true) == .cancel)
        #expect(WizardCommand(answerLine: "maybe", confirming: true) == .unknown("maybe"))
    }

    /// A key or card number typed at the wrong moment is echoed masked in the notice.
    @Test func secretsInUnknownCommandsAreMasked() {
        #expect(WizardCommand(line: "TRY24-DMB6K-7HQPW-XC3FJ-9GVR8") == .unknown("•••••-•••••-•••••-•••••-9GVR8"))
        #expect(WizardCommand(line: "4242 4242 4242 4242") == .unknown("•••• 4242"))
        #expect(WizardCommand(answerLine: "TRY24-DMB6K-7HQPW-XC3FJ-9GVR8", confirming: true) == .unknown("•••••-•••••-•••••-•••••-9GVR8"))
        #expect(WizardCommand(line: "hello") == .unknown("hello"))
    }
}
