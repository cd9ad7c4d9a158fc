/// DocFX meanings of plain CommonMark: alerts and labels become callouts, `[!VIDEO]`
/// and `[!INCLUDE]` paragraphs become their own nodes, pipe-table paragraphs become tables.
extension CmarkConverter {
    mutating func appendParagraph(_ p: Paragraph, to out: inout [Block]) throws(ArticleError) {
        if let (title, target) = Self.includeDirective(p.inlines), let resolve = resolveInclude {
            out.append(.include(try resolve(target, title, p.range)))
            return
        }
        if let url = Self.videoDirective(p.inlines) {
            out.append(.video(Video(url: url, range: p.range)))
            return
        }
        if sawPipe, p.range.start.line != p.range.end.line, let blocks = try PipeTable.split(p, in: self) {
            for b in blocks {
                if case .paragraph(let rest) = b { out.append(labelled(rest) ?? b) } else { out.append(b) }
                if case .callout(let c)? = out.last, c.children.isEmpty { loneLabels += 1 }
            }
            return
        }
        out.append(labelled(p) ?? .paragraph(p))
        if case .callout(let c)? = out.last, c.children.isEmpty { loneLabels += 1 }
    }

    /// `**Svarīgi!** Ja …` or `Piezīme. Nosaukumu …` → a callout holding the rest.
    /// A label alone (`**Piezīme**`) yields an empty callout; `attachLabelBodies` gives it the next block.
    func labelled(_ p: Paragraph) -> Block? {
        guard !labels.isEmpty, let first = p.inlines.first else { return nil }
        switch first {
        case .strong(let s):
            // A label is one short text run; anything else is emphasis in a sentence.
            guard s.children.count == 1, case .text(let t) = s.children[0], let kind = labels.kind(of: t.string) else { return nil }
            var rest = Array(p.inlines.dropFirst())
            Self.dropLeadingLabelPunctuation(&rest)
            let body: [Block] = rest.isEmpty ? [] : [.paragraph(Paragraph(inlines: rest, range: SourceRange(start: rest[0].range.start, end: p.range.end)))]
            return .callout(Callout(kind: kind, style: .boldLabel, label: String(t.string), children: body, range: p.range))
        case .text(let t):
            // Only a label closed by punctuation counts, so ordinary sentences starting with "Note" stay prose.
            // Looked for in bytes: a grapheme walk over every paragraph's opening costs more than the rest of this.
            guard let stop = t.string.utf8.prefix(48).firstIndex(where: { $0 == 0x2E || $0 == 0x3A || $0 == 0x21 }),
                  let kind = labels.kind(of: t.string[..<stop]) else { return nil }
            let word = t.string[..<stop]
            guard word.count <= 24 else { return nil }
            // "Ņemiet vērā: ja …" is how "Note that if …" is translated: a phrase before a colon
            // opens a sentence; as a plain label it must be closed by '.' or '!'.
            if t.string.utf8[stop] == 0x3A, word.contains(" ") { return nil }
            let after = t.string[t.string.index(after: stop)...]
            guard after.isEmpty || after.first!.isWhitespace else { return nil }
            var rest = Array(p.inlines.dropFirst())
            let remainder = after.drop(while: \.isWhitespace)
            if !remainder.isEmpty {
                var r = t
                r.range.start.column += t.string.unicodeScalars.count - remainder.unicodeScalars.count
                r.string = remainder
                rest.insert(.text(r), at: 0)
            }
            let body: [Block] = rest.isEmpty ? [] : [.paragraph(Paragraph(inlines: rest, range: SourceRange(start: rest[0].range.start, end: p.range.end)))]
            return .callout(Callout(kind: kind, style: .plainLabel, label: String(t.string[...stop]), children: body, range: p.range))
        default:
            return nil
        }
    }

    private static func dropLeadingLabelPunctuation(_ inlines: inout [Inline]) {
        while let first = inlines.first {
            switch first {
            case .softBreak, .lineBreak:
                inlines.removeFirst()
            case .text(var t):
                let trimmed = t.string.drop(while: { $0.isWhitespace || $0 == "." || $0 == ":" || $0 == "!" })
                if trimmed.isEmpty { inlines.removeFirst(); continue }
                t.range.start.column += t.string.unicodeScalars.count - trimmed.unicodeScalars.count
                t.string = trimmed
                inlines[0] = .text(t)
                return
            default:
                return
            }
        }
    }

