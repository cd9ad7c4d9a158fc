import StepwiseArticle

/// Builds the walkthrough graph of an article. Pure and cheap: one pass over the top-level
/// blocks to find tasks, one walk over each node's blocks for its content.
///
/// Choices made where the article format leaves room, so that any article gives a sound graph:
/// - The graph is a partition of the article: every visible block is in exactly one place (the
///   overview, a task's introduction, a step, an info node, a closing node, or the references),
///   in document order; `validate(against:)` checks it.
/// - Task headings: `##`/`###` and paragraphs that are a single bold run. `#` is the title.
///   Sections with nothing visible (only raw HTML or rules) are no tasks; an empty `##` names the
///   `group` of the tasks under it. When no section is left, the whole article is one task.
///   A section of links only is a references section, not a task (`SectionShape`).
/// - Before the first task: a task `t0` when it holds a numbered procedure, else the overview.
/// - Steps: every numbered list of the task (a one-item list numbered above 1 that continues
///   nothing is prose); a bullet list only where there is none and it reads as a procedure
///   (`SectionShape.isBulletProcedure`). See `StepLayout` for what lies between and after.
/// - Edges: escape edges come from callout links of steps and info nodes alike; in-page links
///   (`#x`) and links to the article itself give none; one edge per kind and destination per node.
/// - Text: ASCII whitespace collapsed, one line per paragraph, heading, code block or table row.
public struct StepGraphBuilder: Sendable {
    public let options: StepGraphOptions
    private let resolver: LinkResolver

    public init(options: StepGraphOptions = .init()) {
        self.options = options
        self.resolver = LinkResolver(options: options)
    }

    public func build(_ article: Article) -> StepGraph {
        let slug = Self.slug(of: article.path)
        let header = HeaderFields(article.frontMatter)
        // `article.title` is the header's title unless that is missing or empty.
        let articleTitle = header.title.flatMap { $0.isEmpty ? nil : $0 } ?? article.title
        let summaryTitle = articleTitle.map(normalizedSpace) ?? ""
        let title = summaryTitle.isEmpty ? slug : summaryTitle
        let sections = ArticleSections(article.blocks, title: title)
        var assembly = GraphAssembly(articleSlug: slug, resolver: resolver)

        // Sections of links only are the article's references; the rest are tasks. What comes
        // before the first task heading is a task of its own (`t0`, offered first) when it holds
        // a numbered procedure or nothing else could be walked, else the article's overview.
        var taskSections = sections.tasks.filter { !$0.isReferences }
        var overview: ArraySlice<Block> = []
        var firstNumber = 1
        let opening = TaskSection(title: title, group: nil, range: nil, blocks: sections.intro)
        if sections.tasks.isEmpty {
            taskSections = [opening]
        } else if sections.intro.contains(where: ArticleSections.isVisible),
                  taskSections.isEmpty || StepLayout.hasNumberedProcedure(sections.intro) {
            taskSections.insert(opening, at: 0)
            firstNumber = 0
        } else {
            overview = sections.intro
        }
        let introText = overview.isEmpty ? "" : assembly.text(of: overview)
        let span = sections.span
        let references = sections.tasks.filter(\.isReferences).map { assembly.referenceSection($0, span: span) }

        // Nodes go into the graph's arrays in their final order, so none is copied or moved later.
        let layouts = taskSections.map { StepLayout($0.blocks, span: span) }
        let hasChoice = taskSections.count > 1
        let nodeCount = layouts.reduce(hasChoice ? 2 : 1) { $0 + max($1.steps.count, 1) + ($1.closing.isEmpty ? 0 : 1) }
        assembly.reserveCapacity(nodes: nodeCount, edges: nodeCount + taskSections.count)
        let start: String
        if hasChoice {
            start = "choice"
            assembly.nodes.append(StepNode(id: "choice", kind: .choice, text: title))
            for (index, section) in taskSections.enumerated() {
                let first = GraphAssembly.firstNodeID(task: firstNumber + index, hasSteps: !layouts[index].steps.isEmpty)
                assembly.edges.append(StepEdge(from: "choice", to: first, kind: .choice, label: section.title))
            }
        } else if taskSections.isEmpty {
            // Only references: the walk is their list.
            start = "end"
        } else {
            start = GraphAssembly.firstNodeID(task: firstNumber, hasSteps: !layouts[0].steps.isEmpty)
        }
        for index in taskSections.indices {
            assembly.addTask(taskSections[index], layout: layouts[index], number: firstNumber + index, span: span)
        }
        assembly.nodes.append(StepNode(id: "end", kind: .end))
        assembly.nodes += assembly.externalNodes

        var summary = ArticleSummary(slug: slug, locale: Self.locale(contentLocale: header.contentLocale, path: article.path),
                                     title: title, assetID: header.assetID, intro: introText,
                                     overviewBlocks: overview.filter(ArticleSections.isVisible))
        summary.overviewCovers = StepLayout.covers(overview, span)
        return StepGraph(article: summary, start: start, tasks: assembly.tasks, nodes: assembly.nodes, edges: assembly.edges,
                         references: references)
    }

    /// `Article.slug`, computed on UTF-8 bytes: `Article.slug` splits the path into Characters,
    /// about 3 µs a call, a tenth of a typical article's whole graph.
    static func slug(of path: String) -> String {
        var path = path
        let (start, end) = path.withUTF8 { bytes -> (Int, Int) in
            var end = bytes.count
            while end > 0 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            var start = end
            while start > 0 && bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            if end - start >= 3 && bytes[end - 3] == UInt8(ascii: ".") && bytes[end - 2] == UInt8(ascii: "m")
                && bytes[end - 1] == UInt8(ascii: "d") { end -= 3 }
            return (start, end)
        }
        let utf8 = path.utf8
        return String(path[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// `ms.contentlocale`, else the folder the file sits in when it is named like a locale (`Content/lv-LV/x.md`).
    static func locale(contentLocale: String?, path: String) -> String? {
        if let l = contentLocale, !l.isEmpty { return l }
        let utf8 = path.utf8
        guard let fileSlash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let folderStart = utf8[..<fileSlash].lastIndex(of: UInt8(ascii: "/")).map(utf8.index(after:)) ?? utf8.startIndex
        let folder = path[folderStart..<fileSlash]
        return isLocaleCode(folder) ? String(folder) : nil
    }
}

/// The front matter fields a graph uses, found in one pass: each `FrontMatter` lookup scans
/// all entries, and a header has a dozen or more.
private struct HeaderFields {
    var title: String?
    var assetID: String?
    var contentLocale: String?

    /// Like `FrontMatter`'s lookups, the first entry with a key counts.
    init(_ frontMatter: FrontMatter) {
        var seen = (title: false, assetID: false, contentLocale: false)
        let entries = frontMatter.entries
        for i in entries.indices {
            // Lengths first spare most string comparisons (keys rarely match); no other spelling
            // of these ASCII keys is canonically equal to them, so equal keys have equal lengths.
            let key = entries[i].key
            switch key.utf8.count {
            case 5 where !seen.title && key == "title":
                seen.title = true
                title = entries[i].value.string
            case 10 where !seen.assetID && key == "ms.assetid":
                seen.assetID = true
                assetID = entries[i].value.string
            case 16 where !seen.contentLocale && key == "ms.contentlocale":
                seen.contentLocale = true
                contentLocale = entries[i].value.string
            default:
                continue
            }
        }
    }
}
