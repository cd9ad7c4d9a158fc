import Testing
@testable import StepwiseArticle

@Suite struct DocFXTests {
    func callouts(_ a: Article) -> [Callout] {
        allBlocks(a.blocks).compactMap { if case .callout(let c) = $0 { c } else { nil } }
    }

    @Test(arguments: ["NOTE", "Tip", "important", "CAUTION", "Warning"])
    func alertTagsAnyCase(_ tag: String) throws {
        let a = try parse("> [!\(tag)]\n> Body text.\n")
        let c = try #require(callouts(a).first)
        #expect(c.kind.rawValue == tag.lowercased())
        #expect(c.style == .alert)
        #expect(c.children.first?.inlines.plainText == "Body text.")
    }

    @Test func alertInsideListItemIndentedFour() throws {
        let a = try parse("1. Step one\n    > [!NOTE]\n    > Inside.\n2. Step two\n")
        guard case .list(let l) = a.blocks[0] else { Issue.record("no list"); return }
        #expect(l.items.count == 2)
        guard case .callout(let c)? = l.items[0].children.last else { Issue.record("no callout"); return }
        #expect(c.kind == .note)
        #expect(c.range.start == SourcePosition(line: 2, column: 5))
    }

    @Test func textAfterTagLeavesPlainQuote() throws {
        let a = try parse("> [!NOTE] not alone\n> more\n")
        #expect(callouts(a).isEmpty)
        guard case .blockQuote = a.blocks[0] else { Issue.record("expected a quote"); return }
    }

    @Test func unknownTagLeavesPlainQuote() throws {
        let a = try parse("> [!FOO]\n> body\n")
        #expect(callouts(a).isEmpty)
    }

    @Test func boldLabelOpeningParagraph() throws {
        let a = try parse("**Svarīgi!** Ja neredzat opciju, zvaniet.\n")
        let c = try #require(callouts(a).first)
        #expect(c.kind == .important)
        #expect(c.style == .boldLabel)
        #expect(c.label == "Svarīgi!")
        #expect(c.children.first?.inlines.plainText == "Ja neredzat opciju, zvaniet.")
    }

    @Test func boldLabelWithPunctuationOutside() throws {
        let a = try parse("**Note**: keep this.\n")
        let c = try #require(callouts(a).first)
        #expect(c.kind == .note)
        #expect(c.children.first?.inlines.plainText == "keep this.")
    }

    @Test func loneLabelTakesNextBlock() throws {
        let a = try parse("**Piezīme**\n\n- viens\n- divi\n\nPēc tam.\n")
        #expect(a.blocks.count == 2)
        let c = try #require(callouts(a).first)
        #expect(c.kind == .note)
        guard case .list(let l)? = c.children.first else { Issue.record("body is not the list"); return }
        #expect(l.items.count == 2)
    }

    @Test func plainTextLabel() throws {
        let a = try parse("Piezīme. Nosaukumu var mainīt.\n")
        let c = try #require(callouts(a).first)
        #expect(c.style == .plainLabel)
        #expect(c.children.first?.inlines.plainText == "Nosaukumu var mainīt.")
    }

    /// "Ņemiet vērā: ja …" translates "Note that if …": a phrase before a colon is prose.
    @Test func phraseLabelBeforeAColonIsProse() throws {
        let labels = CalloutLabels([.note: ["Piezīme", "Ņemiet vērā"]])
        #expect(callouts(try parse("Ņemiet vērā: ja iestatījums ir izslēgts, nekas netiek sūtīts.\n", labels: labels)).isEmpty)
        #expect(callouts(try parse("Ņemiet vērā. Iestatījums ir izslēgts.\n", labels: labels)).first?.style == .plainLabel)
        #expect(callouts(try parse("Piezīme: iestatījums ir izslēgts.\n", labels: labels)).first?.style == .plainLabel)
        #expect(callouts(try parse("**Ņemiet vērā:** iestatījums ir izslēgts.\n", labels: labels)).first?.style == .boldLabel)
    }

    @Test func labelsComeFromTheCallerNotCode() throws {
        let a = try parse("**Svarīgi!** Teksts.\n", labels: CalloutLabels())
        #expect(callouts(a).isEmpty)
        let b = try parse("Notebook: a word that starts like a label.\n")
        #expect(callouts(b).isEmpty)
    }

    @Test func quoteWithBoldLabelIsCallout() throws {
        let a = try parse("> **Note:** one\n>\n> two\n")
        let c = try #require(callouts(a).first)
        #expect(c.kind == .note)
        #expect(c.children.count == 2)
    }

    @Test func video() throws {
        let a = try parse("> [!VIDEO https://www.microsoft.com/videoplayer/embed/RE2MuO3?autoplay=false]\n\n[!VIDEO https://v.test/x]\n")
        let videos = a.blocks.compactMap { if case .video(let v) = $0 { v.url } else { nil } }
        #expect(videos == ["https://www.microsoft.com/videoplayer/embed/RE2MuO3?autoplay=false", "https://v.test/x"])
    }

