import Foundation
import StepwiseDomain

/// What the reader asks the wizard to do. Front ends map keys (raw mode) or lines (pipe mode)
/// to these; the wizard never sees keys or text.
package enum WizardCommand: Sendable, Hashable {
    case next
    case back
    /// 1-based, as printed next to each way on.
    case choose(Int)
    case escape
    case links
    case restart
    case quit
    case help
    /// Do the step's bound action (`a`, `do`).
    case act
    /// An answer to the open action's question or confirmation.
    case answer(String)
    /// Drop the open action.
    case cancel
    /// Input no command matched; the wizard answers with the same screen and a notice.
    case unknown(String)

    package var kind: WizardCommandKind? {
        switch self {
        case .next: .next
        case .back: .back
        case .choose: .choose
        case .escape: .escape
        case .links: .links
        case .restart: .restart
        case .quit: .quit
        case .help: .help
        case .act: .act
        case .answer, .cancel: nil
        case .unknown: nil
        }
    }

    /// The pipe-mode command words, which are a protocol for scripts and tests rather than
    /// interface text, so they are the same in every language: `next` or an empty line, `back`,
    /// `choose 2` or `2`, `escape`, `links`, `restart`, `quit`, `help`, and the raw-mode keys
    /// `n b s l r q ? a` as one-letter lines, and `do` (or `a`) for the step's action.
    package init(line: String) {
        let words = line.split(whereSeparator: { $0.isWhitespace }).map { $0.lowercased() }
        switch words.count {
        case 0:
            self = .next
        case 1:
            if let number = Self.number(words[0]) { self = .choose(number); return }
            switch words[0] {
            case "next", "n": self = .next
            case "back", "b": self = .back
            case "escape", "s": self = .escape
            case "links", "l": self = .links
            case "restart", "r": self = .restart
            case "quit", "q": self = .quit
            case "help", "?": self = .help
            case "do", "a": self = .act
            default: self = .unknown(Self.shortened(line))
            }
        case 2 where words[0] == "choose":
            self = Self.number(words[1]).map(WizardCommand.choose) ?? .unknown(Self.shortened(line))
        default:
            self = .unknown(Self.shortened(line))
        }
    }

    private static func number(_ word: String) -> Int? {
        guard !word.isEmpty, word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // Past Int's range it is still a number the reader typed: no such choice, not an unknown word.
        return Int(word) ?? Int.max
    }

    /// The notice echoes the input; a pasted page must not become a page of notice.
    static func shortened(_ line: String) -> String {
        let trimmed = SecretMask.masked(line.trimmingCharacters(in: .whitespacesAndNewlines))
        return trimmed.count > 80 ? String(trimmed.prefix(80)) + "…" : trimmed
    }
}

/// A command without its argument: what a screen offers and what a notice refers to.
package enum WizardCommandKind: String, Sendable, Hashable, Codable, CaseIterable {
    case next, back, choose, escape, links, restart, quit, help, act
}

extension WizardCommand {
    /// A line typed while an action waits for an answer: `cancel` drops it, `quit` quits (no
    /// id, key or card number is either word), a confirmation takes `yes`/`y` or `no`/`n`,
    /// anything else is the answer. Pipe-mode words, as above.
    package init(answerLine line: String, confirming: Bool) {
        let word = line.trimmingCharacters(in: .whitespaces).lowercased()
        if word == "cancel" { self = .cancel; return }
        if word == "quit" { self = .quit; return }
        if confirming {
            switch word {
            case "yes", "y": self = .answer("yes")
            case "no", "n": self = .cancel
            default: self = .unknown(Self.shortened(line))
            }
            return
        }
        self = .answer(line)
    }
}
