extension StringProtocol {
    /// Without tabs and space separators at either end, as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` trims, but without its bridge through NSString:
    /// on locale tags and CLDR's samples that bridge was a tenth of every start-up.
    /// (Foundation counts U+200B, the zero-width space, among them.)
    package func trimmingSpacesAndTabs() -> Substring { trimming(isSpaceOrTab) }

    /// Without white space or line breaks at either end (`.whitespacesAndNewlines`).
    package func trimmingWhitespace() -> Substring {
        trimming { s in isSpaceOrTab(s) || ("\n"..."\r").contains(s) || s == "\u{85}" || s == "\u{2028}" || s == "\u{2029}" }
    }

    private func isSpaceOrTab(_ s: Unicode.Scalar) -> Bool {
        s == "\t" || s == "\u{200B}" || s.properties.generalCategory == .spaceSeparator
    }

    /// Trimmed scalar by scalar, as Foundation does: a space before a combining mark is one
    /// Character with it, but only the space is trimmed.
    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> Substring {
        var scalars = Substring(self).unicodeScalars[...]
        while let s = scalars.first, drop(s) { scalars = scalars.dropFirst() }
        while let s = scalars.last, drop(s) { scalars = scalars.dropLast() }
        return Substring(scalars)
    }
}
