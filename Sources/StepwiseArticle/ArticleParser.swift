import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Front matter + cmark → `Article`.
public struct ArticleParser: Sendable {
    public struct Options: Sendable {
        /// Localized labels (`**Svarīgi!**`) that open callouts; from the locale catalogs.
        public var calloutLabels: CalloutLabels
        /// Includes must resolve inside this folder. Nil: the article's own folder.
        public var contentRoot: String?
        public var maxBytes: Int
        /// Block and inline nesting; beyond it the article is refused rather than risking the stack.
        public var maxDepth: Int
        public var maxIncludeDepth: Int

        public init(calloutLabels: CalloutLabels = CalloutLabels(), contentRoot: String? = nil,
                    maxBytes: Int = 16 << 20, maxDepth: Int = 64, maxIncludeDepth: Int = 8) {
            self.calloutLabels = calloutLabels
            self.contentRoot = contentRoot
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
            self.maxIncludeDepth = maxIncludeDepth
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func parse(contentsOf path: String) throws(ArticleError) -> Article {
        try parse(bytes: try bytes(of: path), path: path)
    }

    /// The file as `parse(contentsOf:)` reads it, with the same errors: for callers that
    /// also need the text as written (columns of what decoding changed).
    public func bytes(of path: String) throws(ArticleError) -> [UInt8] {
        try Self.read(path, maxBytes: options.maxBytes, at: nil, in: path)
    }

    /// The file's front matter alone (no body parsed): for lookups over a whole content folder
    /// such as finding articles by `ms.assetid`.
    package func frontMatter(contentsOf path: String) throws(ArticleError) -> FrontMatter {
        let bytes = Self.withLineFeeds(try bytes(of: path))
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return try bytes.withUnsafeBufferPointer { (all: UnsafeBufferPointer<UInt8>) throws(ArticleError) -> FrontMatter in
            let text = UnsafeBufferPointer(rebasing: all[bomLength...])
            return try FrontMatterParser.parse(try FrontMatterParser.split(text, file: path), file: path)
        }
    }

    public func parse(bytes: [UInt8], path: String) throws(ArticleError) -> Article {
        var context = IncludeContext(root: options.contentRoot, article: path, stack: [], options: options)
        let (frontMatter, blocks) = try parseDocument(bytes, path: path, context: &context)
        return Article(path: path, frontMatter: frontMatter, blocks: blocks)
    }

    struct IncludeContext {
        /// Nil: the article's own folder, worked out on the first include (NSString's path
        /// rules cost more than parsing a short article).
        var root: String?
        var article: String
        /// Canonical paths of the files being included, outermost first; filled on the first
        /// include, since resolving paths costs more than parsing most articles.
        var stack: [String]
        var options: Options
    }

    func parseDocument(_ input: [UInt8], path: String, context: inout IncludeContext) throws(ArticleError) -> (FrontMatter, [Block]) {
        guard input.count <= options.maxBytes else {
            throw ArticleError(.tooLarge, file: path, arguments: ["limit": String(options.maxBytes)])
        }
        let bytes = Self.withLineFeeds(input)
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return try bytes.withUnsafeBufferPointer { (all: UnsafeBufferPointer<UInt8>) throws(ArticleError) -> (FrontMatter, [Block]) in
            let text = UnsafeBufferPointer(rebasing: all[bomLength...])
            // Checking the UTF-8 and making the String that text runs slice are one pass.
            guard let source = String(validating: text, as: UTF8.self) else {
                try Self.validateUTF8(Array(text), file: path)
                throw ArticleError(.invalidUTF8, file: path)
            }
            let split = try FrontMatterParser.split(text, file: path)
            let frontMatter = try FrontMatterParser.parse(split, file: path)
            let body = UnsafeBufferPointer(rebasing: text[split.bodyStart...])
            var converter = CmarkConverter(map: SourceMap(bytes: body, lineOffset: split.lineCount, source: source, sourceOffset: split.bodyStart), file: path,
                                           labels: options.calloutLabels, maxDepth: options.maxDepth)
            var ctx = context
            converter.resolveInclude = { (target: String, title: String, range: SourceRange) throws(ArticleError) -> Include in
                try self.include(target, title: title, range: range, from: path, context: &ctx)
            }
            let blocks = try converter.document(body)
            return (frontMatter, blocks)
        }
    }

    private func include(_ target: String, title: String, range: SourceRange, from file: String,
                         context: inout IncludeContext) throws(ArticleError) -> Include {
        let location = range.start
        if context.stack.isEmpty { context.stack = [Self.canonical(context.article)] }
        let bare = String(target.prefix { $0 != "#" && $0 != "?" })
        guard !bare.isEmpty else { throw ArticleError(.includeMissing, file: file, position: location, arguments: ["target": target]) }
        guard context.stack.count <= options.maxIncludeDepth else {
            throw ArticleError(.includeTooDeep, file: file, position: location, arguments: ["limit": String(options.maxIncludeDepth)])
        }
        let base = (file as NSString).deletingLastPathComponent
        let joined = bare.hasPrefix("/") ? bare : (base as NSString).appendingPathComponent(bare)
        let resolved = Self.canonical(joined)
        let root = Self.canonical(context.root ?? (context.article as NSString).deletingLastPathComponent)
        guard resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            throw ArticleError(.includeOutsideRoot, file: file, position: location, arguments: ["target": target])
        }
        guard !context.stack.contains(resolved) else {
            throw ArticleError(.includeCycle, file: file, position: location, arguments: ["target": target])
        }
        let bytes = try Self.read(resolved, maxBytes: options.maxBytes, at: location, in: file, target: target)
        context.stack.append(resolved)
        defer { context.stack.removeLast() }
        let (_, blocks) = try parseDocument(bytes, path: resolved, context: &context)
        return Include(title: title, target: target, path: resolved, requestedPath: joined, children: blocks, range: range)
    }

