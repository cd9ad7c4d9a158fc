import StepwiseArticle

/// What a section's blocks read as, decided by structure alone, so that one rule serves every
/// language: no word of any article or translation is ever matched.
enum SectionShape {
    /// A references section ("See also", "Ieteiktie dokumenti"): every visible block is a bullet
    /// list whose items are each essentially a link, or a paragraph of links, and some link leaves
    /// the page. "Essentially" means no letter or digit outside the links: one real instruction
    /// among the links makes the section a task.
    static func isReferences(_ blocks: ArraySlice<Block>) -> Bool {
        var leavesPage = false
        var any = false
        func linksOnly(_ inlines: [Inline]) -> Bool {
            var sawLink = false
            guard scanLinksOnly(inlines, sawLink: &sawLink, leavesPage: &leavesPage), sawLink else { return false }
            return true
        }
        for index in blocks.indices {
            switch blocks[index] {
            case .html, .thematicBreak: continue
            case .paragraph(let p):
                guard linksOnly(p.inlines) else { return false }
            case .list(let l):
                // A numbered list is a procedure, even of links: its items are walked as steps.
                guard !l.isOrdered else { return false }
                for item in l.items {
                    let visible = item.children.filter(ArticleSections.isVisible)
                    guard visible.count == 1, case .paragraph(let p) = visible[0], linksOnly(p.inlines) else { return false }
                }
            default:
                return false
            }
            any = true
        }
        return any && leavesPage
    }

    /// Inlines that hold links and, outside them, only whitespace and punctuation.
    private static func scanLinksOnly(_ inlines: [Inline], sawLink: inout Bool, leavesPage: inout Bool) -> Bool {
        for inline in inlines {
            switch inline {
            case .link(let l):
                sawLink = true
                if !(l.destination.isEmpty || l.destination.hasPrefix("#")) { leavesPage = true }
            case .text(let t):
                if hasWordCharacter(t.string) { return false }
            case .softBreak, .lineBreak, .html: continue
            case .strong(let s): guard scanLinksOnly(s.children, sawLink: &sawLink, leavesPage: &leavesPage) else { return false }
            case .emphasis(let e): guard scanLinksOnly(e.children, sawLink: &sawLink, leavesPage: &leavesPage) else { return false }
            case .code, .image, .uiPath: return false
            }
        }
        return true
    }

    /// A bullet list read as a procedure where a section has no numbered one. Descriptive and
    /// link bullets are the common case in help articles (definitions opening with a bold term,
    /// product names, reading lists), so bullets are steps only when each item is an
    /// instruction by shape and the list tells the reader to operate something:
    /// - two or more items, each opening with a paragraph of plain running text (not a bold,
    ///   italic, code or linked term, and not essentially a link);
    /// - some item names what to operate: a UI path (`A > B`), a bold UI label inside its
    ///   sentence, or numbered sub-steps of its own.
    /// A list that holds numbered sub-steps (two or more) is a procedure whatever its items open
    /// with: the author numbered what to do inside it, and those numbers are walked on its steps.
    static func isBulletProcedure(_ list: ListBlock) -> Bool {
        guard !list.isOrdered, list.items.count >= 2 else { return false }
        if list.items.contains(where: { item in
            item.children.contains { if case .list(let l) = $0 { l.isOrdered && l.items.count >= 2 } else { false } }
        }) { return true }
        var operates = false
        for item in list.items {
            let visible = item.children.filter(ArticleSections.isVisible)
            guard case .paragraph(let p)? = visible.first, opensWithPlainText(p.inlines) else { return false }
            // (Numbered sub-steps were settled above.)
            if !operates {
                operates = hasUICue(p.inlines, atStart: true)
                    || visible.dropFirst().contains { if case .paragraph(let q) = $0 { hasUICue(q.inlines, atStart: false) } else { false } }
            }
        }
        return operates
    }

    /// The first inline that is not whitespace is plain text with a letter or digit in it.
    private static func opensWithPlainText(_ inlines: [Inline]) -> Bool {
        for inline in inlines {
            switch inline {
            case .text(let t):
                if ArticleSections.isBlank(t.string) { continue }
                return hasWordCharacter(t.string)
            case .softBreak, .lineBreak, .html: continue
            default: return false
            }
        }
        return false
    }

    /// A letter or digit, in any script: what separates words from punctuation and spacing.
    private static func hasWordCharacter(_ s: Substring) -> Bool {
        s.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// A UI path anywhere, or a bold run that is not the paragraph's opening term.
    private static func hasUICue(_ inlines: [Inline], atStart: Bool) -> Bool {
        var opening = atStart
        for inline in inlines {
            switch inline {
            case .uiPath: return true
            case .strong: if !opening { return true }
            case .text(let t): if !ArticleSections.isBlank(t.string) { opening = false }
            case .emphasis(let e): if hasUICue(e.children, atStart: false) { return true }
            case .link(let l): if hasUICue(l.children, atStart: false) { return true }
            default: opening = false
            }
        }
        return false
    }
}
