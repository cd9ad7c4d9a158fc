import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale
import StepwiseWizard

/// Draws one wizard screen as text. The same layout serves a terminal (keys in the footer,
/// styling, a highlighted choice) and a pipe (commands in the footer, plain text), so
/// scripts see what people see.
package struct WizardScreenRenderer: Sendable {
    package enum Input: Sendable { case keys, lines }

    package var localizer: Localizer
    package var article: ArticleRenderer
    package var input: Input

    package init(localizer: Localizer, width: Int, color: Bool, input: Input) {
        self.localizer = localizer
        self.input = input
        article = ArticleRenderer(width: width, color: color, links: color ? .hyperlinks : .footnotes,
                                  strings: RenderStrings(localizer: localizer))
    }

    /// `highlight`: the 1-based choice the arrow keys point at, on a terminal.
    package func render(_ screen: WizardScreen, highlight: Int? = nil, typed: String? = nil) -> String {
        renderParts(screen, highlight: highlight, typed: typed).text
    }

    /// The screen as header (title, task, counter), body and footer (keys), for a viewport
    /// that keeps the first and last in place.
    package func renderParts(_ screen: WizardScreen, highlight: Int? = nil, typed: String? = nil) -> RenderedScreen {
        let l = localizer
        var out = ""
        func line(_ s: String = "") { out += s + "\n" }
        func paragraph(_ s: String) { out += article.render(inlines: [.text(Text(s, range: .unknown))]) }
        let rule = String(repeating: "─", count: max(10, min(article.width, 60)))

        out += article.render([.heading(Heading(level: 1, anchor: nil, inlines: [.text(Text(screen.article.title, range: .unknown))], range: .unknown))])
        if let task = screen.task {
            let title = (task.group.map { $0 + " › " } ?? "") + task.title
            paragraph(l.string("wizard.task-counter", ["number": String(task.number), "count": String(task.count)]) + " · " + title)
        }
        if let p = screen.progress {
            paragraph(l.plural("flow.step-counter", count: p.count, ["number": String(p.number)]))
        }
        line(rule)
        let header = out
        out = ""
        for notice in screen.notices {
            // `next` on the end screen: there is nothing to choose there either.
            if screen.kind == .end, notice == .commandUnavailable(.next) {
                paragraph("! " + l.string("wizard.notice.at-end"))
            } else {
                paragraph("! " + text(for: notice))
            }
        }
        if let result = screen.actionResult { paragraph(actionResult(result)) }
        if let back = screen.returnPoints.first {
            paragraph(l.string("wizard.return-to", ["article": back.articleTitle, "number": back.stepNumber.map(String.init) ?? "–"]))
        }
        if let intro = screen.intro, !intro.blocks.isEmpty {
            out += article.render(intro.blocks)
            line()
        }
        switch screen.kind {
        case .choice:
            paragraph(l.string("flow.choose-task"))
        case .step, .info:
            out += article.render(screen.blocks)
        case .link:
            paragraph(l.string("wizard.link.open"))
            for link in screen.links.prefix(1) { line("  " + DisplaySafeText.clean(link.url)) }
        case .end:
            paragraph(l.string("flow.end"))
            if let summary = screen.summary {
                line()
                paragraph(l.string("wizard.end.path-heading"))
                let walked = summary.path.filter { $0.kind == .step || $0.kind == .info || $0.kind == .closing }
                for place in walked {
                    let counter = place.stepNumber.map { l.plural("flow.step-counter", count: place.stepCount ?? $0, ["number": String($0)]) }
                    let where_ = [place.taskTitle, counter].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
                    // A step is recalled whole; an info or closing node, which can be long, by its first line.
                    let text = place.kind == .step ? place.text : String(place.text.prefix { $0 != "\n" })
                    out += article.render(inlines: [.text(Text("• \(where_): \(text)", range: .unknown))], indent: 2)
                }
                if !summary.references.isEmpty {
                    line()
                    paragraph(l.string("wizard.end.references-heading"))
                    for ref in summary.references { line("  " + DisplaySafeText.clean(ref.text) + " — " + DisplaySafeText.clean(ref.url)) }
                }
                for section in summary.sections {
                    line()
                    paragraph(section.title)
                    for ref in section.links { line("  " + DisplaySafeText.clean(ref.text) + " — " + DisplaySafeText.clean(ref.url)) }
                }
            }
        }
        if !screen.choices.isEmpty {
            line()
            for choice in screen.choices {
                let marker = input == .keys && highlight == choice.number ? "›" : " "
                out += hanging("\(marker) \(choice.number)) ", label(for: choice, on: screen))
            }
        }
        if let action = screen.action {
            line()
            for text in actionPanel(action, typed: typed) { paragraph(text) }
        }
        switch screen.panel {
        case .links?:
            line()
            paragraph(l.string("show.links-heading"))
            if screen.links.isEmpty { paragraph("  " + l.string("wizard.links.none")) }
            for (i, link) in screen.links.enumerated() {
                line("  [\(i + 1)] " + DisplaySafeText.clean(link.text) + " — " + DisplaySafeText.clean(link.url))
            }
        case .help?:
            line()
            for kind in WizardCommandKind.allCases { paragraph("  " + l.string("wizard.help-line", ["label": keyLabel(kind), "description": l.string("wizard.help.\(kind.rawValue)")])) }
        case nil:
            break
        }
        let body = out
        out = ""
        line(rule)
        paragraph(screen.commands.map(keyLabel).joined(separator: " · "))
        return RenderedScreen(header: Self.lines(header), body: Self.lines(body), footer: Self.lines(out))
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The line between a scrolled body and the footer: what is above and below, and the keys.
    package func scrollLine(above: Int, below: Int) -> String {
        let l = localizer
        var parts: [String] = []
        if above > 0 { parts.append(l.plural("wizard.scroll.above", count: above)) }
        if below > 0 { parts.append(l.plural("wizard.scroll.below", count: below)) }
        parts.append(l.string("wizard.scroll.keys"))
        return article.render(inlines: [.text(Text(parts.joined(separator: " · "), range: .unknown))])
            .split(separator: "\n").first.map(String.init) ?? ""
    }

    /// `prefix` then `text` wrapped under the text's first column, so a long choice label's
    /// later lines stand clear of its number.
    private func hanging(_ prefix: String, _ text: String) -> String {
        let width = prefix.count
        let body = article.render(inlines: [.text(Text(text, range: .unknown))], indent: width)
        guard body.hasPrefix(String(repeating: " ", count: width)) else { return prefix + body + (body.hasSuffix("\n") ? "" : "\n") }
        // A String, not the Substring: `String + Substring` is the generic `+`.
        return prefix + String(body.dropFirst(width))
    }

    private func keyLabel(_ kind: WizardCommandKind) -> String {
        localizer.string(input == .keys ? "wizard.key.\(kind.rawValue)" : "wizard.command.\(kind.rawValue)")
    }

    private func label(for choice: WizardChoice, on screen: WizardScreen) -> String {
        let l = localizer
        switch choice.kind {
        case .task:
            let steps = choice.stepCount.map { $0 > 0 ? " (" + l.plural("list.steps", count: $0) + ")" : "" } ?? ""
            return (choice.label ?? "") + steps
        case .next:
            // Leaving an entered article is the way on that leads to its end.
            if let back = screen.returnPoints.first, choice.target == "end" {
                return l.string("wizard.choice.return", ["article": back.articleTitle])
            }
            return l.string("wizard.choice.next")
        case .jump:
            return l.string("wizard.choice.jump", ["label": choice.label ?? ""])
        case .escape:
            return l.string("flow.escape-label") + (choice.label.map { " — " + $0 } ?? "")
        }
    }

    /// What is printed when the reader quits: the quit's notices, then, unless saving failed,
    /// that the place is kept.
    package func farewell(_ screen: WizardScreen) -> String {
        var out = screen.notices.map { text(for: $0) + "\n" }.joined()
        let failed = screen.notices.contains(where: \.isNotSaved)
        if !failed { out += localizer.string("wizard.saved") + "\n" }
        return out
    }

    /// Why a file could not be written, in the reader's language where the catalog says it.
    private func reason(_ code: Int32) -> String {
        if code == 0 { return localizer.string("error.detail.unknown") }
        return SystemReason.key(errno: code).map { localizer.string("error.detail." + $0) } ?? String(cString: strerror(code))
    }

    /// A notice as one line; every value in it is cleaned, since some come from the article.
    package func text(for notice: WizardNotice) -> String {
        DisplaySafeText.clean(rawText(for: notice))
    }

    private func rawText(for notice: WizardNotice) -> String {
        let l = localizer
        switch notice {
        case .localeFallback(let asked, let used): return l.string("wizard.notice.locale-fallback", ["asked": asked, "used": used])
        case .articleChanged(let slug, let restarted):
            return l.string(restarted ? "wizard.notice.article-changed-restarted" : "wizard.notice.article-changed-resumed", ["article": slug])
        case .resumed: return l.string("wizard.notice.resumed")
        case .corruptStateMovedAside(let path): return l.string("wizard.notice.corrupt-state-moved-aside", ["path": path])
        case .corruptStateIgnored(let path): return l.string("wizard.notice.corrupt-state-ignored", ["path": path])
        case .unknownCommand(let command): return l.string("wizard.notice.unknown-command", ["command": DisplaySafeText.clean(command)])
        case .commandUnavailable(let kind): return l.string("wizard.notice.command-unavailable.\(kind.rawValue)")
        case .noSuchChoice(_, let count):
            // Exactly one choice reads differently; "one" in Latvian also covers 21, 31…
            return count == 1 ? l.string("wizard.notice.no-such-choice-single") : l.plural("wizard.notice.no-such-choice", count: count)
        case .articleUnavailable(let slug): return l.string("wizard.notice.article-unavailable", ["article": slug])
        case .articleProblem(let problem): return DiagnosticText(localizer: l).lines(problem.diagnostic(.warning))
        case .articleAlreadyOpen(let slug): return l.string("wizard.notice.article-already-open", ["article": slug])
        case .notSaved(let path, let code): return l.string("wizard.notice.not-saved", ["path": path, "reason": reason(code)])
        case .finishActionFirst: return l.string("wizard.notice.finish-action-first")
        }
    }
}
