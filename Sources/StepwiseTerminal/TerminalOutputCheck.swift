/// What Stepwise may send to a terminal, as a check that tests and the fuzzer run on rendered
/// output: a crafted article must not be able to move the cursor, retitle the window, or make
/// a hyperlink open somewhere other than it says.
package enum TerminalOutputCheck {
    /// Plain output: text and newlines only, no C0, DEL or C1 control character. Nil when sound.
    package static func plain(_ text: String) -> String? {
        for scalar in text.unicodeScalars where isControl(scalar) && scalar != "\n" {
            return "control character U+\(hex(scalar)) in plain output"
        }
        return nil
    }

    /// Styled output: besides newlines, only SGR (`ESC [ digits;… m`) and OSC 8 hyperlinks
    /// (`ESC ] 8 ; ; URL ESC \`) whose URL holds no control character. Nil when sound.
    package static func styled(_ text: String) -> String? {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\u{1B}" {
                guard i + 1 < s.count else { return "a lone ESC at the end" }
                if s[i + 1] == "[" {
                    var j = i + 2
                    while j < s.count, ("0"..."9").contains(s[j]) || s[j] == ";" { j += 1 }
                    guard j < s.count, s[j] == "m" else { return "an escape sequence that is not SGR" }
                    i = j + 1
                    continue
                }
                if s[i + 1] == "]" {
                    guard i + 4 < s.count, s[i + 2] == "8", s[i + 3] == ";", s[i + 4] == ";" else { return "an OSC that is not a hyperlink" }
                    var j = i + 5
                    while j < s.count, s[j] != "\u{1B}" {
                        if isControl(s[j]) { return "control character U+\(hex(s[j])) inside a hyperlink" }
                        j += 1
                    }
                    guard j + 1 < s.count, s[j + 1] == "\\" else { return "an unterminated hyperlink" }
                    i = j + 2
                    continue
                }
                return "an unknown escape sequence"
            }
            if isControl(c) && c != "\n" { return "control character U+\(hex(c))" }
            i += 1
        }
        return nil
    }

    /// The targets of every OSC 8 hyperlink opened in `text`, in order.
    package static func hyperlinkTargets(_ text: String) -> [String] {
        var targets: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "\u{1B}]8;;") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "\u{1B}\\") else { break }
            let target = String(rest[..<close.lowerBound])
            if !target.isEmpty { targets.append(target) }
            rest = rest[close.upperBound...]
        }
        return targets
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String { String(scalar.value, radix: 16, uppercase: true) }
}
