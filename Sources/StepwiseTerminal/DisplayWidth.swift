/// Terminal column counts. Wrapping, tables and boxes all measure through here, so a
/// string is never counted one way and printed another.
///
/// Measured per grapheme cluster (`Character`), because that is what a user sees as one
/// letter: "e" + U+0304 is one column, a ZWJ family emoji is two. East Asian Ambiguous
/// characters (box drawing, `•`) count as one column, as in non-CJK locales.
package enum DisplayWidth {
    /// Columns a string takes in a terminal.
    package static func of<S: StringProtocol>(_ string: S) -> Int {
        var total = 0
        for c in string { total += of(c) }
        return total
    }

    /// Columns one grapheme cluster takes: 0, 1 or 2 (more only for odd clusters of
    /// several spacing letters, which terminals also print side by side).
    package static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            // Controls never reach output (see `DisplaySafeText`); they take no column.
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        var wide = false
        var narrow = 0
        var first: Unicode.Scalar?
        for scalar in character.unicodeScalars {
            defer { if first == nil { first = scalar } }
            if scalar.value == 0xFE0F, let base = first, base.properties.isEmoji {
                // VS16 asks for emoji presentation, which terminals draw two columns wide.
                wide = true
                continue
            }
            if isZeroWidth(scalar) { continue }
            if isWide(scalar) { wide = true } else { narrow += 1 }
        }
        return wide ? 2 : narrow
    }

    /// Columns a line the renderer produced takes, skipping its SGR and OSC 8 sequences.
    package static func ofRendered(_ line: String) -> Int {
        of(stripEscapes(line))
    }

    /// Removes CSI (`ESC [ … final`) and OSC (`ESC ] … ST/BEL`) sequences.
    static func stripEscapes(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var it = s.unicodeScalars.makeIterator()
        while let u = it.next() {
            guard u == "\u{1B}" else { out.append(u); continue }
            guard let kind = it.next() else { break }
            if kind == "[" {
                while let c = it.next(), !(0x40...0x7E).contains(c.value) {}
            } else if kind == "]" {
                while let c = it.next() {
                    if c == "\u{07}" { break }
                    if c == "\u{1B}" { _ = it.next(); break }
                }
            }
        }
        return String(out)
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:
            // Hangul medial vowels and final consonants join the leading consonant's cell.
            return true
        case 0x200B:
            return true
        default:
            break
        }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x1100 { return false }
        var lo = 0, hi = eastAsianWideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = eastAsianWideRanges[mid]
            if v < r.lower { hi = mid - 1 } else if v > r.upper { lo = mid + 1 } else { return true }
        }
        return s.properties.isEmojiPresentation
    }
}
