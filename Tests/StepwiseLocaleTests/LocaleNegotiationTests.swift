import Testing
@testable import StepwiseLocale

struct LocaleNegotiationTests {
    let available = ["en-US", "lv-LV"]

    func resolve(_ requested: String? = nil, _ environment: [String: String] = [:]) -> String {
        LocaleNegotiation.resolve(requested: requested, environment: environment, available: available)
    }

    @Test func requestedWinsOverEnvironment() {
        #expect(resolve("lv-LV", ["LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"]) == "lv-LV")
        #expect(resolve("en-US", ["LANG": "lv_LV.UTF-8"]) == "en-US")
    }

    @Test func environmentOrder() {
        #expect(resolve(nil, ["LC_ALL": "lv_LV.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"]) == "lv-LV")
        #expect(resolve(nil, ["LC_MESSAGES": "lv_LV", "LANG": "en_US.UTF-8"]) == "lv-LV")
        #expect(resolve(nil, ["LC_MESSAGES": "en_US", "LANG": "lv_LV.UTF-8"]) == "en-US")
        #expect(resolve(nil, ["LANG": "lv_LV.UTF-8"]) == "lv-LV")
    }

    @Test("POSIX spellings and case", arguments: ["lv_LV.UTF-8", "lv_LV@euro", "lv_LV.ISO-8859-13@euro", "lv", "LV", "LV-lv", "lv-lv", "lv_LV", " lv-LV "])
    func latvianSpellings(_ value: String) {
        #expect(resolve(nil, ["LANG": value]) == "lv-LV")
        #expect(resolve(value) == "lv-LV")
    }

    @Test("C, POSIX and empty values are skipped", arguments: ["C", "POSIX", "", "C.UTF-8", "c", "posix"])
    func skipped(_ value: String) {
        #expect(resolve(value, ["LC_ALL": value, "LANG": "lv_LV.UTF-8"]) == "lv-LV")
        #expect(resolve(nil, ["LC_ALL": value]) == "en-US")
    }

    @Test func unavailableFallsThroughToNextCandidateThenEnglish() {
        #expect(resolve("de-DE", ["LANG": "lv_LV.UTF-8"]) == "lv-LV")
        #expect(resolve("de-DE", ["LANG": "fr_FR.UTF-8"]) == "en-US")
        #expect(resolve(nil, [:]) == "en-US")
        #expect(LocaleNegotiation.resolve(requested: nil, environment: [:], available: []) == "en-US")
    }

    @Test func sameLanguageMatchesOtherRegion() {
        #expect(resolve("en-GB") == "en-US")
        #expect(resolve(nil, ["LANG": "lv_LT.UTF-8"]) == "lv-LV")
        #expect(LocaleNegotiation.match("lv-LV", available: ["lv", "lv-LT"]) == "lv")
        #expect(LocaleNegotiation.match("lv", available: ["lv-LV"]) == "lv-LV")
        #expect(LocaleNegotiation.match("lt", available: ["lv-LV"]) == nil)
    }

    @Test func exactMatchBeatsLanguageMatch() {
        let available = ["en-GB", "en-US"]
        #expect(LocaleNegotiation.resolve(requested: "en-US", environment: [:], available: available) == "en-US")
        #expect(LocaleNegotiation.resolve(requested: "EN_us", environment: [:], available: available) == "en-US")
    }

    @Test func resultKeepsAvailableSpelling() {
        #expect(LocaleNegotiation.resolve(requested: "LV_LV", environment: [:], available: ["lv-lv"]) == "lv-lv")
    }

    @Test func normalize() {
        #expect(LocaleNegotiation.normalize("lv_LV.UTF-8") == "lv-LV")
        #expect(LocaleNegotiation.normalize("sr_RS@latin") == "sr-RS")
        #expect(LocaleNegotiation.normalize("zh_hans_cn") == "zh-Hans-CN")
        #expect(LocaleNegotiation.normalize("LV-lv") == "lv-LV")
        #expect(LocaleNegotiation.normalize("C") == nil)
        #expect(LocaleNegotiation.normalize("POSIX") == nil)
        #expect(LocaleNegotiation.normalize("") == nil)
        #expect(LocaleNegotiation.normalize("lv__LV") == nil)
        #expect(LocaleNegotiation.normalize("../etc/passwd") == nil)
        #expect(LocaleNegotiation.normalize("README") == nil)
    }
}
