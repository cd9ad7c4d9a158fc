import Testing
@testable import StepwiseLocale

struct PlaceholdersTests {
    @Test func substitutesKnownNames() {
        #expect(Placeholders.substitute("{number}. solis no {count}", ["number": "2", "count": "5"]) == "2. solis no 5")
        #expect(Placeholders.substitute("{a}{a}", ["a": "x"]) == "xx")
    }

    @Test func leavesUnknownAndNonPlaceholderBracesAlone() {
        #expect(Placeholders.substitute("Step {number} of {count}", ["number": "1"]) == "Step 1 of {count}")
        #expect(Placeholders.substitute("{ } {} {a b} {x", ["x": "1", "a b": "no"]) == "{ } {} {a b} {x")
        #expect(Placeholders.substitute("{{name}}", ["name": "v"]) == "{v}")
    }

    @Test func valuesAreNotExpandedAgain() {
        #expect(Placeholders.substitute("{title} {path}", ["title": "{path}", "path": "/tmp"]) == "{path} /tmp")
    }

    @Test func worksWithNonASCIIText() {
        #expect(Placeholders.substitute("Attēls: {alt} — ✓", ["alt": "Ekrānuzņēmums"]) == "Attēls: Ekrānuzņēmums — ✓")
    }

    @Test func names() {
        #expect(Placeholders.names(in: "{number}. solis no {count}") == ["number", "count"])
        #expect(Placeholders.names(in: "no {} or { x } here, but {ok-1}") == ["ok-1"])
        #expect(Placeholders.names(in: "plain") == [])
    }
}
