import Yams

/// Splits the YAML header off the Markdown before cmark sees it (cmark would read it as a
/// thematic break plus a setext heading) and parses it with Yams.
struct FrontMatterParser {
    /// Most Docs headers hold a few dozen values; an alias bomb expands to billions.
    static let maxValues = 10_000

    struct Split {
        /// The header's bytes, without its delimiters; nil when the article has none.
        var yaml: UnsafeBufferPointer<UInt8>?
        /// Byte offset where the Markdown body starts.
        var bodyStart: Int
        /// Lines taken by the header and its delimiters.
        var lineCount: Int
    }

    /// Finds a header opened by `---` on the first line and closed by `---` or `...`.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(ArticleError) -> Split {
        guard let firstEnd = lineEnd(bytes, from: 0), isDelimiter(bytes, 0, firstEnd, closing: false) else {
            return Split(yaml: nil, bodyStart: 0, lineCount: 0)
        }
        var start = firstEnd + 1
        var line = 1
        while start <= bytes.count {
            guard start < bytes.count else { break }
            let end = lineEnd(bytes, from: start) ?? bytes.count
            line += 1
            if isDelimiter(bytes, start, end, closing: true) {
                let yamlBytes = UnsafeBufferPointer(rebasing: bytes[(firstEnd + 1)..<start])
                return Split(yaml: yamlBytes, bodyStart: min(end + 1, bytes.count), lineCount: line)
            }
            start = end + 1
        }
        throw ArticleError(.frontMatterUnclosed, file: file)
    }

    static func parse(_ split: Split, file: String) throws(ArticleError) -> FrontMatter {
        guard let bytes = split.yaml else { return FrontMatter() }
        if let fast = FrontMatterFastPath.parse(bytes, lineCount: split.lineCount) { return fast }
        return try parseWithYams(bytes, lineCount: split.lineCount, file: file)
    }

    /// Full YAML. No type guessing (`482` stays text) and UTF-8 named outright: Yams'
    /// default encoding reads the process environment on every call.
    static func parseWithYams(_ bytes: UnsafeBufferPointer<UInt8>, lineCount: Int, file: String) throws(ArticleError) -> FrontMatter {
        let yaml = String(decoding: bytes, as: UTF8.self)
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw located(error, file: file)
        } catch {
            throw ArticleError(.frontMatterSyntax, file: file, position: .init(line: 2, column: 1), arguments: ["detail": "\(error)"])
        }
        var fm = FrontMatter(lineCount: lineCount)
        guard let node else { return fm }
        guard case .mapping(let mapping) = node else {
            throw ArticleError(.frontMatterNotMap, file: file, position: position(node.mark))
        }
        var budget = maxValues
        for (key, value) in mapping {
            let name = key.string ?? ""
            fm.entries.append(FrontMatterEntry(key: name, value: try convert(value, budget: &budget, file: file), position: position(key.mark)))
        }
        return fm
    }

    private static func convert(_ node: Node, budget: inout Int, file: String) throws(ArticleError) -> FrontMatterValue {
        budget -= 1
        if budget < 0 {
            throw ArticleError(.frontMatterSyntax, file: file, position: position(node.mark),
                               arguments: ["detail-key": "too-many-values", "limit": String(maxValues)])
        }
        switch node {
        case .scalar(let s): return .string(s.string)
        case .sequence(let seq):
            var out: [FrontMatterValue] = []
            for item in seq { out.append(try convert(item, budget: &budget, file: file)) }
            return .list(out)
        case .mapping(let map):
            var out: [(key: String, value: FrontMatterValue)] = []
            for (k, v) in map { out.append((k.string ?? "", try convert(v, budget: &budget, file: file))) }
            return .map(out)
        case .alias:
            return .string("")
        }
    }

    /// Yams' marks count lines inside the header; the file has the opening `---` above them.
    private static func position(_ mark: Mark?) -> SourcePosition { YAMLPosition.of(mark, linesAbove: 1) }

    private static func located(_ error: YamlError, file: String) -> ArticleError {
        let mark: Mark?
        let problem: String
        switch error {
        case .scanner(let context, let p, let m, _), .parser(let context, let p, let m, _), .composer(let context, let p, let m, _):
            mark = m
            problem = context.map { "\(p), \($0.text) at \(position($0.mark))" } ?? p
        case .reader(let p, _, _, _): mark = nil; problem = p
        default: mark = nil; problem = "\(error)"
        }
        return ArticleError(.frontMatterSyntax, file: file, position: position(mark), arguments: ["detail": problem])
    }

    private static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i < b.count { if b[i] == 0x0A { return i }; i += 1 }
        return nil
    }

    /// `---` (or `...` when closing) followed only by spaces, tabs or a CR.
    private static func isDelimiter(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, closing: Bool) -> Bool {
        guard end - start >= 3 else { return false }
        let c = b[start]
        guard c == UInt8(ascii: "-") || (closing && c == UInt8(ascii: ".")) else { return false }
        guard b[start + 1] == c, b[start + 2] == c else { return false }
        var i = start + 3
        while i < end {
            let x = b[i]
            if x != 0x20 && x != 0x09 && x != 0x0D { return false }
            i += 1
        }
        return true
    }
}
