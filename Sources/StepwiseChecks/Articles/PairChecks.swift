import StepwiseArticle
import StepwiseFlow

/// A translated article against its source: structure, callouts, links, anchors, code,
/// tables, UI paths and markup.
struct PairChecks {
    let source: ArticleFacts
    let target: ArticleFacts
    private(set) var findings: [Finding] = []

    static func run(source: ArticleFacts, target: ArticleFacts) -> [Finding] {
        var checks = PairChecks(source: source, target: target)
        checks.run()
        return checks.findings
    }

    private init(source: ArticleFacts, target: ArticleFacts) {
        self.source = source; self.target = target
    }

    private var sourceFile: String { source.article.path }
    private var targetFile: String { target.article.path }

    private mutating func run() {
        compareUnits()
        compareAnchors()
        compareCodeBlocks()
        compareTables()
    }

    // MARK: Structure and units

    private mutating func compareUnits() {
        let sourceTasks = source.graph.tasks, targetTasks = target.graph.tasks
        guard sourceTasks.count == targetTasks.count else {
            // The first task one side has and the other lacks; on the side without it, the last part of its last task.
            let place = targetTasks.count > sourceTasks.count ? target.start(ofTask: sourceTasks.count + 1)
                : target.units.last(where: { $0.range.start.line > 0 })?.range ?? target.firstBlock
            let related = sourceTasks.count > targetTasks.count ? source.start(ofTask: targetTasks.count + 1)
                : source.units.last(where: { $0.range.start.line > 0 })?.range
            findings.append(Finding(.structure, at: here(place), message: "task-count",
                                    ["count": String(targetTasks.count), "source": String(sourceTasks.count)], related: there(related)))
            compare(source.whole, target.whole)
            return
        }
        let sourceUnits = Dictionary(source.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Units are in task order; grouping them once keeps long articles (hundreds of tasks) linear.
        let unitsByTask = Dictionary(grouping: target.units.indices, by: { target.units[$0].task })
        for (index, task) in targetTasks.enumerated() {
            let sourceTask = sourceTasks[index]
            let number = index + 1
            // Node ids less their task prefix: `t0`/`t1` numbering is not structure.
            guard task.steps.map(Self.nodeSuffix) == sourceTask.steps.map(Self.nodeSuffix) else {
                let place = task.range ?? target.task(number).range
                let steps = target.graph.stepCount(task), sourceSteps = source.graph.stepCount(sourceTask)
                // Same steps, so the difference is what follows them: a closing on one side only.
                let message = steps == sourceSteps ? "closing-differs" : "step-count"
                findings.append(Finding(.structure, at: here(place), message: message,
                                        ["task": String(number), "count": String(steps), "source": String(sourceSteps)],
                                        related: there(sourceTask.range ?? source.task(number).range)))
                compare(source.task(number), target.task(number))
                continue
            }
            for unitIndex in unitsByTask[number] ?? [] {
                let unit = target.units[unitIndex]
                // The source's unit of the same place: its task's id with the same suffix, so a
                // `t0` on one side meets the other side's `t1`.
                let sourceID = sourceTask.id + unit.id.dropFirst(task.id.count)
                let sourceUnit = sourceUnits[sourceID] ?? UnitFacts(id: sourceID, task: number, range: sourceTask.range ?? .unknown)
                compare(sourceUnit, unit)
            }
        }
        compareArticleUnits()
    }

    /// The head and the references sections, which belong to no task. A head the translation
    /// lacks is compared with nothing, so what the source has in it is reported. References
    /// sections are compared one by one when both sides have as many; otherwise all of them at
    /// once, so a dropped section reports its links missing once and nothing twice.
    private mutating func compareArticleUnits() {
        let place = target.units.last(where: { $0.range.start.line > 0 })?.range ?? target.firstBlock
        let sourceHead = source.units.first { $0.id == "head" }, targetHead = target.units.first { $0.id == "head" }
        if sourceHead != nil || targetHead != nil {
            compare(sourceHead ?? UnitFacts(id: "head", task: 0, range: .unknown),
                    targetHead ?? UnitFacts(id: "head", task: 0, range: target.firstBlock))
        }
        let sourceRefs = source.units.filter { $0.task == 0 && $0.id != "head" }
        let targetRefs = target.units.filter { $0.task == 0 && $0.id != "head" }
        if sourceRefs.count == targetRefs.count {
            for (s, t) in zip(sourceRefs, targetRefs) { compare(s, t) }
        } else if !(sourceRefs.isEmpty && targetRefs.isEmpty) {
            compare(UnitFacts.merged(sourceRefs, id: "references", range: nil),
                    UnitFacts.merged(targetRefs, id: "references", range: targetRefs.first?.range ?? place))
        }
    }

    private mutating func compare(_ s: UnitFacts, _ t: UnitFacts) {
        compareCallouts(s, t)
        compareLinks(s, t)
        compareInlineCode(s, t)
        checkUIPaths(s, t)
        compareMarkup(s, t)
        compareLiterals(s, t)
    }

    private mutating func compareCallouts(_ s: UnitFacts, _ t: UnitFacts) {
        let diff = ItemDiff(source: s.callouts, target: t.callouts)
        guard !diff.isEmpty else { return }
        for item in diff.missing {
            findings.append(Finding(.callout, at: here(t.range, t.file), message: "callout-missing", ["kind": item.key.rawValue, "unit": t.id], related: there(item.range, item.file)))
        }
        for item in diff.added {
            findings.append(Finding(.callout, at: here(item.range, item.file), message: "callout-added", ["kind": item.key.rawValue, "unit": t.id], related: there(s.range, s.file)))
        }
        for (a, b) in diff.changed {
            findings.append(Finding(.callout, at: here(b.range, b.file), message: "callout-kind",
                                    ["kind": b.key.rawValue, "source": a.key.rawValue], related: there(a.range, a.file)))
        }
    }

    private mutating func compareLinks(_ s: UnitFacts, _ t: UnitFacts) {
        let normalize = { (items: [Item<String>]) in ItemDiff<String>.unique(items.map { Item(key: LinkTarget.comparable($0.key), range: $0.range, file: $0.file) }) }
        let diff = ItemDiff(source: normalize(s.links), target: normalize(t.links))
        guard !diff.isEmpty else { return }
        // One map per side: a source link and a target link may start at the same line and column.
        let writtenInSource = Dictionary(s.links.map { ($0.range.start, $0.key) }, uniquingKeysWith: { a, _ in a })
        let writtenInTarget = Dictionary(t.links.map { ($0.range.start, $0.key) }, uniquingKeysWith: { a, _ in a })
        func source(_ item: Item<String>) -> String { writtenInSource[item.range.start] ?? item.key }
        func target(_ item: Item<String>) -> String { writtenInTarget[item.range.start] ?? item.key }
        for item in diff.missing {
            findings.append(Finding(.link, at: here(t.range, t.file), message: "link-missing", ["target": source(item), "unit": t.id], related: there(item.range, item.file)))
        }
        for item in diff.added {
            findings.append(Finding(.link, at: here(item.range, item.file), message: "link-added", ["target": target(item), "unit": t.id], related: there(s.range, s.file)))
        }
        for (a, b) in diff.changed {
            findings.append(Finding(.link, at: here(b.range, b.file), message: "link-changed", ["target": target(b), "source": source(a)], related: there(a.range, a.file)))
        }
    }

    private mutating func compareInlineCode(_ s: UnitFacts, _ t: UnitFacts) {
        let diff = ItemDiff(source: s.inlineCode, target: t.inlineCode)
        guard !diff.isEmpty else { return }
        for item in diff.missing {
            findings.append(Finding(.code, at: here(t.range, t.file), message: "code-missing", ["code": item.key, "unit": t.id], related: there(item.range, item.file)))
        }
        for item in diff.added {
            findings.append(Finding(.code, at: here(item.range, item.file), message: "code-added", ["code": item.key, "unit": t.id], related: there(s.range, s.file)))
        }
        for (a, b) in diff.changed {
            findings.append(Finding(.code, at: here(b.range, b.file), message: "code-changed", ["code": b.key, "source": a.key], related: there(a.range, a.file)))
        }
    }

    private mutating func checkUIPaths(_ s: UnitFacts, _ t: UnitFacts) {
        for (index, item) in t.uiPaths.enumerated() {
            let path = item.key
            for (k, segment) in path.segments.enumerated() where segment.isEmpty {
                let related = index < s.uiPaths.count ? there(s.uiPaths[index].range, s.uiPaths[index].file) : there(s.range, s.file)
                findings.append(Finding(.uiPath, at: here(segment.range, item.file), message: "ui-path-empty",
                                        ["segment": String(k + 1), "segments": String(path.segments.count)], related: related))
            }
        }
    }

    private mutating func compareMarkup(_ s: UnitFacts, _ t: UnitFacts) {
        if s.strong.count != t.strong.count {
            findings.append(Finding(.markup, at: here(t.range, t.file), message: "strong-count",
                                    ["count": String(t.strong.count), "source": String(s.strong.count), "unit": t.id], related: there(s.range, s.file)))
        } else {
            // Same number of bold runs: one that took in the sentence's punctuation was cut at the wrong place.
            for (a, b) in zip(s.strong, t.strong) where b.endsInPunctuation && !a.endsInPunctuation {
                findings.append(Finding(.markup, at: here(b.range, b.file), message: "strong-punctuation",
                                        ["text": b.children.plainText], related: there(a.range, a.file)))
            }
        }
        if s.emphasisCount != t.emphasisCount {
            findings.append(Finding(.markup, at: here(t.range, t.file), message: "emphasis-count",
                                    ["count": String(t.emphasisCount), "source": String(s.emphasisCount), "unit": t.id], related: there(s.range, s.file)))
        }
    }

    // MARK: Whole-article comparisons

    private mutating func compareAnchors() {
        let diff = ItemDiff(source: source.headings, target: target.headings)
        for item in diff.missing {
            findings.append(Finding(.anchor, at: here(counterpart(of: item.range)), message: "anchor-missing", ["anchor": item.key], related: there(item.range, item.file)))
        }
        for item in diff.added {
            findings.append(Finding(.anchor, at: here(item.range, item.file), message: "anchor-added", ["anchor": item.key]))
        }
        for (a, b) in diff.changed {
            findings.append(Finding(.anchor, at: here(b.range, b.file), message: "anchor-changed", ["anchor": b.key, "source": a.key], related: there(a.range, a.file)))
        }
    }

    private mutating func compareCodeBlocks() {
        let diff = ItemDiff(source: source.codeBlocks, target: target.codeBlocks)
        for item in diff.missing {
            findings.append(Finding(.code, at: here(counterpart(of: item.range)), message: "code-block-missing", related: there(item.range, item.file)))
        }
        for item in diff.added {
            findings.append(Finding(.code, at: here(item.range, item.file), message: "code-block-added"))
        }
        for (a, b) in diff.changed {
            findings.append(Finding(.code, at: here(b.range, b.file), message: "code-block-changed", related: there(a.range, a.file)))
        }
    }

    private mutating func compareTables() {
        let s = source.tables, t = target.tables
        for (a, b) in zip(s, t) {
            if a.rows != b.rows {
                findings.append(Finding(.table, at: here(b.range, b.file), message: "table-rows", ["count": String(b.rows), "source": String(a.rows)], related: there(a.range, a.file)))
            }
            if a.columns != b.columns {
                findings.append(Finding(.table, at: here(b.range, b.file), message: "table-columns", ["count": String(b.columns), "source": String(a.columns)], related: there(a.range, a.file)))
            }
        }
        for a in s.dropFirst(t.count) {
            findings.append(Finding(.table, at: here(counterpart(of: a.range)), message: "table-missing", related: there(a.range, a.file)))
        }
        for b in t.dropFirst(s.count) {
            findings.append(Finding(.table, at: here(b.range, b.file), message: "table-added"))
        }
    }

    /// A literal the source also writes is prose about markup, not damage; one more of it
    /// than the source has in the same unit is.
    private mutating func compareLiterals(_ s: UnitFacts, _ t: UnitFacts) {
        guard !t.literals.isEmpty else { return }
        var allowed: [String: Int] = [:]
        for item in s.literals { allowed[item.key, default: 0] += 1 }
        for item in t.literals {
            if let left = allowed[item.key], left > 0 { allowed[item.key] = left - 1; continue }
            findings.append(Finding(.markup, .error, at: here(item.range, item.file), message: "literal", ["literal": item.key]))
        }
    }

    // MARK: Places

    /// Where something the source has at `range` belongs in the translation: the unit with the
    /// same id (the step, a task's introduction or references), else the same task, else the top.
    private func counterpart(of range: SourceRange) -> (range: SourceRange, file: String?) {
        guard let unit = source.unit(containing: range.start) else { return (target.firstBlock, nil) }
        if let same = target.units.first(where: { $0.id == unit.id }), same.range.start.line > 0 { return (same.range, same.file) }
        return (target.start(ofTask: unit.task) ?? target.firstBlock, nil)
    }

    /// In the translation: the article, or the included file the range is in.
    private func here(_ range: SourceRange?, _ file: String? = nil) -> FindingLocation {
        FindingLocation(file: file ?? targetFile, range: range ?? .unknown)
    }

    /// In the source: the article, or the included file the range is in.
    private func there(_ range: SourceRange?, _ file: String? = nil) -> FindingLocation? {
        guard let range, range.start.line > 0 else { return nil }
        return FindingLocation(file: file ?? sourceFile, range: range)
    }

    private func here(_ place: (range: SourceRange, file: String?)) -> FindingLocation { here(place.range, place.file) }
}

extension PairChecks {
    /// `s3` of `t2.s3`, `close` of `t2.close`.
    static func nodeSuffix(_ id: String) -> Substring {
        id.firstIndex(of: ".").map { id[id.index(after: $0)...] } ?? id[...]
    }
}
