import StepwiseArticle

extension LayoutEngine {
    /// ```
    /// ┌─ Svarīgi ──────────┐
    /// │ Body, wrapped      │
    /// │ inside the box.    │
    /// └────────────────────┘
    /// ```
    /// The box takes the full width so stacked callouts line up. A title too long for the
    /// top border moves inside; a code line too long for the box runs past the right
    /// border (which is left off that line) rather than being cut.
    mutating func callout(_ c: Callout, width: Int) -> [Line] {
        let inner = max(1, width - 4)
        let look = Theme.callout(c.kind)
        let title = textPieces(strings.calloutTitle(for: c.kind), style: look.title)
        var body = layout(c.children, width: inner)

        var top: Line
        let titleWidth = Wrapper.naturalWidth(title)
        if titleWidth > 0, titleWidth + 2 <= inner {
            let t = Wrapper.wrap(title, width: inner).first ?? []
            top = Glyph.run("┌─", style: look.border) + [Glyph(" ")] + t + [Glyph(" ")]
            top += Glyph.repeated("─", count: inner - titleWidth - 1, style: look.border)
            top.append(Glyph("┐", style: look.border))
        } else {
            top = [Glyph("┌", style: look.border)] + Glyph.repeated("─", count: inner + 2, style: look.border)
            top.append(Glyph("┐", style: look.border))
            let t = Wrapper.wrap(title, width: inner)
            body = t + (t.isEmpty || body.isEmpty ? [] : [[]]) + body
        }

        let side = Glyph("│", style: look.border)
        var out = [top]
        for line in body {
            if line.width <= inner {
                out.append([side, Glyph(" ")] + line.padded(to: inner) + [Glyph(" "), side])
            } else {
                out.append([side, Glyph(" ")] + line)
            }
        }
        var bottom = [Glyph("└", style: look.border)] + Glyph.repeated("─", count: inner + 2, style: look.border)
        bottom.append(Glyph("┘", style: look.border))
        out.append(bottom)
        return out
    }
}
