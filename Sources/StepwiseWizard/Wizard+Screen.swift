import StepwiseArticle
import StepwiseFlow

extension Wizard {
    func makeScreen(notices: [WizardNotice] = [], panel: WizardScreen.Panel? = nil) -> WizardScreen {
        let location = position.current
        guard let article = articles[location.key], let node = article.graph.node(location.node) else {
            // Unreachable while positions only ever name cached nodes; drawn as an empty end
            // rather than trapping, since front ends must never crash on a walk.
            return WizardScreen(kind: .end, article: ArticleHeader(slug: location.slug, title: location.slug, locale: location.locale,
                                                                   requestedLocale: location.locale),
                                nodeID: location.node, canGoBack: !history.isEmpty,
                                commands: [.back, .restart, .quit, .help].filter { $0 != .back || !history.isEmpty },
                                panel: panel, notices: notices)
        }
        let graph = article.graph
        let taskIndex = node.task.flatMap { id in graph.tasks.firstIndex { $0.id == id } }

        var screen = WizardScreen(kind: node.kind.screenKind, article: header(location.key, article), nodeID: node.id)
        if let taskIndex {
            let task = graph.tasks[taskIndex]
            screen.task = TaskHeader(id: task.id, title: task.title, group: task.group, number: taskIndex + 1, count: graph.tasks.count)
            // A single task's first screen also shows the article's overview, which has no
            // picker to stand on.
            let overview = graph.tasks.count == 1 ? graph.article.overviewBlocks : []
            if task.steps.first == node.id, !(overview.isEmpty && task.intro.isEmpty && task.introBlocks.isEmpty && task.callouts.isEmpty) {
                let text = [overview.isEmpty ? "" : graph.article.intro, task.intro].filter { !$0.isEmpty }.joined(separator: "\n")
                screen.intro = WizardIntro(text: text, blocks: overview + task.introBlocks, callouts: task.callouts)
            }
        }
        if node.kind == .choice, !graph.article.overviewBlocks.isEmpty {
            screen.intro = WizardIntro(text: graph.article.intro, blocks: graph.article.overviewBlocks)
        }
        if node.kind == .step, let number = node.stepNumber, let count = node.stepCount {
            screen.progress = StepProgress(number: number, count: count)
        }
        screen.text = node.text
        screen.blocks = node.blocks
        screen.callouts = node.callouts
        screen.links = screenLinks

        let ways = choiceEdges
        screen.choices = ways.enumerated().map { index, way in
            var choice = WizardChoice(number: index + 1, kind: way.kind, label: way.edge.label, target: way.edge.to)
            if way.kind == .task, let task = graph.tasks.firstIndex(where: { $0.steps.first == way.edge.to }) {
                choice.taskNumber = task + 1
                choice.stepCount = graph.stepCount(graph.tasks[task])
            }
            return choice
        }
        let escape = escapeEdge
        if let escape {
            let number = ways.firstIndex { $0.edge == escape }.map { $0 + 1 } ?? 0
            screen.escape = WizardChoice(number: number, kind: .escape, label: escape.label, target: escape.to)
        }
        screen.canGoBack = !history.isEmpty
        screen.commands = WizardCommandKind.allCases.filter { kind in
            switch kind {
            case .next: nextEdge != nil
            case .back: !history.isEmpty
            case .choose: !ways.isEmpty
            case .escape: escape != nil
            case .links: !screen.links.isEmpty
            case .restart, .quit, .help: true
            case .act: false
            }
        }
        screen.returnPoints = position.frames.dropLast().reversed().compactMap(place)
        if node.kind == .end { screen.summary = summary() }
        screen.panel = panel
        screen.notices = notices
        return screen
    }

    private func header(_ key: ArticleKey, _ article: WizardArticle) -> ArticleHeader {
        ArticleHeader(slug: key.slug, title: article.graph.article.title, locale: article.locale,
                      requestedLocale: key.locale, assetID: article.graph.article.assetID)
    }

    func place(_ location: WizardLocation) -> WizardPlace? {
        guard let graph = articles[location.key]?.graph, let node = graph.node(location.node) else { return nil }
        return WizardPlace(slug: location.slug, articleTitle: graph.article.title, nodeID: node.id, kind: node.kind,
                           taskTitle: node.task.flatMap { id in graph.tasks.first { $0.id == id }?.title },
                           stepNumber: node.stepNumber, stepCount: node.stepCount, text: node.text)
    }

    func summary() -> EndSummary {
        let locations = (history + [position]).map(\.current)
        var references: [FlowLink] = []
        var seenTasks: Set<String> = [], seenURLs: Set<String> = []
        for location in locations {
            guard let graph = articles[location.key]?.graph, let taskID = graph.node(location.node)?.task,
                  seenTasks.insert(location.slug + "\u{0}" + taskID).inserted,
                  let task = graph.tasks.first(where: { $0.id == taskID })
            else { continue }
            references += task.references.filter { seenURLs.insert($0.url).inserted }
        }
        let sections = articles[position.current.key]?.graph.references ?? []
        return EndSummary(path: locations.compactMap(place), references: references, sections: sections)
    }
}

extension StepNode.Kind {
    var screenKind: WizardScreen.Kind {
        switch self {
        case .choice: .choice
        case .step: .step
        case .info, .closing: .info
        case .end: .end
        case .external: .link
        }
    }
}
