import Testing
import StepwiseArticle
@testable import StepwiseChecks

/// Each article check: a change to the faithful fixture translation that triggers it, and a
/// near miss that must not. Positions are the translation's (line 1 is the `---` of the header).
@Suite struct ArticleCheckTests {
    func expectOnly(_ report: CheckReport, _ places: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.places == places, sourceLocation: sourceLocation)
    }

    @Test func faithfulTranslationIsClean() throws {
        let report = try Fixture.check { $0 }
        #expect(report.findings == [])
        #expect(report.articlesChecked == 2)
    }

    @Test func frontMatterSyntaxAtItsPlace() throws {
        let report = try Fixture.check(Fixture.replacing("title: Title", "title: [oops"))
        expectOnly(report, ["front-matter@3:11"])
        #expect(report.findings[0].messageKey == "error.front-matter-syntax")
    }

    @Test func contentLocaleMustMatchTheFolder() throws {
        expectOnly(try Fixture.check(Fixture.replacing("ms.contentlocale: lv-LV", "ms.contentlocale: en-US")), ["front-matter@4:1"])
        // Near miss: the same tag in another case.
        expectOnly(try Fixture.check(Fixture.replacing("ms.contentlocale: lv-LV", "ms.contentlocale: lv-lv")), [])
    }

    @Test func titleAndAssetIDRequired() throws {
        let report = try Fixture.check(Fixture.replacing("title: Title\nms.assetid: a1\n", ""))
        #expect(report.findings.map(\.message) == ["assetid-missing", "title-missing"])
        // Near miss: without ms.assetid on either side, the pair still matches by path and nothing is missing.
        let tree = Tree()
        tree.write("en-US/x.md", Fixture.english.replacingOccurrences(of: "ms.assetid: a1\n", with: ""))
        tree.write("lv-LV/x.md", Fixture.latvian.replacingOccurrences(of: "ms.assetid: a1\n", with: ""))
        tree.write("lv-LV/guide.md", Fixture.guideLatvian)
        tree.write("en-US/guide.md", Fixture.guideEnglish)
        #expect(try tree.check().findings == [])
    }

    @Test func noAssetIDMissingWithoutASource() throws {
        let tree = Fixture.tree()
        tree.write("lv-LV/orphan.md", article(locale: "lv-LV", assetID: nil, "Teksts.\n"))
        let report = try tree.check()
        #expect(report.findings.filter { $0.location.file.hasSuffix("orphan.md") }.map(\.message) == ["missing-source"])
        // Near miss: a source with ms.assetid still asks for it (paired by path).
        let paired = try Fixture.check(Fixture.replacing("ms.assetid: a1\n", ""))
        #expect(paired.findings.map(\.message) == ["assetid-missing"])
    }

    @Test func missingSourceAndPairingByAssetID() throws {
        let tree = Fixture.tree()
        tree.write("lv-LV/orphan.md", article(locale: "lv-LV", assetID: "zz", "Teksts.\n"))
        // Near miss: a translation under another name still finds its source by ms.assetid.
        tree.write("lv-LV/renamed.md", Fixture.latvian)
        let report = try tree.check()
        let missing = report.only(.missingSource)
        #expect(missing.count == 1)
        #expect(missing.first?.location.file.hasSuffix("lv-LV/orphan.md") == true)
        #expect(missing.first?.severity == .warning)
        #expect(report.findings.filter { $0.location.file.hasSuffix("renamed.md") } == [])
    }

    @Test func stepCountDiffers() throws {
        let report = try Fixture.check(Fixture.replacing("3. Izvēlieties *Gatavs*.\n", ""))
        let found = report.only(.structure)
        #expect(found.count == 1)
        #expect(found.first?.arguments == ["task": "1", "count": "2", "source": "3"])
        #expect(found.first?.location.range.start == .init(line: 8, column: 1))
        // Near miss: lazy numbering (1. 1. 1.) is the same three steps.
        let lazy = try Fixture.check(Fixture.replacing("2. Atlasiet", "1. Atlasiet"))
        #expect(lazy.only(.structure) == [])
    }

    @Test func taskCountDiffers() throws {
        let report = try Fixture.check(Fixture.replacing("Izvēlieties *Gatavs*.\n", "Izvēlieties *Gatavs*.\n\n## Vēl\n\nTeksts.\n"))
        #expect(report.only(.structure).map(\.message) == ["task-count"])
    }

    @Test func calloutOfAnotherKind() throws {
        expectOnly(try Fixture.check(Fixture.replacing("[!NOTE]", "[!WARNING]")), ["callout@12:5"])
        // Near miss: the alert written as a localized bold label is the same callout.
        expectOnly(try Fixture.check(Fixture.replacing("    > [!NOTE]\n    > Lasiet", "\n    **Piezīme.** Lasiet")), [])
    }

    @Test func calloutMissing() throws {
        let report = try Fixture.check(Fixture.replacing("    > [!NOTE]\n    > Lasiet", "    Lasiet"))
        let found = report.only(.callout)
        #expect(found.map(\.message) == ["callout-missing"])
        #expect(found.first?.related?.range.start == .init(line: 12, column: 5))
    }

    @Test func linkTargetChanged() throws {
        let report = try Fixture.check(Fixture.replacing("guide.md#start", "guide.md"))
        expectOnly(report, ["link@11:30"])
        #expect(report.findings[0].arguments == ["target": "guide.md", "source": "guide.md#start"])
        // Near miss: the fixture's absolute URL differs only in its locale segment (/lv-lv/ for /en-us/).
        #expect(Fixture.latvian.contains("/lv-lv/office/x"))
        expectOnly(try Fixture.check { $0 }, [])
        // …but another path is another target.
        expectOnly(try Fixture.check(Fixture.replacing("/lv-lv/office/x", "/lv-lv/office/y")), ["link@13:14"])
    }

    @Test func headingAnchorsDiffer() throws {
        let report = try Fixture.check(Fixture.replacing("## <a name=\"set-up\"></a>Iestatīšana", "## Iestatīšana"))
        expectOnly(report, ["anchor@8:1"])
        #expect(report.findings[0].arguments == ["anchor": "iestatīšana", "source": "set-up"])
    }

    @Test func codeChanged() throws {
        let inline = try Fixture.check(Fixture.replacing("`Add`", "`Pievienot`"))
        expectOnly(inline, ["code@11:14"])
        #expect(inline.findings[0].arguments == ["code": "Pievienot", "source": "Add"])
        expectOnly(try Fixture.check(Fixture.replacing("run it", "palaist")), ["code@20:1"])
        // Near miss: only the layout changed.
        expectOnly(try Fixture.check(Fixture.replacing("run it", "run\tit")), [])
    }

    @Test func tableRowsAndColumns() throws {
        let rows = try Fixture.check(Fixture.replacing("| 1 | 2 |\n", ""))
        expectOnly(rows, ["table@16:3"])
        #expect(rows.findings[0].message == "table-rows")
        let columns = try Fixture.check(Fixture.replacing("| A | B |\n|---|---|\n| 1 | 2 |", "| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |"))
        #expect(columns.only(.table).map(\.message) == ["table-columns"])
        // Near miss: translated cells, same shape.
        expectOnly(try Fixture.check(Fixture.replacing("| A | B |", "| Ā | Bē |")), [])
    }

    @Test func emptyUIPathSegment() throws {
        let report = try Fixture.check(Fixture.replacing("Atveriet **Iestatījumi** >", "Atveriet   >"))
        let found = report.only(.uiPath)
        #expect(found.count == 1)
        #expect(found.first?.location.range.start == .init(line: 10, column: 14))
        #expect(found.first?.related?.range.start == .init(line: 10, column: 10))
        // Near miss: the fixture's whole path `**Iestatījumi** > **Konti**`.
        #expect(try Fixture.check { $0 }.only(.uiPath) == [])
    }

    @Test func markupCountsLiteralsAndPunctuation() throws {
        expectOnly(try Fixture.check(Fixture.replacing("*Gatavs*", "Gatavs")), ["markup@14:1"])
        let literal = try Fixture.check(Fixture.replacing("*Gatavs*", "**Gatavs"))
        #expect(literal.only(.markup).map(\.message) == ["emphasis-count", "literal"])
        #expect(literal.only(.markup).last?.location.range.start == .init(line: 14, column: 16))
        #expect(literal.only(.markup).last?.severity == .error)
        let split = try Fixture.check(Fixture.replacing("un skatiet [ceļvedi](guide.md#start)", "un skatiet [ceļvedi] (guide.md#start)"))
        #expect(split.only(.markup).contains { $0.message == "literal" && $0.arguments["literal"] == "] (" })
        let punctuation = try Fixture.check(Fixture.replacing("**Konti**.", "**Konti.**"))
        expectOnly(punctuation, ["markup@10:31"])
        #expect(punctuation.findings[0].message == "strong-punctuation")
        // Near miss: a literal the source writes too is prose, not damage.
        let tree = Tree()
        tree.write("en-US/x.md", Fixture.english.replacingOccurrences(of: "Choose *Done*.", with: "Choose *Done*. Type [!x] here."))
        tree.write("lv-LV/x.md", Fixture.latvian.replacingOccurrences(of: "Izvēlieties *Gatavs*.", with: "Izvēlieties *Gatavs*. Rakstiet [!x] šeit."))
        tree.write("en-US/guide.md", Fixture.guideEnglish)
        tree.write("lv-LV/guide.md", Fixture.guideLatvian)
        #expect(try tree.check().findings == [])
    }

    @Test func brokenLinks() throws {
        let report = try Fixture.check(Fixture.replacing("guide.md#start", "guide.md#sakums"))
        #expect(report.places == ["link@11:30", "broken-link@11:30"])
        #expect(report.only(.brokenLink).first?.severity == .error)
        let missingFile = try Fixture.check(Fixture.replacing("guide.md#start", "nav.md"))
        #expect(missingFile.only(.brokenLink).map(\.arguments["target"]) == ["nav.md"])
        // A link the source breaks in the same way is only a warning: the translator cannot mend it.
        let tree = Tree()
        tree.write("en-US/x.md", Fixture.english.replacingOccurrences(of: "guide.md#start", with: "gone.md"))
        tree.write("lv-LV/x.md", Fixture.latvian.replacingOccurrences(of: "guide.md#start", with: "gone.md"))
        #expect(try tree.check().only(.brokenLink).map(\.severity) == [.warning])
        // Near miss: an in-page anchor that exists.
        let inPage = try Fixture.check(Fixture.replacing("guide.md#start", "#set-up"))
        #expect(inPage.only(.brokenLink) == [])
        #expect(inPage.only(.link).count == 1)
    }

    @Test func actionBindingNamesAMissingNode() throws {
        let tree = Fixture.tree()
        let bindings = tree.write("x.actions.yml", "t1.s2:\n  pick: subscription\nt1.s9:\n  action: subscription.reactivate\n")
        let report = try tree.check()
        let found = report.only(.actionBinding)
        #expect(found.count == 1)
        #expect(found.first?.location == FindingLocation(file: bindings, line: 3, column: 1))
        #expect(found.first?.arguments["node"] == "t1.s9")
        #expect(found.first?.related?.file.hasSuffix("lv-LV/x.md") == true)
        // A bindings file that cannot be read is one finding at its place, not one per translation.
        tree.write("x.actions.yml", "t1.s2:\n  pick: [subscription\n")
        let broken = try tree.check().only(.actionBinding)
        #expect(broken.count == 1)
        #expect(broken.first?.messageKey == "error.bindings-syntax")
        #expect(broken.first?.location.range.start.line == 3)
    }

    /// The overview, a closing node and a references section are places like any step: a link
    /// changed in each is found there, and an unchanged pair is clean.
    @Test func overviewClosingAndReferencesAreCompared() throws {
        func pair(_ overview: String, _ closing: String, _ reference: String) -> String {
            """
            # Title

            Read [this](https://example.com/\(overview)) first.

            ## Task

            1. One.
            2. Two.

            Then see [that](https://example.com/\(closing)).

            - A remark.

            ## See also

            - [Basics](https://example.com/\(reference))

            """
        }
        let tree = Tree()
        tree.write("en-US/x.md", article(locale: "en-US", pair("o", "c", "r")))
        tree.write("lv-LV/x.md", article(locale: "lv-LV", pair("o", "c", "r")))
        #expect(try tree.check().only(.link) == [])
        tree.write("lv-LV/x.md", article(locale: "lv-LV", pair("o2", "c2", "r2")))
        let found = try tree.check().only(.link)
        #expect(found.map(\.location.range.start.line) == [8, 15, 21])
        // A references section the translation dropped is still compared: its link is missing.
        let dropped = pair("o", "c", "r").components(separatedBy: "## See also")[0]
        tree.write("lv-LV/x.md", article(locale: "lv-LV", dropped))
        let missing = try tree.check().only(.link)
        #expect(missing.count == 1)
        #expect(missing.first?.related?.range.start.line == 21)
    }

    /// A source whose procedure is `t0` (before a references section) and a translation that
    /// dropped the section, whose only task is `t1`: the steps are still compared step by step.
    @Test func taskZeroMeetsTaskOne() throws {
        let steps = "1. Open [the portal](https://example.com/p).\n2. Save.\n"
        let tree = Tree()
        tree.write("en-US/x.md", article(locale: "en-US", "# Title\n\n\(steps)\n## See also\n\n- [Basics](https://example.com/r)\n"))
        tree.write("lv-LV/x.md", article(locale: "lv-LV", "# Title\n\n\(steps)"))
        let report = try tree.check()
        // Only the dropped section's link is missing; the steps match.
        #expect(report.only(.link).count == 1)
        #expect(report.only(.link).first?.related?.range.start.line == 13)
        #expect(report.only(.structure) == [])
        tree.write("lv-LV/x.md", article(locale: "lv-LV", "# Title\n\n" + steps.replacingOccurrences(of: "/p)", with: "/q)")))
        let changed = try tree.check().only(.link)
        #expect(changed.map(\.location.range.start.line).contains(8))
    }

    /// Two sources with one ms.assetid pair nothing by it: each is warned about at its id line,
    /// naming the other, and the translation meets its source by path.
    @Test func aDuplicatedSourceIDPairsByPath() throws {
        let tree = Fixture.tree()
        tree.write("en-US/a-copy.md", Fixture.guideEnglish.replacingOccurrences(of: "ms.assetid: g1", with: "ms.assetid: a1"))
        let report = try tree.check()
        let duplicates = report.findings.filter { $0.messageKey.hasSuffix("assetid-duplicate") }
        #expect(duplicates.map { String($0.location.file.split(separator: "/").last ?? "") }.sorted() == ["a-copy.md", "x.md"])
        #expect(duplicates.allSatisfy { $0.location.range.start.line == 3 && $0.related != nil && $0.severity == .warning })
        // The pair x.md ↔ x.md is still checked, and clean: no false anchor or structure error.
        #expect(report.findings.filter { $0.severity == .error } == [])
    }
}
