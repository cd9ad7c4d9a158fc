import StepwiseArticle
import StepwiseFlow

/// Everything a front end needs to draw one position of a walk, and nothing it has to look up.
/// All text in it comes from the article; interface words are the front end's, from the
/// catalogs, keyed by the enums here.
public struct WizardScreen: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The task picker.
        case choice
        /// One step of a task.
        case step
        /// A task without steps, or what follows a task's steps, shown whole.
        case info
        /// The end of the walk, with its summary.
        case end
        /// A link that leaves Content (or an article that could not be opened): "open this link".
        case link
    }

    /// Transient lists asked for by a command; a move closes them.
    public enum Panel: String, Sendable, Hashable {
        case links, help
    }

    public var kind: Kind
    public var article: ArticleHeader
    public var nodeID: String
    public var task: TaskHeader?
    /// "Step i of n"; steps only.
    public var progress: StepProgress?
    /// Shown before the node: the article introduction on the task picker, the task introduction
    /// (and its callouts) on a task's first node.
    public var intro: WizardIntro?
    /// The node's readable text, callouts left out (link text on a link screen).
    public var text: String
    /// Source blocks to render as `show` does: a step's item content, an info node's task.
    public var blocks: [Block]
    public var callouts: [FlowCallout]
    /// The node's links, then its callouts' links, each URL once; what `links` lists.
    public var links: [FlowLink]
    /// The ways on that `choose` picks from: tasks on the picker; on other nodes every way on when
    /// there is more than one (next, then jumps, then escapes); otherwise empty.
    public var choices: [WizardChoice]
    /// The way `escape` takes, when the node has one.
    public var escape: WizardChoice?
    public var canGoBack: Bool
    /// The commands this screen accepts, in `WizardCommandKind` order.
    public var commands: [WizardCommandKind]
    /// Where finishing each entered article leads, innermost first; empty in the started article.
    public var returnPoints: [WizardPlace]
    /// End screens only.
    public var summary: EndSummary?
    public var panel: Panel?
    public var notices: [WizardNotice]
    /// The reader quit; the front end saves (a session already has) and exits.
    public var hasQuit: Bool
    /// The step's bound action, when the walk has a tenant to act on.
    public var action: ActionPanel?
    /// What the last command's action did (shown once, like a notice; the walk may have moved on).
    public var actionResult: ActionRecord?

    public init(kind: Kind, article: ArticleHeader, nodeID: String, task: TaskHeader? = nil, progress: StepProgress? = nil,
                intro: WizardIntro? = nil, text: String = "", blocks: [Block] = [], callouts: [FlowCallout] = [],
                links: [FlowLink] = [], choices: [WizardChoice] = [], escape: WizardChoice? = nil, canGoBack: Bool = false,
                commands: [WizardCommandKind] = [], returnPoints: [WizardPlace] = [], summary: EndSummary? = nil,
                panel: Panel? = nil, notices: [WizardNotice] = [], hasQuit: Bool = false) {
        self.kind = kind; self.article = article; self.nodeID = nodeID; self.task = task; self.progress = progress
        self.intro = intro; self.text = text; self.blocks = blocks; self.callouts = callouts; self.links = links
        self.choices = choices; self.escape = escape; self.canGoBack = canGoBack; self.commands = commands
        self.returnPoints = returnPoints; self.summary = summary; self.panel = panel; self.notices = notices
        self.hasQuit = hasQuit
    }

    public var canEscape: Bool { escape != nil }

    /// The screen without what the last command added (notices, panel, quit): what going back
    /// to or resuming at this position shows.
    public var settled: WizardScreen {
        var copy = self
        copy.notices = []; copy.panel = nil; copy.hasQuit = false; copy.actionResult = nil
        return copy
    }
}

public struct ArticleHeader: Sendable, Hashable {
    public var slug: String
    public var title: String
    /// The locale the article is shown in.
    public var locale: String
    /// The locale the run asked for; differs from `locale` after a fallback.
    public var requestedLocale: String
    public var assetID: String?

