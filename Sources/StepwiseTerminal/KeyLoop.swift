import Foundation
import StepwiseArticle
import StepwiseLocale
import StepwiseWizard

/// A terminal: raw keys, no Enter needed, the screen redrawn in place and on resize.
package struct KeyLoop {
    var session: WizardSession
    let terminal: RawTerminal
    let localizer: Localizer
    let color: Bool
    var highlight = 1
    /// What the reader has typed in answer to an action's question; never saved or logged.
    var typed = ""
    /// Which part of a screen taller than the terminal is shown; a new screen starts at its top.
    var viewport = ScreenViewport(rows: 24)
    /// The screen as last drawn, which scrolling moves over.
    var drawn = RenderedScreen(header: [], body: [], footer: [])

    package init(session: WizardSession, terminal: RawTerminal, localizer: Localizer, color: Bool) {
        self.session = session
        self.terminal = terminal
        self.localizer = localizer
        self.color = color
    }

    /// False when the place could not be saved at the end.
    package mutating func run(first: WizardScreen) -> Bool {
        guard terminal.enter() else {
            var lines = LineLoop(session: session, localizer: localizer, width: terminal.size?.columns ?? 80, color: false)
            return lines.run(first: first)
        }
        defer { terminal.restore() }
        var decoder = KeyDecoder()
        var screen = first
        draw(screen)
        while true {
            guard let bytes = terminal.readBytes() else { break }
            if terminal.takeResize() { draw(screen) }
            let keys = bytes.isEmpty ? decoder.flush() : decoder.feed(bytes)
            for key in keys {
                guard let command = command(for: key, on: screen) else { continue }
                screen = session.handle(command)
                // A new screen opens at its top; what a command adds at the bottom (an action's
                // question, the links or help) is shown instead.
                if screen.panel != nil || screen.action?.awaitsAnswer == true { viewport.toBottom() } else { viewport.toTop() }
                if case .choose = command {} else { highlight = 1 }
                if screen.hasQuit {
                    terminal.restore()
                    let renderer = WizardScreenRenderer(localizer: localizer, width: terminal.size?.columns ?? 80, color: false, input: .keys)
                    print(renderer.farewell(screen), terminator: "")
                    return !screen.notices.contains(where: \.isNotSaved)
                }
                draw(screen)
            }
        }
        let notices = session.save()
        terminal.restore()
        let renderer = WizardScreenRenderer(localizer: localizer, width: terminal.size?.columns ?? 80, color: false, input: .keys)
        for notice in notices { WholeWrite.text(renderer.text(for: notice) + "\n", to: STDERR_FILENO) }
        return !notices.contains(where: \.isNotSaved)
    }

    private mutating func command(for key: Key, on screen: WizardScreen) -> WizardCommand? {
        if let action = screen.action, action.awaitsAnswer { return answer(key, on: screen, confirming: action.isConfirming) }
        switch key {
        // Choice 1 is always the plain way on, so Enter without arrows still means next.
        case .enter: return screen.choices.isEmpty ? .next : .choose(highlight)
        case .right: return .next
        case .left, .backspace: return .back
        case .up, .down:
            // Arrows pick among choices, which sit at the bottom of the body, so they are shown;
            // on a screen without choices they scroll it a line.
            if screen.choices.isEmpty {
                viewport.scroll(by: key == .up ? -1 : 1)
            } else {
                highlight = key == .up ? max(1, highlight - 1) : min(screen.choices.count, highlight + 1)
                viewport.toBottom()
            }
            draw(screen)
            return nil
        case .pageUp, .pageDown, .home, .end:
            scroll(key, on: screen)
            return nil
        case .interrupt, .endOfInput: return .quit
        case .escape: return nil
        case .character(let c):
            if let digit = c.wholeNumberValue, digit > 0 { return .choose(digit) }
            // Space pages down while there is more below, then goes on, as in a pager.
            if c == " ", viewport.canScrollDown {
                viewport.scrollPage(drawn, down: true)
                draw(screen)
                return nil
            }
            switch c {
            case "n", " ": return .next
            case "b": return .back
            case "s": return .escape
            case "l": return .links
            case "r": return .restart
            case "q": return .quit
            case "?", "h": return .help
            case "a": return .act
            default: return nil
            }
        }
    }

    /// Keys while an action waits: a small line editor for questions (masked for secrets by
    /// the renderer), y/n for a confirmation. Esc cancels, Ctrl-C quits as everywhere.
    private mutating func answer(_ key: Key, on screen: WizardScreen, confirming: Bool) -> WizardCommand? {
        switch key {
        case .pageUp, .pageDown, .home, .end:
            scroll(key, on: screen)
            return nil
        case .interrupt, .endOfInput:
            typed = ""
            return .quit
        case .escape:
            typed = ""
            return .cancel
        case .enter:
            defer { typed = "" }
            return confirming ? .answer("yes") : .answer(typed)
        case .backspace:
            if !typed.isEmpty { typed.removeLast(); draw(screen) }
            return nil
        case .character(let c):
            if confirming {
                if c == "y" { return .answer("yes") }
                if c == "n" { return .cancel }
                return nil
            }
            // A pasted key arrives as characters too; a bound keeps a runaway paste harmless.
            if typed.count < 200, !c.isNewline { typed.append(c); draw(screen) }
            return nil
        default:
            return nil
        }
    }

    /// PgUp/PgDn a page, Home/End to either end: the same while walking and while answering.
    private mutating func scroll(_ key: Key, on screen: WizardScreen) {
        switch key {
        case .pageUp, .pageDown: viewport.scrollPage(drawn, down: key == .pageDown)
        case .home: viewport.toTop()
        default: viewport.toBottom()
        }
        draw(screen)
    }

    private mutating func draw(_ screen: WizardScreen) {
        let size = terminal.size
        let renderer = WizardScreenRenderer(localizer: localizer, width: size?.columns ?? 80, color: color, input: .keys)
        drawn = renderer.renderParts(screen, highlight: screen.choices.isEmpty ? nil : highlight, typed: typed)
        viewport.rows = size?.rows ?? 24
        let text = viewport.compose(drawn, more: renderer.scrollLine)
        terminal.write("\u{1B}[H\u{1B}[2J" + text + (viewport.leavesARow(drawn) ? "\n" : ""))
    }
}
