import Foundation
import StepwiseFlow
import StepwiseWizard
import Testing

/// The saved run's own JSON writer must say what JSONEncoder said: every file it writes is
/// read back by JSONDecoder, today's and yesterday's alike.
@Suite struct SavedRunJSONTests {
    /// How runs were encoded before the writer, kept here as the reference.
    static var reference: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    static let tricky = ["", "plain", "pēdiņas \" un \\ slīpsvītra / beigas", "rinda\nnākamā\ttab\u{0}\u{1F}\u{7F}", "\u{2028}\u{2029}\u{FEFF}😀", "a/b:c"]

    static var runs: [SavedRun] {
        let here = WizardLocation(slug: "a", locale: "lv-LV", node: "t1.s2")
        var all: [SavedRun] = []
        for (i, text) in tricky.enumerated() {
            // Whole seconds and a fraction, before 1970 and far ahead.
            let times = [Date(timeIntervalSince1970: 1_733_000_000), Date(timeIntervalSince1970: 1_733_000_000.75),
                         Date(timeIntervalSince1970: -86_399.5), Date(timeIntervalSince1970: 4_102_444_800)]
            let at = times[i % times.count], later = times[(i + 1) % times.count]
            var run = SavedRun(slug: text, locale: "lv-LV", contentHash: "fnv1a64:" + text,
                               enteredArticles: i % 2 == 0 ? [] : [ArticleStamp(slug: text, locale: "en-US", contentHash: "h")],
                               position: WizardPosition(frames: [here, WizardLocation(slug: text, locale: text, node: text)]),
                               history: i % 3 == 0 ? [] : [WizardPosition(frames: [here])], startedAt: at, savedAt: later)
            if i % 2 == 1 {
                run.actions = [ActionRecord(slug: text, node: "t1.s1", name: "reactivate", isPick: false, succeeded: true, message: text, at: at),
                               ActionRecord(slug: "a", node: "t1.s2", name: "pick-card", isPick: true, succeeded: false, code: text, message: "", at: later)]
                run.picks = ["card": text, "b": "1", text: "z"]
                run.tenant = "/tmp/" + text
            } else if i == 2 {
                run.actions = []
                run.picks = [:]
            }
            all.append(run)
        }
        return all
    }

    @Test(arguments: runs) func readsBackAsJSONEncodersFileDid(_ run: SavedRun) throws {
        let written = Data(run.json.prettyBytes())
        let expected = try Self.decoder.decode(SavedRun.self, from: Self.reference.encode(run))
        #expect(try Self.decoder.decode(SavedRun.self, from: written) == expected)
        // The same members, not only the same decoded run (an unknown extra key would be
        // ignored). Only the keys: JSONSerialization drops a U+FEFF that follows an escape.
        let ours = Self.keyPaths(try JSONSerialization.jsonObject(with: written))
        let theirs = Self.keyPaths(try JSONSerialization.jsonObject(with: Self.reference.encode(run)))
        #expect(!ours.isEmpty && ours == theirs)
    }

    /// Every object key, by its path from the top.
    static func keyPaths(_ value: Any, _ prefix: String = "") -> [String] {
        if let object = value as? [String: Any] {
            return object.keys.sorted().flatMap { [prefix + "." + $0] + keyPaths(object[$0]!, prefix + "." + $0) }
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { keyPaths($0.element, prefix + "[\($0.offset)]") }
        }
        return []
    }

    @Test func datesAreTheSecondTheyFallIn() {
        #expect(SavedRun.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(SavedRun.iso8601(Date(timeIntervalSince1970: 1_733_000_000.999)) == "2024-11-30T20:53:20Z")
        #expect(SavedRun.iso8601(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
    }
}
