import StepwiseArticle

/// What the checks compare of one unit: a task's introduction, a step, its references, or the head.
struct UnitFacts: Sendable {
    var id: String
    var task: Int
    /// Where a finding about something missing from this unit points.
    var range: SourceRange
    /// The included file `range` is in (a task kept in an include); nil for the article itself.
    var file: String? = nil
    var callouts: [Item<CalloutKind>] = []
    var links: [Item<String>] = []
    var inlineCode: [Item<String>] = []
    var strong: [StrongFact] = []
    var emphasisCount = 0
    var uiPaths: [Item<UIPath>] = []
    /// Markup left as literal text (`**`, `] (`, `[!`).
    var literals: [Item<String>] = []

    static func merged(_ units: [UnitFacts], id: String, range: SourceRange?) -> UnitFacts {
        var out = UnitFacts(id: id, task: units.first?.task ?? 0, range: range ?? units.first?.range ?? .unknown,
                            file: range == nil ? units.first?.file : nil)
        for u in units {
            out.callouts += u.callouts; out.links += u.links; out.inlineCode += u.inlineCode
            out.strong += u.strong; out.emphasisCount += u.emphasisCount; out.uiPaths += u.uiPaths
            out.literals += u.literals
        }
        return out
    }
}
