import Dispatch
import Foundation
import StepwiseArticle

/// What an export remembers about each article page it made, kept beside the site as
/// `.stepwise-export-cache`: the hash of everything the page was made from, the files and
/// link lookups that hash covers, and what the indexes and the report need from the page
/// (its summary, warnings and binding problems). The next export skips a page whose inputs
/// hash the same and whose file is still there; `export --shard` leaves one per shard,
/// and `export --merge` takes pages from them.
///
/// The format is a list of length-prefixed fields (`5:title`), fast to read for thousands of
/// pages, each page's fields in one field of their own so pages are decoded on all cores;
/// anything unreadable, or from another build, is no cache: every page is made.
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
    private static let magic = "stepwise-export-cache 5"

    /// By page path (`lv-LV/slug/index.html`).
    var pages: [String: Page] = [:]
    /// `PageInputs.indexesHash` when the indexes were made, and each index file's size.
    var indexes: UInt64?
    var indexSizes: [String: Int] = [:]

    init() {}

    /// Nil when `bytes` are not a whole cache written by `build`.
    init?(bytes: [UInt8], build: String) {
        var reader = FieldReader(bytes[...])
        guard reader.text() == Self.magic, reader.text() == build, let count = reader.int(), count >= 0 else { return nil }
        var records: [(path: String, fields: ArraySlice<UInt8>)] = []
        for _ in 0..<count {
            guard let path = reader.text(), let fields = reader.field() else { return nil }
            records.append((path, fields))
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
        guard reader.atEnd, let decoded = Self.pages(records) else { return nil }
        pages = decoded
    }

    /// The pages decoded on all cores: most of an unchanged re-export's reading is their
    /// summaries' text. Nil when any is unreadable.
    private static func pages(_ records: [(path: String, fields: ArraySlice<UInt8>)]) -> [String: Page]? {
        let slots = ResultSlots<Page?>(count: records.count)
        let chunk = 64
        let chunks = (records.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: min(ProcessInfo.processInfo.activeProcessorCount, max(1, chunks))) { _ in
            while let c = slots.nextChunk(of: chunks) {
                for i in (c * chunk)..<min(records.count, (c + 1) * chunk) {
                    var reader = FieldReader(records[i].fields)
                    let page = Self.page(&reader)
                    slots[i] = reader.atEnd ? page : nil
                }
            }
        }
        var out: [String: Page] = [:]
        out.reserveCapacity(records.count)
        for (record, page) in zip(records, slots.values) {
            guard let page else { return nil }
            out[record.path] = page
        }
        return out
    }

    func bytes(build: String) -> [UInt8] {
        var out = FieldWriter()
        out.text(Self.magic)
        out.text(build)
        out.int(pages.count)
        for path in pages.keys.sorted() {
            out.text(path)
            var fields = FieldWriter()
            Self.write(pages[path]!, to: &fields)
            out.field(fields.bytes)
        }
        out.text(indexes.map(ContentHash.hex) ?? "-")
        out.int(indexSizes.count)
        for path in indexSizes.keys.sorted() { out.text(path); out.int(indexSizes[path]!) }
        return out.bytes
    }

    private static func write(_ page: Page, to out: inout FieldWriter) {
        out.text(ContentHash.hex(page.inputs))
        out.text(page.sourceIdentity)
        out.text(ContentHash.hex(page.sourceHash))
        out.list(page.dependencies)
        out.list(page.linkQueries)
        out.int(page.size)
        out.text(page.summary.slug); out.text(page.summary.title)
        out.int(page.summary.tasks); out.int(page.summary.steps); out.field(page.summary.text.utf8)
        out.int(page.warnings.count)
        for w in page.warnings {
            out.text(w.code.rawValue); out.text(w.file); out.int(w.position.line); out.int(w.position.column); out.arguments(w.arguments)
        }
        out.int(page.problems.count)
        for p in page.problems {
            out.text(p.code.rawValue); out.text(p.file); out.int(p.position.line); out.int(p.position.column); out.arguments(p.arguments)
        }
    }

    private static func page(_ r: inout FieldReader) -> Page? {
        guard let hex = r.text(), let inputs = UInt64(hex, radix: 16), let identity = r.text(),
              let sourceHex = r.text(), let sourceHash = UInt64(sourceHex, radix: 16), let dependencies = r.list(), let queries = r.list(),
              let size = r.int(), size >= 0, let slug = r.text(), let title = r.text(), let tasks = r.int(), tasks >= 0, let steps = r.int(), steps >= 0,
              let text = r.field(), let warningCount = r.int(), warningCount >= 0 else { return nil }
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
                    summary: PageSummary(slug: slug, title: title, tasks: tasks, steps: steps, text: SearchText(cached: text)),
                    warnings: warnings, problems: problems)
    }
}

/// `<decimal length>:<bytes>` fields, one after another.
private struct FieldWriter {
    var bytes: [UInt8] = []

    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { field($0) }
    }

    mutating func field<C: Collection<UInt8>>(_ content: C) {
        bytes.append(contentsOf: String(content.count).utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: content)
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
    let bytes: ArraySlice<UInt8>
    var at: Int

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes; at = bytes.startIndex }

    /// The next field's bytes.
    mutating func field() -> ArraySlice<UInt8>? {
        var length = 0, digits = 0
        while at < bytes.endIndex, bytes[at] != UInt8(ascii: ":") {
            let d = Int(bytes[at]) - 48
            guard (0...9).contains(d), digits < 10 else { return nil }
            length = length * 10 + d
            digits += 1
            at += 1
        }
        guard digits > 0, at < bytes.endIndex, bytes.endIndex - (at + 1) >= length else { return nil }
        let start = at + 1
        at = start + length
        return bytes[start..<at]
    }

    /// Written by `FieldWriter` from Swift strings; a damaged file is caught by its hashes
    /// and sizes, so bytes are decoded without a second validating pass.
    mutating func text() -> String? { field().map { String(decoding: $0, as: UTF8.self) } }

    /// A decimal as `String(n)` writes it, read from the bytes without making a string.
    mutating func int() -> Int? {
        guard var digits = field(), !digits.isEmpty else { return nil }
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 19 else { return nil }
        var n = 0
        for b in digits {
            guard b >= 48, b <= 57 else { return nil }
            let (times, o1) = n.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(b) - 48)
            guard !o1, !o2 else { return nil }
            n = sum
        }
        return negative ? -n : n
    }

    var atEnd: Bool { at == bytes.endIndex }

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
