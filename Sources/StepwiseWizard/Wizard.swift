import StepwiseArticle
import StepwiseFlow

/// The walk through one article's step graph: commands in, screens out.
///
/// A value type with no I/O beyond the injected source, which it asks for articles only when a
/// link leads into one. Every article it has opened stays cached for the life of the value, so
/// every position in `history` can always be drawn again.
package struct Wizard: Sendable {
    package let source: any WizardArticleSource
    /// The article the run started with, as asked for.
    package let root: ArticleKey
    package internal(set) var position: WizardPosition
    /// Positions before this one, oldest first; `back` pops. Capped at `historyLimit`.
    package internal(set) var history: [WizardPosition]
    var articles: ArticleShelf

    /// Bounds the saved file of a run that loops through a detour again and again; only the
    /// oldest steps back are lost.
    package static let historyLimit = 1000
    /// Articles entered inside one another, the started one included.
    package static let depthLimit = 8

    /// Starts at the article's first node; the source is asked for `slug` in `locale`.
    package init(slug: String, locale: String, source: any WizardArticleSource) throws(WizardStartError) {
        let key = ArticleKey(slug: slug, locale: locale)
        try self.init(root: key, article: Self.load(key, from: source), source: source)
    }

    init(root: ArticleKey, article: WizardArticle, source: any WizardArticleSource) throws(WizardStartError) {
        guard article.graph.node(article.graph.start) != nil else { throw .noStartNode(slug: root.slug) }
        self.source = source
        self.root = root
        self.articles = ArticleShelf(root, article)
        self.position = WizardPosition(frames: [WizardLocation(root, node: article.graph.start)])
        self.history = []
    }

    static func load(_ key: ArticleKey, from source: any WizardArticleSource) throws(WizardStartError) -> WizardArticle {
        do {
            return try source.article(slug: key.slug, locale: key.locale)
        } catch {
            throw .articleUnavailable(slug: key.slug, locale: key.locale, underlying: error)
        }
    }

    /// The notices a fresh start carries: whether the article is in another language, and what
    /// loading it left out.
    package var startNotices: [WizardNotice] {
        guard let article = articles[root] else { return [] }
        let fallback: [WizardNotice] = article.locale == root.locale ? [] : [.localeFallback(asked: root.locale, used: article.locale)]
        return fallback + article.problems.map(WizardNotice.articleProblem)
    }

    package var rootArticle: WizardArticle { articles[root]! }

    /// The screen for the current position, with no notices.
    package var screen: WizardScreen { makeScreen() }

    /// Applies a command. A command the screen does not offer, or input that is no command,
    /// leaves the walk where it is and says so in a notice.
    @discardableResult
    package mutating func handle(_ command: WizardCommand) -> WizardScreen {
        switch command {
        case .next:
            guard let edge = nextEdge else { return unavailable(.next) }
            return follow(edge)
        case .back:
            guard let previous = history.popLast() else { return unavailable(.back) }
            position = previous
            return makeScreen()
        case .choose(let number):
            let ways = choiceEdges
            guard !ways.isEmpty else { return unavailable(.choose) }
            guard number >= 1, number <= ways.count else {
                return makeScreen(notices: [.noSuchChoice(number, count: ways.count)])
            }
            return follow(ways[number - 1].edge)
        case .escape:
            guard let edge = escapeEdge else { return unavailable(.escape) }
            return follow(edge)
        case .links:
            guard !screenLinks.isEmpty else { return unavailable(.links) }
            return makeScreen(panel: .links)
        case .restart:
            history = []
            position = WizardPosition(frames: [WizardLocation(root, node: rootArticle.graph.start)])
            return makeScreen()
        case .quit:
            var screen = makeScreen()
            screen.hasQuit = true
            return screen
        case .help:
            return makeScreen(panel: .help)
        case .act, .answer, .cancel:
            // Actions need a tenant, which only a session has; a bare wizard offers none.
            return unavailable(.act)
        case .unknown(let text):
            return makeScreen(notices: [.unknownCommand(text)])
        }
    }

    private func unavailable(_ kind: WizardCommandKind) -> WizardScreen {
        makeScreen(notices: [.commandUnavailable(kind)])
    }

    // MARK: Moving

    /// Takes an edge of the current node. An `end` inside an entered article leads back out to
    /// the step it was entered from; an external node that names an article in Content leads
    /// into that article; any other external node is shown as a link.
    private mutating func follow(_ edge: StepEdge) -> WizardScreen {
        let here = position
        guard let graph = articles[here.current.key]?.graph, let target = graph.node(edge.to) else {
            return unavailable(edge.kind.commandKind)
        }
        var next = here
        var notices: [WizardNotice] = []
        switch target.kind {
        case .end where here.frames.count > 1:
            next.frames.removeLast()
        case .external:
            guard let slug = target.links.first?.target else {
                next.frames[next.frames.count - 1].node = target.id
                break
            }
            switch enter(slug) {
            case .entered(let location, let entering):
                // This frame stays on the step left from: that is where the article returns to.
                next.frames.append(location)
                notices += entering
            case .refused(let notice):
                next.frames[next.frames.count - 1].node = target.id
                notices.append(notice)
            }
        default:
            next.frames[next.frames.count - 1].node = target.id
        }
        history.append(here)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
        position = next
        return makeScreen(notices: notices)
    }

    /// The way out the current step's task offers: the step's own escape, else the nearest one
    /// on an earlier step of the same task (the callout that warned about the case at hand).
    var taskEscapeEdge: StepEdge? {
        if let own = escapeEdge { return own }
        guard let graph = currentArticle?.graph, let node = currentNode, let taskID = node.task,
              let task = graph.tasks.first(where: { $0.id == taskID }),
              let index = task.steps.firstIndex(of: node.id) else { return nil }
        for step in task.steps[..<index].reversed() {
            if let edge = graph.edges(from: step).first(where: { $0.kind == .escape }) { return edge }
        }
        return nil
    }

    /// Takes `taskEscapeEdge`, as `escape` takes the step's own; nil when there is none.
    mutating func followTaskEscape() -> WizardScreen? {
        guard let edge = taskEscapeEdge else { return nil }
        return follow(edge)
    }

    /// Goes on after a bound step did its work; nil at a node with no way on.
    mutating func advance() -> WizardScreen? {
        guard let edge = nextEdge else { return nil }
        return follow(edge)
    }

    var currentLocation: WizardLocation { position.current }
    var currentBinding: ActionBinding.Kind? { currentNode?.action }

    private enum Entry {
        case entered(WizardLocation, notices: [WizardNotice])
        case refused(WizardNotice)
    }

    /// Opens a linked article at its start, in the run's language.
    private mutating func enter(_ slug: String) -> Entry {
        if position.frames.contains(where: { $0.slug == slug }) || position.frames.count >= Self.depthLimit {
            return .refused(.articleAlreadyOpen(slug: slug))
        }
        let key = ArticleKey(slug: slug, locale: root.locale)
        let cached = articles[key]
        let article: WizardArticle
        if let cached {
            article = cached
        } else {
            guard let loaded = try? source.article(slug: slug, locale: root.locale) else {
                return .refused(.articleUnavailable(slug: slug))
            }
            article = loaded
        }
        // An article of references only starts at its end, which would leave no way on: it is
        // shown as a link instead.
        guard article.graph.node(article.graph.start) != nil, article.graph.start != "end" else {
            return .refused(.articleUnavailable(slug: slug))
        }
        articles[key] = article
        // Told once, when the article is first opened: a cached one was told already.
        let problems = cached == nil ? article.problems.map(WizardNotice.articleProblem) : []
        let fallback: [WizardNotice] = article.locale == key.locale ? [] : [.localeFallback(asked: key.locale, used: article.locale)]
        return .entered(WizardLocation(key, node: article.graph.start), notices: fallback + problems)
    }

    // MARK: Ways on from the current node

    var currentArticle: WizardArticle? { articles[position.current.key] }
    var currentNode: StepNode? { currentArticle?.graph.node(position.current.node) }

    private var outgoing: [StepEdge] {
        currentArticle?.graph.edges(from: position.current.node) ?? []
    }

    var nextEdge: StepEdge? { outgoing.first { $0.kind == .next } }
    var escapeEdge: StepEdge? { outgoing.first { $0.kind == .escape } }

    /// The picker's tasks; elsewhere all ways on once there are two or more, `next` first so
    /// that 1 always means "go on".
    var choiceEdges: [(edge: StepEdge, kind: WizardChoice.Kind)] {
        let edges = outgoing
        if currentNode?.kind == .choice {
            return edges.filter { $0.kind == .choice }.map { ($0, .task) }
        }
        let ways: [(edge: StepEdge, kind: WizardChoice.Kind)] =
            edges.filter { $0.kind == .next }.map { ($0, .next) }
            + edges.filter { $0.kind == .jump }.map { ($0, .jump) }
            + edges.filter { $0.kind == .escape }.map { ($0, .escape) }
        return ways.count > 1 ? ways : []
    }

    var screenLinks: [FlowLink] {
        guard let node = currentNode else { return [] }
        if node.kind == .end { return summary().allLinks }
        var seen: Set<String> = []
        return (node.links + node.callouts.flatMap(\.links)).filter { seen.insert($0.url).inserted }
    }
}

extension StepEdge.Kind {
    var commandKind: WizardCommandKind {
        switch self {
        case .next: .next
        case .choice, .jump: .choose
        case .escape: .escape
        }
    }
}
