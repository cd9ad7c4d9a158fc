/// The shipped templates compiled once into byte segments and rendered straight into bytes.
/// swift-mustache finds every value by casts and reflection, which was a sixth of a fresh
/// export; these templates use a small part of Mustache, which this reads exactly as
/// swift-mustache does (CompiledTemplatesTests holds the two to the same bytes).
///
/// What it reads: `{{{name}}}`, sections `{{#name}}`, `{{^name}}`, `{{/name}}` and partials
/// `{{> name}}`, with the spec's rule that a section or partial tag alone on its line takes
/// the line with it. Anything else in a template (escaped `{{name}}`, comments, delimiters,
/// dotted names, an indented partial, a last line without its newline), and any value of a
/// kind it does not model, makes it decline, and swift-mustache renders instead.
struct CompiledTemplates: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case value(String)
        case section(String, inverted: Bool, [Node])
        case partial(String)
    }

    private let templates: [String: [Node]]

    /// Nil when any template uses what this does not read.
    init?(_ sources: [String: String]) {
        var templates: [String: [Node]] = [:]
        for (name, text) in sources {
            guard let nodes = Self.compile(Array(text.utf8)) else { return nil }
            templates[name] = nodes
        }
        self.templates = templates
    }

    /// The page, or nil when a value is of a kind this does not model.
    func render(_ name: String, _ context: [String: Any]) -> [UInt8]? {
        guard let nodes = templates[name] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(16 * 1024)
        var stack: [Any] = [context]
        return render(nodes, stack: &stack, into: &out, depth: 0) ? out : nil
    }

    private func render(_ nodes: [Node], stack: inout [Any], into out: inout [UInt8], depth: Int) -> Bool {
        // A partial that includes itself would never end; swift-mustache's would not either.
        guard depth < 32 else { return false }
        for node in nodes {
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .value(let name):
                guard let value = Self.lookup(name, in: stack) else { continue }
                switch value {
                case let s as String: out.append(contentsOf: s.utf8)
                case let html as PageHTML: out.append(contentsOf: html.bytes)
                case let b as Bool: out.append(contentsOf: (b ? "true" : "false").utf8)
                case let n as Int: out.append(contentsOf: String(n).utf8)
                default: return false
                }
            case .section(let name, let inverted, let children):
                let value = Self.lookup(name, in: stack)
                let items: [Any]
                switch value {
                case .none: items = []
                case let b as Bool: items = b ? [Optional<Any>.none as Any] : []
                // Items other than these swift-mustache reads by reflection.
                case let list as [Any] where list.allSatisfy({ $0 is [String: Any] || $0 is String || $0 is Int || $0 is Bool }): items = list
                case let v? where v is String || v is Int || v is [String: Any]: items = [v]
                default: return false
                }
                if inverted {
                    if items.isEmpty, !render(children, stack: &stack, into: &out, depth: depth + 1) { return false }
                    continue
                }
                for item in items {
                    // A true Bool renders its section in the same context; other values are
                    // looked in first.
                    let pushes = !(value is Bool)
                    if pushes { stack.append(item) }
                    let ok = render(children, stack: &stack, into: &out, depth: depth + 1)
                    if pushes { stack.removeLast() }
                    if !ok { return false }
                }
            case .partial(let name):
                // A partial the library does not have renders nothing, as in swift-mustache.
                guard let nodes = templates[name] else { continue }
                if !render(nodes, stack: &stack, into: &out, depth: depth + 1) { return false }
            }
        }
        return true
    }

    /// The innermost context that has `name`; contexts that are not dictionaries (a string a
    /// section was opened with) have no names.
    private static func lookup(_ name: String, in stack: [Any]) -> Any? {
        for frame in stack.reversed() {
            if let dictionary = frame as? [String: Any], let value = dictionary[name] { return value }
        }
        return nil
    }

    // MARK: Compiling

    private enum Tag {
        case value(String), open(String, inverted: Bool), close(String), partial(String)

        var canStandAlone: Bool { if case .value = self { false } else { true } }
    }

    private enum Piece {
        case text([UInt8])
        /// With the line it is on, and whether it stands alone there.
        case tag(Tag, line: Int, alone: Bool)
    }

    private static func compile(_ bytes: [UInt8]) -> [Node]? {
        // Mustache ends a line at "\r\n" too, and swift-mustache reads a last line without
        // its newline its own way; these templates end every line with "\n" alone.
        guard bytes.last == 0x0A, !bytes.contains(0x0D), let pieces = standalone(bytes) else { return nil }
        var stack: [(name: String, inverted: Bool, line: Int, alone: Bool, nodes: [Node])] = [("", false, 0, false, [])]
        for piece in pieces {
            switch piece {
            case .text(let t): if !t.isEmpty { stack[stack.count - 1].nodes.append(.text(t)) }
            case .tag(.value(let name), _, _): stack[stack.count - 1].nodes.append(.value(name))
            case .tag(.partial(let name), _, _): stack[stack.count - 1].nodes.append(.partial(name))
            case .tag(.open(let name, let inverted), let line, let alone): stack.append((name, inverted, line, alone, []))
            case .tag(.close(let name), let line, let alone):
                guard stack.count > 1, stack[stack.count - 1].name == name else { return nil }
                let done = stack.removeLast()
                // A section either opens and closes on lines of their own, or within one line:
                // swift-mustache carries a standalone line's state on past other shapes.
                guard done.alone == alone, alone || done.line == line else { return nil }
                stack[stack.count - 1].nodes.append(.section(done.name, inverted: done.inverted, done.nodes))
            }
        }
        return stack.count == 1 ? stack[0].nodes : nil
    }

    /// The template's text and tags, line by line, with standalone tag lines taken out whole.
    private static func standalone(_ bytes: [UInt8]) -> [Piece]? {
        var pieces: [Piece] = []
        var start = 0
        var number = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let lineEnd = end < bytes.count ? end + 1 : end
            guard let line = tokens(bytes[start..<end], line: number) else { return nil }
            let tags = line.compactMap { if case .tag(let t, _, _) = $0 { t } else { nil } }
            let blank = line.allSatisfy { piece in
                if case .text(let t) = piece { t.allSatisfy { $0 == 0x20 || $0 == 0x09 } } else { true }
            }
            if tags.count == 1, tags[0].canStandAlone, blank {
                // An indented partial indents each of its lines: not read here.
                if case .partial = tags[0], case .text(let lead)? = line.first, !lead.isEmpty { return nil }
                pieces.append(.tag(tags[0], line: number, alone: true))
            } else {
                pieces += line
                if end < bytes.count { pieces.append(.text([0x0A])) }
            }
            start = lineEnd
            number += 1
        }
        return merged(pieces)
    }

    /// Adjacent texts joined, so a line's newline goes out with it in one copy.
    private static func merged(_ pieces: [Piece]) -> [Piece] {
        var out: [Piece] = []
        for piece in pieces {
            if case .text(let t) = piece, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + t)
            } else {
                out.append(piece)
            }
        }
        return out
    }

    /// One line's text and tags; nil for a tag this does not read.
    private static func tokens(_ line: ArraySlice<UInt8>, line number: Int) -> [Piece]? {
        var pieces: [Piece] = []
        var text: [UInt8] = []
        var i = line.startIndex
        while i < line.endIndex {
            guard line[i] == 0x7B, i + 1 < line.endIndex, line[i + 1] == 0x7B else {
                text.append(line[i])
                i += 1
                continue
            }
            guard let close = closingBraces(in: line, from: i + 2) else { return nil }
            var inner = line[(i + 2)..<close]
            var after = close + 2
            let tag: Tag
            if inner.first == 0x7B {
                // `{{{name}}}`: the third brace closes right after the two.
                guard after < line.endIndex, line[after] == 0x7D else { return nil }
                after += 1
                guard let name = name(inner.dropFirst()) else { return nil }
                tag = .value(name)
            } else if let sigil = inner.first, [0x23, 0x5E, 0x2F, 0x3E].contains(sigil) {
                inner = inner.dropFirst()
                guard let name = name(inner) else { return nil }
                switch sigil {
                case 0x23: tag = .open(name, inverted: false)
                case 0x5E: tag = .open(name, inverted: true)
                case 0x2F: tag = .close(name)
                default: tag = .partial(name)
                }
            } else {
                return nil
            }
            if !text.isEmpty { pieces.append(.text(text)); text = [] }
            pieces.append(.tag(tag, line: number, alone: false))
            i = after
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// A plain name (letters, digits, `-`, `_`) between optional spaces.
    private static func name(_ bytes: ArraySlice<UInt8>) -> String? {
        let trimmed = bytes.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
        guard !trimmed.isEmpty, trimmed.allSatisfy({ b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
        }) else { return nil }
        return String(decoding: trimmed, as: UTF8.self)
    }

    /// Where the next `}}` starts.
    private static func closingBraces(in line: ArraySlice<UInt8>, from: Int) -> Int? {
        var i = from
        while i + 1 < line.endIndex {
            if line[i] == 0x7D, line[i + 1] == 0x7D { return i }
            i += 1
        }
        return nil
    }
}
