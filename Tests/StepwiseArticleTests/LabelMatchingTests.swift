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
}
