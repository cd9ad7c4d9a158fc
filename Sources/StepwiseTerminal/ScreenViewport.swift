/// A wizard screen fitted to a terminal: the header (title, task, step counter) and the footer
/// (keys) stay on screen, and the body between them scrolls when it is taller than the rows
/// left. A screen that fits is drawn as it is, so short screens look as they always did.
package struct ScreenViewport: Sendable, Hashable {
    /// First body line shown.
    package private(set) var offset = 0
    /// Asked to show the end of a screen not drawn yet: the next `compose` goes to its bottom.
    private var pinnedToBottom = false
    package var rows: Int
    package private(set) var bodyCount = 0

    package init(rows: Int) { self.rows = rows }

    /// Body rows available beside the header, the footer and the scroll line.
    func visibleRows(header: Int, footer: Int) -> Int { max(1, rows - header - footer - 1) }

    package func overflows(_ screen: RenderedScreen) -> Bool {
        screen.header.count + screen.body.count + screen.footer.count > rows
    }

    /// Whether the screen leaves a row free, so a newline after its last line scrolls nothing away.
    package func leavesARow(_ screen: RenderedScreen) -> Bool {
        screen.header.count + screen.body.count + screen.footer.count < rows
    }

    /// How many body lines a page moves: the visible body, less one line kept for context.
    func page(_ screen: RenderedScreen) -> Int {
        max(1, visibleRows(header: screen.header.count, footer: screen.footer.count) - 1)
    }

    package var canScrollDown: Bool { offset < maxOffset }
    private var maxOffset = 0

    /// Lines to draw (joined with newlines, none after the last, so the terminal never scrolls
    /// the header away), with `more` making the scroll line from the lines above and below.
    package mutating func compose(_ screen: RenderedScreen, more: (_ above: Int, _ below: Int) -> String) -> String {
        bodyCount = screen.body.count
        // A window too short for header, footer and a line of body gets everything, as a
        // terminal without a viewport would: scrolling there would show nothing of the body.
        guard overflows(screen), rows - screen.header.count - screen.footer.count - 1 >= 1 else {
            offset = 0; maxOffset = 0; pinnedToBottom = false
            return (screen.header + screen.body + screen.footer).joined(separator: "\n")
        }
        let visible = visibleRows(header: screen.header.count, footer: screen.footer.count)
        maxOffset = max(0, screen.body.count - visible)
        offset = pinnedToBottom ? maxOffset : min(max(0, offset), maxOffset)
        pinnedToBottom = false
        let shown = screen.body[offset..<min(screen.body.count, offset + visible)]
        let below = screen.body.count - offset - shown.count
        return (screen.header + shown + [more(offset, below)] + screen.footer).joined(separator: "\n")
    }

    package mutating func scroll(by lines: Int) { offset = min(max(0, offset + lines), maxOffset); pinnedToBottom = false }
    package mutating func scrollPage(_ screen: RenderedScreen, down: Bool) { scroll(by: down ? page(screen) : -page(screen)) }
    package mutating func toTop() { offset = 0; pinnedToBottom = false }
    /// To the end of the body; on a screen not drawn yet, to its end once it is.
    package mutating func toBottom() { offset = maxOffset; pinnedToBottom = true }
}

/// A wizard screen drawn as lines, in the three parts a viewport treats differently.
package struct RenderedScreen: Sendable, Hashable {
    package var header: [String]
    package var body: [String]
    package var footer: [String]

    package init(header: [String], body: [String], footer: [String]) {
        self.header = header; self.body = body; self.footer = footer
    }

    package var text: String { (header + body + footer).map { $0 + "\n" }.joined() }
}
