import StepwiseArticle

/// `<root>/<slug>.actions.yml` binds step-graph nodes to actions. Node ids come from
/// structure, so one file serves every translation; a translation whose structure broke may
/// lack a node the file names, and the action would never be offered there. The loader finds
/// the problems; this words them as findings.
struct ActionBindingChecks {
    /// Problems of the file itself (its syntax, a name no action has) are the same for every
    /// translation: reported once.
    private var reported = Set<ArticleError>()

    mutating func check(_ facts: ArticleFacts) -> [Finding] {
        let article = facts.article.path
        return facts.problems.compactMap { problem in
            let at = FindingLocation(file: problem.file, line: problem.position.line, column: problem.position.column)
            switch problem.code {
            case .bindingUnknownNode:
                return Finding(.actionBinding, at: at, message: "binding-unknown-node",
                               ["node": problem.arguments["node"] ?? "", "article": article], related: .wholeFile(article))
            case .bindingNotStep:
                var finding = Checker.finding(for: problem, check: .actionBinding)
                finding.arguments["article"] = article
                finding.related = .wholeFile(article)
                return finding
            default:
                guard reported.insert(problem).inserted else { return nil }
                return Checker.finding(for: problem, check: .actionBinding)
            }
        }
    }
}
