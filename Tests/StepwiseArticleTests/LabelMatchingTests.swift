import Testing
@testable import StepwiseArticle

/// Labels match ignoring case and Unicode normalization, whatever their first characters.
@Suite struct LabelMatchingTests {
    @Test func aLabelWithDottedCapitalIStillMatchesInAnyCase() {
        let labels = CalloutLabels([.tip: ["İpucu"], .note: ["Note"]])
        #expect(labels.kind(of: "İPUCU:") == .tip)
        #expect(labels.kind(of: "i̇pucu") == .tip)
        #expect(labels.kind(of: "NOTE!") == .note)
        #expect(labels.kind(of: "Notes") == nil)
        #expect(labels.kind(of: "Nōte") == nil)
    }

    /// A length test before lowercasing would miss these: equal text, different scalar counts.
    @Test func aLabelMatchesInEitherNormalizationForm() {
        let composed = CalloutLabels([.note: ["Piez\u{012B}me"]])
        #expect(composed.kind(of: "Piezi\u{0304}me:") == .note)
        let decomposed = CalloutLabels([.note: ["Piezi\u{0304}me"]])
        #expect(decomposed.kind(of: "Piez\u{012B}me.") == .note)
    }

    /// Candidates with more spaces between their words than any label are turned away before a
    /// key is made; the spaces trimming removes, whatever surrounds them, are not counted.
    @Test func spacesAreCountedOnlyWhereTheKeyKeepsThem() {
        let one = CalloutLabels([.note: ["Piezīme"], .important: ["Ņemiet vērā"]])
        #expect(one.kind(of: "Ņemiet vērā") == .important)
        #expect(one.kind(of: "  Ņemiet  vērā : ") == nil)
        #expect(one.kind(of: " \tPiezīme  ：  ") == .note)
        #expect(one.kind(of: "Piezīme .\u{00A0}! ") == .note)
        #expect(one.kind(of: "Piezīme \u{3002} ") == .note)
        #expect(one.kind(of: "Ņemiet vērā šo") == nil)
        let none = CalloutLabels([.note: ["Note"]])
        #expect(none.kind(of: " Note : ! ") == .note)
        #expect(none.kind(of: "\tNote\t. ") == .note)
        #expect(none.kind(of: "No te") == nil)
        // A space before non-ASCII text is never held against it (it cannot tell closing punctuation).
        let cyrillic = CalloutLabels([.note: ["Примечание"]])
        #expect(cyrillic.kind(of: "Примечание ") == .note)
    }
}
