import StepwiseArticle

/// What an export remembers about each article page it made, kept beside the site as
/// `.stepwise-export-cache`: the hash of everything the page was made from, the files and
/// link lookups that hash covers, and what the indexes and the report need from the page
/// (its summary, warnings and binding problems). The next export skips a page whose inputs
/// hash the same and whose file is still there; `export --shard` leaves one per shard,
/// and `export --merge` takes pages from them.
///
/// The format is a list of length-prefixed fields (`5:title`), fast to read for thousands of
/// pages; anything unreadable, or from another build, is no cache: every page is made.
struct ExportCache: Sendable, Equatable {
    struct Page: Sendable, Equatable {
        /// `SiteExporter.inputsHash` when the page was made.
        var inputs: UInt64
        /// The article file as last read (`FileIdentity`) and the hash of its bytes: an
        /// unchanged file is not read again.
        var sourceIdentity: String
        var sourceHash: UInt64
        /// Files read besides the article (`PageInputs.dependencies`): its includes, each as the
        /// path the article names and the file it resolved to, and its bindings file (read or absent).
        var dependencies: [String]
        /// The link lookups the page made (`SiteLinks.Query`), re-asked to see whether a page it
        /// links to appeared or went away.
        var linkQueries: [String]
        /// The size of the page file, so a page removed or cut short is made again.
        var size: Int
        var summary: PageSummary
        var warnings: [SiteWarning]
        var problems: [ArticleError]
    }

    static let fileName = ".stepwise-export-cache"
    private static let magic = "stepwise-export-cache 4"

    /// By page path (`lv-LV/slug/index.html`).
    var pages: [String: Page] = [:]
    /// `PageInputs.indexesHash` when the indexes were made, and each index file's size.
    var indexes: UInt64?
    var indexSizes: [String: Int] = [:]

    init() {}

    /// Nil when `bytes` are not a whole cache written by `build`.
    init?(bytes: [UInt8], build: String) {
        var reader = FieldReader(bytes)
        guard reader.text() == Self.magic, reader.text() == build, let count = reader.int(), count >= 0 else { return nil }
        for _ in 0..<count {
            guard let path = reader.text(), let page = Self.page(&reader) else { return nil }
            pages[path] = page
        }
        guard let indexes = reader.text(), let sizes = reader.int(), sizes >= 0 else { return nil }
        if indexes != "-" {
            guard let value = UInt64(indexes, radix: 16) else { return nil }
            self.indexes = value
        }
        for _ in 0..<sizes {
            guard let path = reader.text(), let size = reader.int() else { return nil }
            indexSizes[path] = size
        }
        guard reader.atEnd else { return nil }
    }

    func bytes(build: String) -> [UInt8] {
        var out = FieldWriter()
        out.text(Self.magic)
        out.text(build)
        out.int(pages.count)
        for path in pages.keys.sorted() {
            let page = pages[path]!
            out.text(path)
            out.text(ContentHash.hex(page.inputs))
            out.text(page.sourceIdentity)
            out.text(ContentHash.hex(page.sourceHash))
            out.list(page.dependencies)
            out.list(page.linkQueries)
            out.int(page.size)
            out.text(page.summary.slug); out.text(page.summary.title)
            out.int(page.summary.tasks); out.int(page.summary.steps); out.text(page.summary.text)
            out.int(page.warnings.count)
            for w in page.warnings {
                out.text(w.code.rawValue); out.text(w.file); out.int(w.position.line); out.int(w.position.column); out.arguments(w.arguments)
            }
            out.int(page.problems.count)
            for p in page.problems {
                out.text(p.code.rawValue); out.text(p.file); out.int(p.position.line); out.int(p.position.column); out.arguments(p.arguments)
            }
        }
        out.text(indexes.map(ContentHash.hex) ?? "-")
        out.int(indexSizes.count)
        for path in indexSizes.keys.sorted() { out.text(path); out.int(indexSizes[path]!) }
        return out.bytes
    }

    private static func page(_ r: inout FieldReader) -> Page? {
        guard let hex = r.text(), let inputs = UInt64(hex, radix: 16), let identity = r.text(),
              let sourceHex = r.text(), let sourceHash = UInt64(sourceHex, radix: 16), let dependencies = r.list(), let queries = r.list(),
              let size = r.int(), size >= 0, let slug = r.text(), let title = r.text(), let tasks = r.int(), tasks >= 0, let steps = r.int(), steps >= 0,
              let text = r.text(), let warningCount = r.int(), warningCount >= 0 else { return nil }
        var warnings: [SiteWarning] = []
        for _ in 0..<warningCount {
            guard let code = r.text().flatMap(SiteWarning.Code.init(rawValue:)), let file = r.text(), let line = r.int(), let column = r.int(),
                  let args = r.arguments() else { return nil }
            warnings.append(SiteWarning(code: code, file: file, position: SourcePosition(line: line, column: column), arguments: args))
        }
        guard let problemCount = r.int(), problemCount >= 0 else { return nil }
        var problems: [ArticleError] = []
        for _ in 0..<problemCount {
            guard let code = r.text().flatMap(ArticleError.Code.init(rawValue:)), let file = r.text(), let line = r.int(), let column = r.int(),
                  let args = r.arguments() else { return nil }
            problems.append(ArticleError(code, file: file, position: SourcePosition(line: line, column: column), arguments: args))
        }
        return Page(inputs: inputs, sourceIdentity: identity, sourceHash: sourceHash, dependencies: dependencies, linkQueries: queries, size: size,
                    summary: PageSummary(slug: slug, title: title, tasks: tasks, steps: steps, text: text),
                    warnings: warnings, problems: problems)
    }
}

/// `<decimal length>:<bytes>` fields, one after another.
private struct FieldWriter {
    var bytes: [UInt8] = []

    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            bytes.append(contentsOf: String(utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func int(_ n: Int) { text(String(n)) }

    mutating func list(_ items: [String]) {
        int(items.count)
        for item in items { text(item) }
    }

    mutating func arguments(_ args: [String: String]) {
        int(args.count)
        for key in args.keys.sorted() { text(key); text(args[key]!) }
    }
}

private struct FieldReader {
    let bytes: [UInt8]
    var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func text() -> String? {
        var length = 0, digits = 0
        while at < bytes.count, bytes[at] != UInt8(ascii: ":") {
            let d = Int(bytes[at]) - 48
            guard (0...9).contains(d), digits < 10 else { return nil }
            length = length * 10 + d
            digits += 1
            at += 1
        }
        guard digits > 0, at < bytes.count, bytes.count - (at + 1) >= length else { return nil }
        let start = at + 1
        at = start + length
        // Written by `FieldWriter` from Swift strings; a damaged file is caught by its hashes
        // and sizes, so bytes are decoded without a second validating pass.
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    mutating func int() -> Int? { text().flatMap { Int($0) } }

    var atEnd: Bool { at == bytes.count }

    mutating func list() -> [String]? {
        guard let count = int(), count >= 0 else { return nil }
        var out: [String] = []
        for _ in 0..<count {
            guard let item = text() else { return nil }
            out.append(item)
        }
        return out
    }

    mutating func arguments() -> [String: String]? {
        guard let count = int(), count >= 0 else { return nil }
        var out: [String: String] = [:]
        for _ in 0..<count {
            guard let key = text(), let value = text() else { return nil }
            out[key] = value
        }
        return out
    }
}
