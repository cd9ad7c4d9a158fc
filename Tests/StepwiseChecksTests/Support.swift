import Foundation
import StepwiseArticle
import StepwiseLocale
@testable import StepwiseChecks

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let sharedRoot = (packageRoot as NSString).deletingLastPathComponent + "/shared"
let localesFolder = URL(fileURLWithPath: packageRoot + "/Sources/StepwiseLocale/Catalogs")

let shippedLabels = CalloutLabels(words: LocaleFolder.calloutLabelWords(in: localesFolder))

/// A scratch folder laid out like a docs tree, removed when the value goes away.
final class Tree {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "stepwise-check-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        let path = root + "/" + relative
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func check(_ paths: [String]? = nil, locales: [String] = []) throws -> CheckReport {
        try Checker(options: CheckOptions(paths: paths ?? [root], locales: locales, calloutLabels: shippedLabels)).run()
    }
}

/// An article with the header every check expects, so a fixture shows only what it is about.
func article(locale: String, assetID: String? = "a1", title: String = "Title", _ body: String) -> String {
    var header = "---\ntitle: \(title)\n"
    if let assetID { header += "ms.assetid: \(assetID)\n" }
    header += "ms.contentlocale: \(locale)\n---\n"
    return header + body
}

extension CheckReport {
    /// `check@line:column` of each finding, in report order.
    var places: [String] {
        findings.map { "\($0.check.rawValue)@\($0.location.range.start.line):\($0.location.range.start.column)" }
    }

    func only(_ check: CheckID) -> [Finding] { findings.filter { $0.check == check } }
}
