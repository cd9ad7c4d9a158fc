import Foundation
import Testing
@testable import StepwiseArticle

@Suite struct FrontMatterTests {
    /// The fast reader must agree with Yams wherever it answers at all.
    @Test func fastPathAgreesWithYamsOnTheCorpus() throws {
        let files = corpusFiles()
        try #require(files.count > 1000, "corpus not found at \(sharedRoot)/corpus")
        var fast = 0
        for path in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
            try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws in
                let split = try FrontMatterParser.split(b, file: path)
                guard let yaml = split.yaml else { return }
                let slow = try FrontMatterParser.parseWithYams(yaml, lineCount: split.lineCount, file: path)
                if let quick = FrontMatterFastPath.parse(yaml, lineCount: split.lineCount) {
                    fast += 1
                    #expect(quick == slow, "\(path)")
                }
            }
        }
        // The point of the fast path is that it answers for nearly every real header.
        #expect(fast * 1000 >= files.count * 995, "\(fast) of \(files.count)")
    }

    @Test(arguments: [
        "a: 'quoted'\n", "a: \"dq\"\n", "a: plain text: more\n", "a: x # comment\n", "a: [1, 2]\n",
        "a:\n- x\n- y\n", "a:\n  - x\n  - y\nb: z\n", "a: &anchor v\n", "a: |\n  block\n", "A.b_c-d: 482\n",
        "a:\nb: 1\n", "a: 'it''s'\n", "a: \"esc\\\"aped\"\n", "a: b\na: c\n", "a: ~\n", "a: -1\n", "key: ä ö ü\n",
        "# note\na: b\n", "a:\n# c\n- x\n", "a: b\n  # indented\nc: d\n", "a: b\n#", "a:\n  - x\n  # c\n  - y\n",
        "a: x\u{9B}y\n", "a: \"x\u{7F}\"\n", "a: x\u{85}y\n", "a: 'x\u{80}'\n", "a: x\u{7F}\n",
        "a:\n  b: c\n  d: e\nf: g\n", "a:\n  b: c\n  b: d\n", "a:\n  b:\n    c: d\n", "a:\n  b: c\n   d: e\n",
        "a:\n  - x\n  b: c\n", "a:\n  b: c\n  - x\n", "a:\n    b: 'q'\n  # c\n    d: e\n", "a: b\n  c: d\n",
        "a:\n  b: c: d\n", "a:\n  b: c\n d: e\n", "a:\n  b: c\nb:\n  b: c\n",
        "a: 'x\u{2028}y'\nb: c\n", "a: \"x\u{2029} y\"\nb: c\n", "a:\n  b: 'x\u{2028}y'\nc: d\n",
        "a: it’s – x…\n", "a: x\u{FFFE}y\n", "a: 'x\u{FFFF}'\n", "a: x\u{FEFF}y\n", "a: \u{FF1A}x\n", "a: x\u{2028}y\n",
        "a: b\nc: d\na: e\n", "a:\n  - x\nb: c\na: d\n",
    ])
    func fastPathNeverDisagrees(_ yaml: String) throws {
        let bytes = Array(yaml.utf8)
        try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws in
            let quick = FrontMatterFastPath.parse(b, lineCount: 3)
            let slow = try? FrontMatterParser.parseWithYams(b, lineCount: 3, file: "t.md")
            if let quick { #expect(quick == slow) }
        }
    }

    /// Typographic punctuation is plain text to YAML, so it is no reason to leave the fast path;
    /// the characters libyaml does treat specially are.
    @Test func typographicPunctuationStaysOnTheFastPath() {
        func quick(_ yaml: String) -> FrontMatter? {
            Array(yaml.utf8).withUnsafeBufferPointer { FrontMatterFastPath.parse($0, lineCount: 2) }
        }
        #expect(quick("title: Don’t wait – renew now…\n")?.entries.first?.value == .string("Don’t wait – renew now…"))
        #expect(quick("title: 'Piezīme：“x”'\n")?.entries.first?.value == .string("Piezīme：“x”"))
        for special in ["\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}"] {
            #expect(quick("title: a\(special)b\n") == nil, "\(special.unicodeScalars.first!.value)")
        }
        #expect(quick("a: b\nc: d\na: e\n") == nil)
    }

    /// One level of `field: value` under a key (an article's bindings) is the plain subset too.
    @Test func aMapUnderAKeyIsReadWithoutYams() throws {
        let bytes = Array("a:\n  b: c\n  # note\n  d: 'e f'\ng: h\n".utf8)
        let quick = try #require(bytes.withUnsafeBufferPointer { FrontMatterFastPath.parse($0, lineCount: 5, linesAbove: 0) })
        #expect(quick.entries.map(\.key) == ["a", "g"])
        #expect(quick.entries[0].value == .map([("b", .string("c")), ("d", .string("e f"))]))
        #expect(quick.entries.map(\.position.line) == [1, 5])
    }
}

func corpusFiles() -> [String] {
    let root = sharedRoot + "/corpus"
    guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
    var out: [String] = []
    while let p = e.nextObject() as? String {
        if p.hasSuffix(".md"), !p.hasSuffix("README.md") { out.append(root + "/" + p) }
    }
    return out.sorted()
}