    public init(slug: String, title: String, locale: String, requestedLocale: String, assetID: String? = nil) {
        self.slug = slug; self.title = title; self.locale = locale; self.requestedLocale = requestedLocale; self.assetID = assetID
    }

    public var isFallback: Bool { locale != requestedLocale }
}

public struct TaskHeader: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The heading the task sits under when that heading only groups tasks.
    public var group: String?
    /// 1-based, for "task i of n".
    public var number: Int
    public var count: Int

    public init(id: String, title: String, group: String? = nil, number: Int, count: Int) {
        self.id = id; self.title = title; self.group = group; self.number = number; self.count = count
    }
}

/// Numbers for a plural-aware "step {number} of {count}" (`flow.step-counter`).
public struct StepProgress: Sendable, Hashable {
    public var number: Int
    public var count: Int

    public init(number: Int, count: Int) { self.number = number; self.count = count }
}

public struct WizardIntro: Sendable, Hashable {
    public var text: String
    public var blocks: [Block]
    public var callouts: [FlowCallout]

    public init(text: String, blocks: [Block] = [], callouts: [FlowCallout] = []) {
        self.text = text; self.blocks = blocks; self.callouts = callouts
    }
}

public struct WizardChoice: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A task on the picker.
        case task
        /// The next step (or, at the last step of an entered article, the way back out).
        case next
        /// A link in the step's text to another article.
        case jump
        /// A callout's way out when the screen does not match ("I don't see this option").
        case escape
    }

    /// 1-based; what `choose` takes.
    public var number: Int
    public var kind: Kind
    /// Task title or link text from the article; nil for `next`, which front ends name themselves.
    public var label: String?
    /// The node the way leads to in the current article.
    public var target: String
    /// Tasks only: the task's number and how many steps it has (0 for a task without steps).
    public var taskNumber: Int?
    public var stepCount: Int?

    public init(number: Int, kind: Kind, label: String?, target: String, taskNumber: Int? = nil, stepCount: Int? = nil) {
        self.number = number; self.kind = kind; self.label = label; self.target = target
        self.taskNumber = taskNumber; self.stepCount = stepCount
    }
}

/// One node of one article, described for a summary or a "you will return to" line.
public struct WizardPlace: Sendable, Hashable {
    public var slug: String
    public var articleTitle: String
    public var nodeID: String
    public var kind: StepNode.Kind
    public var taskTitle: String?
    public var stepNumber: Int?
    public var stepCount: Int?
    /// The node's text: the step's text, the article title for the picker, the link text for a link.
    public var text: String

    public init(slug: String, articleTitle: String, nodeID: String, kind: StepNode.Kind, taskTitle: String? = nil,
                stepNumber: Int? = nil, stepCount: Int? = nil, text: String = "") {
        self.slug = slug; self.articleTitle = articleTitle; self.nodeID = nodeID; self.kind = kind
        self.taskTitle = taskTitle; self.stepNumber = stepNumber; self.stepCount = stepCount; self.text = text
    }
}

public struct EndSummary: Sendable, Hashable {
    /// Every position the walk went through to get here, the end included, in order; a step
    /// left for another article and come back to appears twice.
    public var path: [WizardPlace]
    /// The links after the steps of every task on the path, each URL once.
    public var references: [FlowLink]
    /// The article's references sections, each under its own title.
    public var sections: [ReferenceSection]

    public init(path: [WizardPlace], references: [FlowLink], sections: [ReferenceSection] = []) {
        self.path = path; self.references = references; self.sections = sections
    }

    /// Every link the end screen lists, each URL once: what `links` shows there.
    public var allLinks: [FlowLink] {
        var seen: Set<String> = []
        return (references + sections.flatMap(\.links)).filter { seen.insert($0.url).inserted }
    }
}