    /// The real path: `..` and symbolic links resolved, so neither can lead out of the root.
    public static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The one file reader (articles, includes, bindings files): plain files only, read without
    /// blocking, refused past `maxBytes`, every failure an `ArticleError` with its reason.
    package static func read(_ path: String, maxBytes: Int, at position: SourcePosition?, in file: String,
                     target: String? = nil) throws(ArticleError) -> [UInt8] {
        // A FIFO or device would block or never end; only plain files are articles. The file
        // is opened without blocking (a FIFO's open would wait for a writer) and judged by what
        // was opened, so nothing can be swapped in between the check and the read.
        func notAFile() -> ArticleError {
            if let target {
                return ArticleError(.includeMissing, file: file, position: position ?? .init(line: 1, column: 1), arguments: ["target": target])
            }
            return ArticleError(.unreadable, file: file, position: .init(line: 0, column: 0), arguments: ["detail-key": "not-a-file"])
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            // The reason the system gives: a folder the user may not enter is "permission
            // denied", not "no such file".
            let code = errno
            if let target, code == ENOENT || code == ENOTDIR {
                throw ArticleError(.includeMissing, file: file, position: position ?? .init(line: 1, column: 1), arguments: ["target": target])
            }
            switch code {
            case ENOENT, ENOTDIR:
                throw ArticleError(.unreadable, file: file, position: .init(line: 0, column: 0), arguments: ["detail-key": "no-such-file"])
            case EACCES, EPERM:
                throw ArticleError(.unreadable, file: file, position: .init(line: 0, column: 0), arguments: ["detail-key": "permission-denied"])
            default:
                throw ArticleError(.unreadable, file: file, position: .init(line: 0, column: 0), arguments: ["detail": String(cString: strerror(code))])
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw notAFile() }
        // Read to the end, but one byte past the limit at most, so an oversized file is refused
        // without loading all of it. The size is only a first guess (/proc files say 0).
        let limit = maxBytes + 1
        var bytes = [UInt8](repeating: 0, count: min(max(Int(info.st_size), 4096), limit))
        var done = 0
        while done < limit {
            if done == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit - bytes.count)) }
            let room = bytes.count - done
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + done, room) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else {
                throw ArticleError(.unreadable, file: file, position: .init(line: 0, column: 0), arguments: ["detail": String(cString: strerror(errno))])
            }
            if n == 0 { break }
            done += n
        }
        guard done <= maxBytes else {
            throw ArticleError(.tooLarge, file: file, arguments: ["limit": String(maxBytes)])
        }
        return Array(bytes[..<done])
    }

    /// A lone CR ends a line in CommonMark (old Mac files); turning it into LF lets the
    /// header split and the line table agree with cmark. CRLF is left alone.
    static func withLineFeeds(_ bytes: [UInt8]) -> [UInt8] {
        let hasCR = bytes.withUnsafeBufferPointer { b in b.baseAddress.map { memchr($0, 0x0D, b.count) != nil } ?? false }
        guard hasCR, let first = bytes.indices.first(where: { bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A) }) else {
            return bytes
        }
        var out = bytes
        for i in first..<out.count where out[i] == 0x0D && (i + 1 == out.count || out[i + 1] != 0x0A) { out[i] = 0x0A }
        return out
    }

    /// Refuses invalid UTF-8 with the place of the first bad byte, rather than showing U+FFFD.
    static func validateUTF8(_ bytes: [UInt8], file: String) throws(ArticleError) {
        guard let bad = UTF8Validation.firstInvalidOffset(bytes) else { return }
        var line = 1, column = 1
        for b in bytes[..<bad] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        throw ArticleError(.invalidUTF8, file: file, position: .init(line: line, column: column))
    }
}
