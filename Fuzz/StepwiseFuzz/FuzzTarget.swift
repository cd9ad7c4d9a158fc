import Foundation
import StepwiseArticle
import StepwiseChecks
import StepwiseFlow
import StepwiseLocale
import StepwiseSite
import StepwiseTerminal
import StepwiseWizard

/// Arbitrary bytes through every stage a docs team's article goes through: front matter and
/// cmark → `Article` → step graph (validated, JSON that must parse, DOT, Mermaid) → terminal
/// rendering (plain and styled) → a walk of the wizard drawing every screen. Besides crashes and
/// hangs, each stage's promise is checked and a broken one traps, so libFuzzer reports it:
/// no control character from the article reaches the terminal except our own sequences.
enum FuzzPipeline {
    static let strings = RenderStrings(
        noteTitle: "Note", tipTitle: "Tip", importantTitle: "Important", cautionTitle: "Caution", warningTitle: "Warning",
        linksHeading: "Links", imageFormat: "Image: {alt}", videoFormat: "Video: {url}",
        uiPathSeparator: " › ", emptyUIPathSegment: "[?]", emptyTable: "(empty)")
    static let labels = CalloutLabels(words: ["note": ["Note", "Piezīme"], "important": ["Important", "Svarīgi"]])
    static let localizer = Localizer(catalog: Catalog(locale: "en-US"))

    static func run(_ bytes: [UInt8]) {
        let parser = ArticleParser(options: .init(calloutLabels: labels, contentRoot: nil))
        guard let article = try? parser.parse(bytes: bytes, path: "fuzz.md") else { return }
        let graph = StepGraphBuilder(options: StepGraphOptions(knownSlugs: ["other"])).build(article)
        // The walk's promise: every visible block in exactly one place of the graph.
        let issues = graph.validate(against: article)
        if !issues.isEmpty { fatalError("the graph is no partition of the article: \(issues.prefix(3))") }
        let json = graph.json()
        guard (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil else { fatalError("graph JSON does not parse") }
        trapIfBroken(rawControl(in: json), "graph JSON")
        trapIfBroken(rawControl(in: graph.dot()), "graph DOT")
        trapIfBroken(rawControl(in: graph.mermaid()), "graph Mermaid")

        let plain = ArticleRenderer(width: 60, color: false, links: .footnotes, strings: strings).render(article)
        trapIfBroken(TerminalOutputCheck.plain(plain), "show (plain)")
        let styled = ArticleRenderer(width: 60, color: true, links: .hyperlinks, strings: strings).render(article)
        trapIfBroken(TerminalOutputCheck.styled(styled), "show (styled)")

        walk(graph)
        checkAgainstItself(bytes)
        reportFormats(bytes)
        exportPage(bytes)
    }

    /// A translation compared with itself differs in nothing: only the checks that look at one
    /// file alone (empty UI path segments, broken links, front matter) may report.
    static func checkAgainstItself(_ bytes: [UInt8]) {
        let checker = Checker(options: CheckOptions(paths: [], calloutLabels: labels))
        let findings = checker.check(source: ("en-US/fuzz.md", bytes), translation: ("lv-LV/fuzz.md", bytes), expectedLocale: nil)
        let alone: Set<CheckID> = [.uiPath, .brokenLink, .frontMatter, .articleSyntax, .missingSource]
        if let pair = findings.first(where: { !alone.contains($0.check) }) {
            fatalError("the article differs from itself: \(pair.check.rawValue) at \(pair.location)")
        }
    }

    /// A control character a terminal obeys (C0 but line feed, DEL, C1), raw in an output.
    static func rawControl(in output: String) -> String? {
        guard let u = output.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }) else { return nil }
        return "raw control U+" + String(u.value, radix: 16, uppercase: true)
    }

    /// The article checked against an empty translation, so that findings quote what it holds
    /// (link targets, code, anchors); every report format must carry none of its controls raw.
    static func reportFormats(_ bytes: [UInt8]) {
        let checker = Checker(options: CheckOptions(paths: [], calloutLabels: labels))
        let findings = checker.check(source: ("en-US/fuzz.md", bytes), translation: ("lv-LV/fuzz.md", Array("# x\n".utf8)), expectedLocale: nil)
        let report = CheckReport(findings: findings, articlesChecked: 1, catalogsChecked: 0)
        let wording = FindingWording(localizer: localizer)
        trapIfBroken(rawControl(in: TextReport.render(report, wording: wording)), "check text")
        trapIfBroken(rawControl(in: JSONReport.render(report, wording: wording)), "check JSON")
        trapIfBroken(rawControl(in: SARIFReport.render(report, wording: wording, baseFolder: nil)), "check SARIF")
        trapIfBroken(rawControl(in: GitHubReport.render(report, wording: wording)), "check GitHub")
    }

    static let folder = NSTemporaryDirectory() + "stepwise-fuzz-\(getpid())"
    static let locales = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/StepwiseLocale/Catalogs").standardized

    /// The article's exported page holds no script but the site's own, no event handler and no
    /// `javascript:`/`vbscript:`/`data:` URL, whatever the article says.
    static func exportPage(_ bytes: [UInt8]) {
        let content = folder + "/Content", out = folder + "/site"
        try? FileManager.default.createDirectory(atPath: content + "/en-US", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: content + "/en-US/fuzz.md", contents: Data(bytes))
        guard let exporter = try? SiteExporter(options: SiteOptions(output: out, layers: CatalogLayers([locales]), calloutLabels: labels, concurrency: 1)),
              (try? exporter.export([SiteSource(slug: "fuzz", locale: "en-US", path: content + "/en-US/fuzz.md", contentRoot: content)])) != nil,
              let page = FileManager.default.contents(atPath: out + "/en-US/fuzz/index.html")
        else { return }
        if let problem = SitePageCheck.problem(in: String(decoding: page, as: UTF8.self)) { fatalError("exported page: \(problem)") }
    }

    static func trapIfBroken(_ problem: String?, _ stage: String) {
        if let problem { fatalError("\(stage): \(problem)") }
    }

    /// Every screen of a walk that takes the first way on each time, drawn as pipe mode draws it.
    static func walk(_ graph: StepGraph) {
        let article = WizardArticle(graph: graph, locale: "en-US", contentHash: "fuzz")
        let source = ClosureArticleSource { _, _ in article }
        guard var wizard = try? Wizard(slug: "fuzz", locale: "en-US", source: source) else { return }
        let renderer = WizardScreenRenderer(localizer: localizer, width: 60, color: false, input: .lines)
        var screen = wizard.screen
        for _ in 0..<64 {
            trapIfBroken(TerminalOutputCheck.plain(renderer.render(screen)), "wizard screen")
            if screen.kind == .end { break }
            screen = wizard.handle(screen.choices.isEmpty ? .next : .choose(1))
        }
        _ = wizard.handle(.back)
        _ = wizard.handle(.links)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func stepwiseFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzPipeline.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
// SwiftPM links an executable with `main` aliased to `<module>_main`, so libFuzzer's own `main`
// is never used; this one hands control to libFuzzer's driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("stepwise_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in stepwiseFuzzOneInput(data, size) }
}
#else
/// Without libFuzzer (a plain build): runs each file given through the same pipeline, so a
/// crash found by fuzzing can be replayed and kept as a regression test.
@main
struct ReplayInputs {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            FuzzPipeline.run([UInt8](data))
        }
    }
}
#endif
