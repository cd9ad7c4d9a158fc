import Foundation
import Testing

/// The rooms the README promises, read from the sources themselves, so a shortcut across
/// them fails here instead of being found in review.
struct ArchitectureTests {
    /// What each module may import, as `Package.swift` declares it and the README draws it:
    /// dependencies point down the list, never up or sideways.
    static let allowed: [String: Set<String>] = [
        "Ccmark": [],
        "StepwiseArticle": ["Ccmark"],
        "StepwiseFlow": ["StepwiseArticle"],
        "StepwiseLocale": ["StepwiseArticle"],
        // The store's error reasons are locale keys (`SystemReason`), not words.
        "StepwiseDomain": ["StepwiseLocale"],
        "StepwiseWizard": ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseDomain"],
        "StepwiseTerminal": ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseDomain", "StepwiseWizard"],
        "StepwiseSite": ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale"],
        "StepwiseCatalogFormats": ["StepwiseArticle", "StepwiseLocale"],
        "StepwiseChecks": ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseCatalogFormats"],
        "stepwise": ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseWizard", "StepwiseTerminal", "StepwiseDomain",
                     "StepwiseChecks", "StepwiseSite"],
    ]

    static func swiftFiles(in module: String) -> [(path: String, text: String)] {
        let folder = packageRoot + "/Sources/" + module
        let paths = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        return paths.sorted().compactMap { rel in
            (try? String(contentsOfFile: folder + "/" + rel, encoding: .utf8)).map { (module + "/" + rel, $0) }
        }
    }

    /// Modules named on `import` lines, whatever attributes or access level stand before it
    /// (`@testable`, `internal`, `private`…) and however the line is indented.
    static func imports(_ text: String) -> [String] {
        let modifiers: Set<Substring> = ["public", "package", "internal", "fileprivate", "private", "open"]
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(whereSeparator: \.isWhitespace)
            guard let i = words.firstIndex(of: "import"), i + 1 < words.count,
                  words[..<i].allSatisfy({ $0.hasPrefix("@") || modifiers.contains($0) }) else { return nil }
            return String(words[i + 1])
        }
    }

    @Test func importsPointDownTheLayers() {
        let ours = Set(Self.allowed.keys)
        var checked = 0
        for (module, allowed) in Self.allowed.sorted(by: { $0.key < $1.key }) {
            for file in Self.swiftFiles(in: module) {
                for name in Self.imports(file.text) where ours.contains(name) {
                    checked += 1
                    #expect(allowed.contains(name), "\(file.path) imports \(name), which \(module) may not depend on")
                }
            }
        }
        #expect(checked > 20)
    }

    @Test func importLinesAreReadWhateverStandsBeforeThem() {
        #expect(Self.imports("import A\n\tinternal import B\n@testable import C\nprivate import D\n// import E\nlet x = 1") == ["A", "B", "C", "D"])
    }

    @Test func onlyTheConverterImportsCmark() {
        let importers = Self.allowed.keys.sorted().flatMap { Self.swiftFiles(in: $0) }
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