    @Test func pipeTableWithAlignmentAndInlineMarkdown() throws {
        let md = "Intro line\n|Name | **Value** |Centered|\n|:---|---:|:--:|\n|a `x\\|y` | [l](u.md) | c\n|b|\n"
        let a = try parse(md)
        #expect(a.blocks.count == 2)
        guard case .paragraph(let intro) = a.blocks[0], case .table(let t) = a.blocks[1] else { Issue.record("shape \(a.blocks)"); return }
        #expect(intro.inlines.plainText == "Intro line")
        #expect(t.alignments == [.left, .right, .center])
        #expect(t.header.map(\.inlines.plainText) == ["Name", "Value", "Centered"])
        #expect(t.rows.count == 2)
        #expect(t.rows[0].map(\.inlines.plainText) == ["a x|y", "l", "c"])
        #expect(t.rows[1].count == 3)
        guard case .strong(let s) = t.header[1].inlines.first else { Issue.record("no strong in header"); return }
        #expect(s.range.start == SourcePosition(line: 2, column: 9))
        guard case .link(let l) = t.rows[0][1].inlines.first else { Issue.record("no link in cell"); return }
        #expect(l.destination == "u.md")
        #expect(t.range.start.line == 2)
    }

    @Test func notATableWithoutDelimiterRow() throws {
        let a = try parse("a | b\nc | d\n")
        guard case .paragraph = a.blocks[0] else { Issue.record("should stay a paragraph"); return }
    }

    /// Found by fuzzing: a delimiter cell of a lone ":" has no dashes; it used to trap.
    @Test(arguments: ["| a |\n| : |\n", "a | b\n:|:\n", "| a | b |\n| :-: | : |\n"])
    func loneColonIsNoDelimiterRow(_ markdown: String) throws {
        let a = try parse(markdown)
        #expect(!a.blocks.contains { if case .table = $0 { true } else { false } })
    }

    @Test func tableInsideListItem() throws {
        let a = try parse("1. Step\n\n   | A | B |\n   |---|---|\n   | 1 | 2 |\n")
        guard case .list(let l) = a.blocks[0], case .table(let t)? = l.items[0].children.last else { Issue.record("no table in item"); return }
        #expect(t.rows.first?.map(\.inlines.plainText) == ["1", "2"])
        #expect(t.header.first?.range.start == SourcePosition(line: 3, column: 6))
    }

    @Test func uiPathOfBoldLabels() throws {
        let a = try parse("Go to **Billing** > **Your products** > **Licenses** now.\n")
        let paths = allInlines(of: a.blocks).compactMap { if case .uiPath(let p) = $0 { p } else { nil } }
        #expect(paths.count == 1)
        #expect(paths[0].segments.map(\.inlines.plainText) == ["Billing", "Your products", "Licenses"])
        #expect(!paths[0].hasEmptySegment)
        #expect(a.blocks[0].inlines.plainText == "Go to Billing > Your products > Licenses now.")
    }

    @Test func uiPathOfPlainWords() throws {
        let a = try parse("Select Settings > Mail.\n")
        let path = try #require(allInlines(of: a.blocks).compactMap { if case .uiPath(let p) = $0 { p } else { nil } }.first)
        #expect(path.segments.map(\.inlines.plainText) == ["Settings", "Mail"])
    }

    @Test func machineTranslationEmptySegment() throws {
        let a = try parse("noklikšķinot uz   >  **Fails Office Konts** (apakšā).\n")
        let path = try #require(allInlines(of: a.blocks).compactMap { if case .uiPath(let p) = $0 { p } else { nil } }.first)
        #expect(path.hasEmptySegment)
        #expect(path.segments.map(\.isEmpty) == [true, false])
        #expect(path.range.start.line == 1)
    }

    @Test func labelsMayEndInEllipsisOrParenthesis() throws {
        let a = try parse("Atlasiet **... (Iestatījumi un citas) > Iestatījumi** un **Papildu opcijas... > Pievienot kanālu**.\n")
        let paths = allInlines(of: a.blocks).compactMap { if case .uiPath(let p) = $0 { p } else { nil } }
        #expect(paths.count == 2)
        #expect(paths.allSatisfy { !$0.hasEmptySegment })
        #expect(paths[1].segments.map(\.inlines.plainText) == ["Papildu opcijas...", "Pievienot kanālu"])
    }

    @Test func boldThatSwallowedTheSeparatorLeavesAnEmptySegment() throws {
        let a = try parse("Izvēlieties **> Šifrēšana.**\n")
        let path = try #require(allInlines(of: a.blocks).compactMap { if case .uiPath(let p) = $0 { p } else { nil } }.first)
        #expect(path.segments.map(\.isEmpty) == [true, false])
    }

    @Test func arrowsAndComparisonsInCodeAreNotPaths() throws {
        let a = try parse("Use `a > b` and x->y or 3>2 or if the value is 5 > 3.\n")
        let paths = allInlines(of: a.blocks).filter { if case .uiPath = $0 { true } else { false } }
        #expect(paths.isEmpty)
    }
}
