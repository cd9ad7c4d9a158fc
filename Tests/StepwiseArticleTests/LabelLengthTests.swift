import Testing
@testable import StepwiseArticle

/// Labels are turned away by their scalar count before they are lowercased; that is only sound
/// while lowercasing keeps every scalar's count but U+0130's.
@Suite struct LabelLengthTests {
    @Test func lowercasingKeepsTheScalarCountOfEveryScalarButU0130() {
        var changed: [UInt32] = []
        var chunk: [Unicode.Scalar] = []
        func check() {
            let s = String(String.UnicodeScalarView(chunk))
            if s.lowercased().unicodeScalars.count != chunk.count {
                changed += chunk.filter { String($0).lowercased().unicodeScalars.count != 1 }.map(\.value)
            }
            chunk.removeAll(keepingCapacity: true)
        }
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            chunk.append(scalar)
            if chunk.count == 4096 { check() }
        }
        check()
        #expect(changed == [0x130])
    }

    @Test func aLabelWithDottedCapitalIStillMatchesInAnyCase() {
        let labels = CalloutLabels([.tip: ["İpucu"], .note: ["Note"]])
        #expect(labels.kind(of: "İPUCU:") == .tip)
        #expect(labels.kind(of: "i̇pucu") == .tip)
        #expect(labels.kind(of: "NOTE!") == .note)
        #expect(labels.kind(of: "Notes") == nil)
        #expect(labels.kind(of: "Nōte") == nil)
    }

    @Test func theLengthTestLetsThroughExactlyTheKeysLengths() {
        let lengths: UInt64 = 1 << 4 | 1 << 7
        #expect(CalloutLabels.mayLowercase("Note", toLengthIn: lengths))
        #expect(CalloutLabels.mayLowercase("Piezīme", toLengthIn: lengths))
        #expect(!CalloutLabels.mayLowercase("Piezīmes", toLengthIn: lengths))
        #expect(!CalloutLabels.mayLowercase("Tip", toLengthIn: lengths))
        #expect(CalloutLabels.mayLowercase("İİ", toLengthIn: lengths))
    }
}
