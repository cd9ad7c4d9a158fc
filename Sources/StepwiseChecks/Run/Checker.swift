import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale

/// Runs every check over the files named in `CheckOptions`.
public struct Checker: Sendable {
    public let options: CheckOptions
    /// For files checked on their own (no content folder); a run starts from it too.
    let loader: ArticleLoader
    /// For `check(source:translation:)`: link targets are looked up once across calls, as in a run.
    private let pairIndex: LinkIndex

    public init(options: CheckOptions) {
        self.options = options
        loader = options.loader(root: nil)
        pairIndex = LinkIndex(parser: loader.parser)
    }

    public func run() throws(CheckInputError) -> CheckReport {
        let inputs: CheckInputs
        do { inputs = try CheckInputs(paths: options.paths) } catch {
            throw CheckInputError(path: error.path, reason: error.reason)
        }
        var run = CheckRun(checker: self)
        run.checkCatalogs(inputs.catalogs)
        run.checkArticles(inputs.articles)
        let report = CheckReport(findings: run.findings.sorted(by: Finding.ordered),
                                 articlesChecked: run.articlesChecked, catalogsChecked: run.catalogsChecked)
        // Every parsed article is freed on another core while the report is written: in a
        // command, the process often ends first, which is the cheapest way to free it.
        let done = ReleaseLater(consume run)
        DispatchQueue.global(qos: .utility).async { done.release() }
        return report
    }

    // MARK: One pair, for the benchmark and tests

    /// A translation against its source, both given as bytes: every article check but the
    /// action bindings (which live beside the content folder).
    public func check(source: (path: String, bytes: [UInt8]), translation: (path: String, bytes: [UInt8]),
                      expectedLocale: String?) -> [Finding] {
        let index = pairIndex
        let s = (try? loader.load(bytes: source.bytes, path: source.path, slug: nil)).map(ArticleFacts.init)
        switch Result(catching: { () throws(ArticleError) -> LoadedArticle in try loader.load(bytes: translation.bytes, path: translation.path, slug: nil) }) {
        case .failure(let error):
            return [Self.finding(for: error)]
        case .success(let loaded):
            let t = ArticleFacts(loaded)
            index.remember(loaded.article.path, anchors: t.anchors)
            return Self.checks(target: t, source: s, expectedLocale: expectedLocale, index: index)
        }
    }

    static func checks(target: ArticleFacts, source: ArticleFacts?, expectedLocale: String?, index: LinkIndex) -> [Finding] {
        var findings = TranslationChecks.frontMatter(target.article, expectedLocale: expectedLocale, source: source?.article)
        if let source {
            findings += PairChecks.run(source: source, target: target)
        } else {
            findings.append(Finding(.missingSource, at: FindingLocation(file: target.article.path, line: 1, column: 1), message: "missing-source"))
        }
        findings += TranslationChecks.brokenLinks(target, source: source, index: index)
        return findings
    }

    /// An article the parser refused: its YAML header, or the whole file.
    static func finding(for error: ArticleError, check given: CheckID? = nil) -> Finding {
        let check: CheckID = given ?? {
            switch error.code {
            case .frontMatterSyntax, .frontMatterUnclosed, .frontMatterNotMap: .frontMatter
            default: .articleSyntax
            }
        }()
        let location = error.position.line > 0
            ? FindingLocation(file: error.file, line: error.position.line, column: error.position.column) : .wholeFile(error.file)
        return Finding(check, at: location, message: "error." + error.code.rawValue, error.arguments)
    }
}

private extension Result where Failure == ArticleError {
    init(catching body: () throws(ArticleError) -> Success) {
        do { self = .success(try body()) } catch { self = .failure(error) }
    }
}

/// Holds a value until `release` drops it, on whichever thread calls that.
private final class ReleaseLater<Value>: @unchecked Sendable {
    private var value: Value?
    init(_ value: consuming Value) { self.value = value }
    func release() { value = nil }
}