    /// A label standing alone takes the block after it as its body, as MT articles write it.
    func attachLabelBodies(_ blocks: [Block]) -> [Block] {
        guard blocks.count > 1 else { return blocks }
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        var i = 0
        while i < blocks.count {
            if case .callout(var c) = blocks[i], c.style != .alert, c.children.isEmpty, i + 1 < blocks.count {
                switch blocks[i + 1] {
                case .paragraph, .list, .codeBlock, .table, .blockQuote:
                    c.children = [blocks[i + 1]]
                    c.range.end = blocks[i + 1].range.end
                    out.append(.callout(c))
                    i += 2
                    continue
                default:
                    break
                }
            }
            out.append(blocks[i])
            i += 1
        }
        return out
    }

    /// `> [!NOTE]` alone on the quote's first line → an alert; `> **Note:** …` → a labelled callout;
    /// `> [!VIDEO url]` → a video. Text after the tag on its line leaves a plain quote, as in DocFX.
    func interpretQuote(_ q: BlockQuote) -> Block {
        // The quote's label paragraph was already read as a callout; the quote is its box.
        if case .callout(var c)? = q.children.first, c.style != .alert {
            c.children += q.children.dropFirst()
            c.range = q.range
            return .callout(c)
        }
        // `> [!VIDEO url]`: the paragraph inside was already read as the video.
        if q.children.count == 1, case .video(var v) = q.children[0] {
            v.range = q.range
            return .video(v)
        }
        guard case .paragraph(let first)? = q.children.first else { return .blockQuote(q) }
        if case .text(let t)? = first.inlines.first, let kind = Self.alertKind(t.string) {
            let next = first.inlines.dropFirst().first
            let tagAlone: Bool
            switch next {
            case nil, .softBreak?, .lineBreak?: tagAlone = true
            default: tagAlone = false
            }
            if tagAlone {
                var children = Array(q.children.dropFirst())
                let rest = Array(first.inlines.dropFirst(2))
                if !rest.isEmpty {
                    children.insert(.paragraph(Paragraph(inlines: rest, range: SourceRange(start: rest[0].range.start, end: first.range.end))), at: 0)
                }
                return .callout(Callout(kind: kind, style: .alert, label: nil, children: children, range: q.range))
            }
        }
        return .blockQuote(q)
    }

    static func alertKind(_ text: Substring) -> CalloutKind? {
        let s = text.trimmingSpaces
        guard s.hasPrefix("[!"), s.hasSuffix("]"), s.count <= 12 else { return nil }
        return CalloutKind(rawValue: s.dropFirst(2).dropLast().lowercased())
    }

    static func videoDirective(_ inlines: [Inline]) -> String? {
        guard inlines.count == 1, case .text(let t) = inlines[0] else { return nil }
        // Text opening with any ASCII byte but a space or `[` is no directive: most paragraphs
        // are turned away here, before a trimmed copy and a grapheme count of all their text.
        if let b = t.string.utf8.first, b < 0x80, b != UInt8(ascii: "["), b != 0x20, !(0x09...0x0D).contains(b) { return nil }
        let s = t.string.trimmingSpaces
        guard s.count > 9, s.hasSuffix("]"), s.prefix(8).uppercased() == "[!VIDEO " else { return nil }
        let url = s.dropFirst(8).dropLast().trimmingSpaces
        return url.isEmpty || url.contains(" ") ? nil : url
    }

    /// `[!INCLUDE [title](path)]`: cmark reads the inner brackets as a link.
    static func includeDirective(_ inlines: [Inline]) -> (title: String, target: String)? {
        guard inlines.count == 3, case .text(let open) = inlines[0], case .link(let link) = inlines[1],
              case .text(let close) = inlines[2], close.string.trimmingSpaces == "]" else { return nil }
        let tag = open.string.trimmingSpaces
        guard tag.count == 9, tag.uppercased() == "[!INCLUDE" else { return nil }
        return (link.children.plainText, link.destination)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
