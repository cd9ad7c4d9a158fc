import Foundation
import StepwiseArticle
import StepwiseLocale
@testable import StepwiseSite

enum Repo {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let content = root.appendingPathComponent("Content").path
    static let locales = root.appendingPathComponent("Sources/StepwiseLocale/Catalogs")
    static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
    static let fixtures = testsFolder.appendingPathComponent("Fixtures").path
    static let golden = testsFolder.appendingPathComponent("Golden")
    static let labels = CalloutLabels(words: LocaleFolder.calloutLabelWords(in: locales))
}

/// Exports through the library, as `stepwise export` does.
enum Export {
    static func sources(content: String) -> [SiteSource] {
        ContentLibrary(root: content).entries.map { SiteSource(slug: $0.slug, locale: $0.locale, path: $0.path, contentRoot: content) }
    }

    static func run(_ sources: [SiteSource], to output: String, clean: Bool = false, templates: String? = nil,
                    baseURL: String? = nil, locales: [String]? = nil, concurrency: Int = 2) throws -> SiteReport {
        let options = SiteOptions(output: output, baseURL: baseURL, templates: templates, clean: clean,
                                  layers: CatalogLayers([Repo.locales]), calloutLabels: Repo.labels, concurrency: concurrency)
        return try SiteExporter(options: options).export(sources, locales: locales)
    }

    static func run(content: String, to output: String, clean: Bool = false) throws -> SiteReport {
        try run(sources(content: content), to: output, clean: clean)
    }
}

enum Temp {
    static func folder(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "stepwise-site-\(name)-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every file under `root`, by relative path.
    static func files(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for relative in (FileManager.default.subpaths(atPath: root) ?? []) {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return out
    }

    static func copy(_ from: String, to: String) throws {
        try? FileManager.default.removeItem(atPath: to)
        try FileManager.default.copyItem(atPath: from, toPath: to)
    }
}

/// A system tool run to its end, output captured through files so no pipe can fill up.
struct ToolRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> ToolRun {
        let folder = Temp.folder("tool")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outPath = folder + "/out", errPath = folder + "/err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus,
                       stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
                       stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }
}

enum Tidy {
    static let path = "/usr/bin/tidy"
    static var available: Bool { FileManager.default.isExecutableFile(atPath: path) }
    static var required: Bool { available || ProcessInfo.processInfo.environment["CI"] != nil }

    /// `tidy -q -e` over the files in two parallel batches; returns the report of each file
    /// with anything to say (tidy names the file before its findings), empty when all are clean.
    static func problems(in files: [String]) throws -> [String] {
        let batches = stride(from: 0, to: files.count, by: 200).map { Array(files[$0..<min(files.count, $0 + 200)]) }
        let reports = ResultBox(count: batches.count)
        DispatchQueue.concurrentPerform(iterations: batches.count) { i in
            let run = try? ToolRun.run(path, ["-q", "-e", "--gnu-emacs", "yes"] + batches[i])
            reports.set(i, run.map { $0.status == 0 ? "" : $0.stderr + $0.stdout } ?? "tidy failed to start")
        }
        return reports.values.filter { !$0.isEmpty }
    }
}

final class ResultBox: @unchecked Sendable {
    private var items: [String]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: "", count: count) }
    func set(_ i: Int, _ value: String) { lock.withLock { items[i] = value } }
    var values: [String] { lock.withLock { items } }
}

enum Chromium {
    static let path = "/usr/bin/chromium"
    static var available: Bool { FileManager.default.isExecutableFile(atPath: path) }
    static var required: Bool { available || ProcessInfo.processInfo.environment["CI"] != nil }

    /// The DOM after the page's scripts ran, as headless Chromium serializes it.
    static func dom(_ url: String) throws -> String {
        let profile = Temp.folder("chromium")
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let run = try ToolRun.run(path, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
            "--virtual-time-budget=5000", "--dump-dom", url,
        ], timeout: 90)
        return run.stdout
    }
}

/// One article written into a fresh content folder and exported on its own.
enum Single {
    static func export(_ markdown: String, slug: String = "article", locale: String = "en-US") throws -> (page: String, report: SiteReport, files: [String: Data]) {
        let content = Temp.folder("single-content"), out = Temp.folder("single-out")
        defer { try? FileManager.default.removeItem(atPath: content); try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: content + "/" + locale, withIntermediateDirectories: true)
        try Data(markdown.utf8).write(to: URL(fileURLWithPath: content + "/" + locale + "/" + slug + ".md"))
        let report = try Export.run(content: content, to: out)
        let page = String(decoding: FileManager.default.contents(atPath: out + "/" + locale + "/" + slug + "/index.html") ?? Data(), as: UTF8.self)
        return (page, report, Temp.files(out))
    }
}
