import StepwiseArticle
import StepwiseLocale
import Testing
@testable import StepwiseCatalogFormats

struct PositionedJSONTests {
    @Test func valuesKeepTheirPlaceAndEscapesDecode() throws {
        let json = try PositionedJSON.parse("{\n  \"ā\" : \"\\u00e9\\ud83d\\ude00\\n\\/x\",\n  \"n\": [1, true, null]\n}", file: "f")
        let value = try #require(json["ā"])
        #expect(value.string == "é😀\n/x")
        // Columns count Unicode scalars: `ā` is one.
        #expect(value.position == SourcePosition(line: 2, column: 9))
        #expect(json.members.map(\.keyPosition) == [SourcePosition(line: 2, column: 3), SourcePosition(line: 3, column: 3)])
    }

    @Test("malformed JSON is located", arguments: [
        ("{\"a\": }", CatalogError.Code.jsonValue, 1, 7), ("{\"a\" 1}", .unexpected, 1, 6), ("[1, 2", .missing, 1, 6),
        ("{\"a\": \"x\n\"}", .unterminated, 1, 7), ("{\"a\": \"\\q\"}", .badEscape, 1, 8), ("{} x", .trailing, 1, 4),
        ("{\"a\": \"\\ud83d\"}", .badEscape, 1, 8),
    ])
    func located(_ text: String, _ code: CatalogError.Code, _ line: Int, _ column: Int) {
        do {
            _ = try PositionedJSON.parse(text, file: "f")
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.code == code && error.line == line && error.column == column, "\(text): \(error.code) \(error.line):\(error.column)")
        }
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect((try? PositionedJSON.parse(deep, file: "f")) == nil)
    }
}

