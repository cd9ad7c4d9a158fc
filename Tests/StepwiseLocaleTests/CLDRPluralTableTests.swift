import Foundation
import Testing
@testable import StepwiseLocale

/// The generated table against CLDR itself: every sample number CLDR gives for a category
/// must evaluate to that category, for every locale group.
struct CLDRPluralTableTests {
    @Test func everyConditionParses() {
        #expect(CLDRPluralTable.unparsedConditions == [])
        #expect(CLDRPluralTable.localeCount > 200)
        // Each locale id in one set: the lookup takes the first set that lists it.
        #expect(CLDRPluralTable.ruleSets.flatMap(\.locales).count == CLDRPluralTable.localeCount)
    }

    @Test func everySampleLandsInItsCategory() throws {
        var checked = 0
        for set in CLDRPluralTable.ruleSets {
            let rules = try #require(PluralRules.ruleSet(for: set.locales[0]))
            for rule in set.rules {
                for kind in ["@integer", "@decimal"] {
                    for item in PluralRuleSet.samples(rule.samples, kind: kind) {
                        for number in Self.expand(item) {
                            let operands = try #require(PluralOperands(sample: number), "\(number)")
                            #expect(rules.category(for: operands).rawValue == rule.category, "\(set.locales[0]) \(number)")
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked > 2500)
    }

    /// `10~20` → 10…20; `0.0~1.5` → 0.0, 0.1 … 1.5 (keeping the fraction digits written).
    static func expand(_ item: String) -> [String] {
        let ends = item.split(separator: "~").map(String.init)
        guard ends.count == 2 else { return [item] }
        let digits = ends[0].split(separator: ".").dropFirst().first?.count ?? 0
        let scale = Int(pow(10, Double(digits)))
        func scaled(_ s: String) -> Int { Int((Double(s)! * Double(scale)).rounded()) }
        return (scaled(ends[0])...scaled(ends[1])).map { (value: Int) -> String in
            guard digits > 0 else { return String(value) }
            let fraction = String(value % scale)
            return String(value / scale) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
    }

    @Test func languagesBeyondTheShippedOnes() {
        // Polish: one, few, many, other (other only for decimals).
        #expect(PluralRules.requiredCategories(for: "pl") == [.one, .few, .many, .other])
        #expect(PluralRules.category(for: 22, language: "pl-PL") == .few)
        #expect(PluralRules.category(for: 12, language: "pl") == .many)
        // Arabic's six; Japanese's one.
        #expect(PluralRules.requiredCategories(for: "ar") == Set(PluralCategory.allCases))
        #expect(PluralRules.category(for: 102, language: "ar") == .other)
        #expect(PluralRules.category(for: 11, language: "ar") == .many)
        #expect(PluralRules.requiredCategories(for: "ja") == [.other])
        #expect(PluralRules.hasRules(for: "ja"))
        // French `many` is for millions and compact numbers only: listed, not required.
        #expect(PluralRules.categories(for: "fr") == [.one, .many, .other])
        #expect(PluralRules.requiredCategories(for: "fr") == [.one, .other])
        #expect(PluralRules.category(for: 1_000_000, language: "fr") == .many)
        #expect(PluralRules.category(for: PluralOperands(sample: "1.5c6")!, language: "fr") == .many)
        // A region CLDR gives rules of its own (pt_PT) is found before its language.
        #expect(PluralRules.category(for: 0, language: "pt") == .one)
        #expect(PluralRules.category(for: 0, language: "pt-PT") == .other)
        #expect(!PluralRules.hasRules(for: "xx"))
    }

    @Test func examplesNameTheNumbersACategoryCovers() {
        #expect(PluralRules.examples(of: .zero, language: "lv") == "0, 10–20, 30, 40, 50, 60, …")
        #expect(PluralRules.examples(of: .one, language: "en") == "1")
        #expect(PluralRules.examples(of: .other, language: "pl") == "0.0–1.5, 10.0, 100.0, 1000.0, 10000.0, 100000.0, …")
    }

    @Test func compactSamples() throws {
        let o = try #require(PluralOperands(sample: "1.0000001c6"))
        #expect(o.integerDigits == "1000000" && o.fractionDigits == "1" && o.e == 6)
        #expect(try #require(PluralOperands(sample: "2c3")).integerDigits == "2000")
        #expect(PluralOperands(sample: "1c") == nil)
    }

    /// The committed table is what the generator writes from the CLDR on this machine
    /// (Debian's unicode-cldr-core, installed by scripts/test in CI).
    static let plurals = "/usr/share/unicode/cldr/common/supplemental/plurals.xml"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: plurals) || ProcessInfo.processInfo.environment["CI"] != nil,
                   "unicode-cldr-core is not installed"))
    func tableIsWhatTheGeneratorWrites() throws {
        let xml = Self.plurals
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = root.appendingPathComponent("scripts/generate-plural-rules")
        process.arguments = [xml]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try Data(contentsOf: root.appendingPathComponent("Sources/StepwiseLocale/Plurals/CLDRPluralTable.swift"))
        #expect(output == committed, "the plural table is stale: run scripts/generate-plural-rules > Sources/StepwiseLocale/Plurals/CLDRPluralTable.swift")
    }
}
