import Foundation
import Testing
@testable import StepwiseLocale

/// The trimming that replaced Foundation's must trim what Foundation trims, scalar by scalar.
@Suite struct TrimmingTests {
    static let samples = [
        "", " ", "\t", "  en-US  ", "\u{A0}lv\u{3000}", " \u{301}en", "en \u{301}", "\n lv \r\n", "\u{85}x\u{2028}", "\u{2029}\u{B}\u{C}y\u{1680}",
        "\u{200B}z\u{200B}", "a b", "\u{FEFF}q", "\t\u{2000}\u{200A}\u{202F}\u{205F}w",
    ]

    @Test(arguments: samples) func sameAsFoundation(_ text: String) {
        #expect(String(text.trimmingSpacesAndTabs()) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        #expect(String(text.trimmingWhitespace()) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
    }

    /// Every scalar below U+3100 and the separators above it, alone and around a letter.
    @Test func sameAsFoundationOnEveryScalar() {
        let scalars = (0..<0x3100).compactMap(Unicode.Scalar.init) + ["\u{FEFF}", "\u{FFA0}"]
        for s in scalars {
            let text = String(s) + "a" + String(s)
            #expect(String(text.trimmingSpacesAndTabs()) == text.trimmingCharacters(in: .whitespaces), "U+\(String(s.value, radix: 16))")
            #expect(String(text.trimmingWhitespace()) == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(s.value, radix: 16))")
        }
    }
}
