import Foundation
import Testing

/// The rooms the README promises, read from the sources themselves, so a shortcut across
/// them fails here instead of being found in review.
struct ArchitectureTests {
    /// Modules in dependency order: each may import only those before it (siblings in one
    /// layer are listed so that the one they share comes first: the domain's error reasons
    /// are locale keys).
    static let layers: [[String]] = [
        ["Ccmark"],
        ["StepwiseArticle"],
        ["StepwiseLocale", "StepwiseFlow", "StepwiseDomain"],
        ["StepwiseWizard"],
        ["StepwiseTerminal", "StepwiseSite", "StepwiseChecks"],
        ["stepwise"],
    ]

    static func swiftFiles(in module: String) -> [(path: String, text: String)] {
        let folder = packageRoot + "/Sources/" + module
        let paths = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        return paths.sorted().compactMap { rel in
            (try? String(contentsOfFile: folder + "/" + rel, encoding: .utf8)).map { (module + "/" + rel, $0) }
        }
    }

    static func imports(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard let i = words.firstIndex(of: "import"), i + 1 < words.count,
                  words[..<i].allSatisfy({ $0.hasPrefix("@") || $0 == "package" || $0 == "public" }) else { return nil }
            return String(words[i + 1])
        }
    }

    @Test func importsPointDownTheLayers() {
        let ours = Set(Self.layers.joined())
        var checked = 0
        let order = Array(Self.layers.joined())
        for (index, module) in order.enumerated() where index > 0 {
            let allowed = Set(order[..<index])
            do {
                for file in Self.swiftFiles(in: module) {
                    for name in Self.imports(file.text) where ours.contains(name) {
                        checked += 1
                        #expect(allowed.contains(name), "\(file.path) imports \(name), which is not below \(module)")
                    }
                }
            }
        }
        #expect(checked > 20)
    }

    @Test func onlyTheConverterImportsCmark() {
        let importers = Self.layers.joined().flatMap { Self.swiftFiles(in: $0) }
            .filter { Self.imports($0.text).contains("Ccmark") }.map(\.path)
        #expect(importers == ["StepwiseArticle/CmarkConverter.swift"])
    }

    @Test func theCLIHoldsNoTerminalModesOrStoreFiles() {
        let files = Self.swiftFiles(in: "stepwise")
        #expect(files.count > 5)
        for file in files {
            for chore in ["termios", "tcsetattr", "-wal\"", "-shm\"", "removeItem"] {
                #expect(!file.text.contains(chore), "\(file.path) does \(chore) itself")
            }
        }
    }

    @Test func theDomainHoldsNoWords() {
        let files = Self.swiftFiles(in: "StepwiseDomain")
        #expect(files.count > 10)
        for file in files {
            for renderer in ["Localizer", "Catalog(", ".text(\""] {
                #expect(!file.text.contains(renderer), "\(file.path) renders text (\(renderer))")
            }
        }
    }
}
