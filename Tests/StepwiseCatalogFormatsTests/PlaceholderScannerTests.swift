import PropertyBased
import Testing
@testable import StepwiseCatalogFormats

struct PlaceholderScannerTests {
    static let all: PlaceholderSyntaxes = [.brace, .icu, .percentBrace, .doubleBrace, .printf, .printfSpaceFlag, .python, .pythonBrace, .apple]

    func kinds(_ text: String, _ syntaxes: PlaceholderSyntaxes) -> [String] {
        PlaceholderScanner.placeholders(text, syntaxes).map { "\($0.kind.rawValue):\($0.name ?? "-"):\($0.type)" }
    }

    @Test func printfWithPositionsFlagsWidthsAndLengths() {
        #expect(kinds("%d of %5.2f, %1$@ %lld %-08.3lf %% %s", [.printf]) ==
                ["printf:-:d", "printf:-:f", "printf:1:@", "printf:-:lld", "printf:-:lf", "printf:-:s"])
        // The space flag only where C format is declared: "50% off" is prose otherwise.
        #expect(kinds("50% off", [.printf]) == [])
        #expect(kinds("% d", [.printf, .printfSpaceFlag]) == ["printf:-:d"])
        #expect(kinds("%i", [.printf]) == ["printf:-:d"])
    }

    @Test func namedSyntaxes() {
        #expect(kinds("Hi %{name}, {{user}} and {0} and %(count)d and %#@files@", [.percentBrace, .doubleBrace, .pythonBrace, .python, .apple])
                == ["percentBrace:name:", "doubleBrace:user:", "pythonBrace:0:", "python:count:d", "apple:files:@"])
        #expect(kinds("{ not one } {a b}", [.brace]) == [])
        #expect(kinds("{name!r:>10}", [.pythonBrace]) == ["pythonBrace:name:!r:>10"])
    }

    @Test func icuPluralAndSelectDownToTheirBranches() throws {
        let text = "{gender, select, female {{count, plural, one {# file by {name}} other {# files by {name}}}} other {{count} files}}"
        let top = PlaceholderScanner.segments(text, [.icu])
        #expect(top.count == 1)
        let select = try #require(top.first?.placeholder)
        #expect(select.type == "select")
        #expect(select.branches.map(\.key) == ["female", "other"])
        let names = PlaceholderScanner.placeholders(text, [.icu]).map { "\($0.name ?? "-"):\($0.type)" }
        #expect(names == ["gender:select", "count:plural", "#:number", "name:", "#:number", "name:", "count:"])
        // ICU quoting: '{' is text, '' an apostrophe.
        #expect(kinds("It''s '{not}' {real}", [.icu]) == ["icu:real:"])
        // An unfinished plural is text, not a crash; the `{x}` inside it is still an argument.
        #expect(kinds("{n, plural, one {x}", [.icu]) == ["icu:x:"])
    }

    /// Any string cut into segments prints back unchanged, whatever syntaxes are read.
    @Test func anyStringSurvivesParseThenPrint() async {
        let pieces = ["{", "}", "{{", "}}", "%", "%%", "$", "1", "2", "d", "s", "@", "#", "(", ")", "name", "count", ",", " plural", " select",
                      " one ", "other", "=0", "'", "''", "lld", ".", "5", "-", "é", "ž", " ", "\n", "%1$", "%#@", "!r", ":", "x"]
        let syntaxSets: [PlaceholderSyntaxes] = [Self.all, [.brace], [.icu], [.printf], [.python], [.apple, .printf], [.percentBrace, .doubleBrace], [.pythonBrace]]
        await propertyCheck(count: 2000, input: Gen<String?>.element(of: pieces).map { $0! }.array(of: 0...24), Gen.int(in: 0...7)) { parts, which in
            let text = parts.joined()
            let segments = PlaceholderScanner.segments(text, syntaxSets[which])
            #expect(segments.map(\.raw).joined() == text)
            for p in segments.compactMap(\.placeholder) {
                for b in p.branches { #expect(b.segments.map(\.raw).joined() == b.raw) }
            }
        }
    }
}
