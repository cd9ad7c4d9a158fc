import Foundation
import Testing

@Suite struct ShowCommandTests {
    let seed = "activate-or-reactivate-a-subscription"

    @Test func pipedOutputIsPlainWithFootnotes() throws {
        let r = try CLI.run(["show", seed, "--locale", "lv-LV", "--width", "60"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}"))
        #expect(r.stdout.contains("Svarīgi"))
        #expect(r.stdout.contains("Saites"))
        #expect(r.stdout.contains("[5] /microsoft-365/admin/contact-support-for-business-products"))
        #expect(r.stdout.contains("1. Administrēšanas centrā"))
        for line in r.stdout.split(separator: "\n") where !line.hasPrefix("[") {
            #expect(line.count <= 60, "too wide: \(line)")
        }
    }

    @Test func colorAlwaysGivesHyperlinksAndStyles() throws {
        let r = try CLI.run(["show", seed, "--locale", "en-US", "--color", "always"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\u{1B}]8;;https://go.microsoft.com/fwlink/p/?linkid=842054"))
        #expect(r.stdout.contains("\u{1B}[0;1"))
        #expect(r.stdout.contains("Important"))
    }

    @Test func noColorKeepsAutoPlain() throws {
        let r = try CLI.run(["show", seed, "--color", "auto"], environment: ["NO_COLOR": "1"])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("\u{1B}"))
    }

    @Test func languageFromEnvironment() throws {
        let r = try CLI.run(["show", seed], environment: ["LANG": "lv_LV.UTF-8"])
        #expect(r.stdout.contains("Abonementa aktivizēšana"))
        let en = try CLI.run(["show", seed], environment: ["LANG": "en_US.UTF-8"])
        #expect(en.stdout.contains("Activate a subscription") || en.stdout.contains("subscription"))
        #expect(!en.stdout.contains("Abonementa"))
    }

    @Test func everyCorpusPairShows() throws {
        for locale in ["en-US", "lv-LV"] {
            let folder = sharedRoot + "/corpus/deployoffice-privacy/" + locale
            for file in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".md") }) {
                let r = try CLI.run(["show", folder + "/" + file, "--width", "100"])
                #expect(r.status == 0, "\(file): \(r.stderr)")
                #expect(!r.stdout.isEmpty)
            }
        }
    }
}
