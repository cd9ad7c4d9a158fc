import StepwiseArticle
import StepwiseFlow

/// Everything a front end needs to draw one position of a walk, and nothing it has to look up.
/// All text in it comes from the article; interface words are the front end's, from the
/// catalogs, keyed by the enums here.
package struct WizardScreen: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable, CaseIterable {
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
    package enum Panel: String, Sendable, Hashable {
        case links, help
    }

    package var kind: Kind
    package var article: ArticleHeader
    package var nodeID: String
    package var task: TaskHeader?
    /// "Step i of n"; steps only.
    package var progress: StepProgress?
    /// Shown before the node: the article introduction on the task picker, the task introduction
    /// (and its callouts) on a task's first node.
    package var intro: WizardIntro?
    /// The node's readable text, callouts left out (link text on a link screen).
    package var text: String
    /// Source blocks to render as `show` does: a step's item content, an info node's task.
    package var blocks: [Block]
    package var callouts: [FlowCallout]
    /// The node's links, then its callouts' links, each URL once; what `links` lists.
    package var links: [FlowLink]
    /// The ways on that `choose` picks from: tasks on the picker; on other nodes every way on when
    /// there is more than one (next, then jumps, then escapes); otherwise empty.
    package var choices: [WizardChoice]
    /// The way `escape` takes, when the node has one.
    package var escape: WizardChoice?
    package var canGoBack: Bool
    /// The commands this screen accepts, in `WizardCommandKind` order.
    package var commands: [WizardCommandKind]
    /// Where finishing each entered article leads, innermost first; empty in the started article.
    package var returnPoints: [WizardPlace]
    /// End screens only.
    package var summary: EndSummary?
    package var panel: Panel?
    package var notices: [WizardNotice]
    /// The reader quit; the front end saves (a session already has) and exits.
    package var hasQuit: Bool
    /// The step's bound action, when the walk has a tenant to act on.
    package var action: ActionPanel?
    /// What the last command's action did (shown once, like a notice; the walk may have moved on).
    package var actionResult: ActionRecord?

    package init(kind: Kind, article: ArticleHeader, nodeID: String, task: TaskHeader? = nil, progress: StepProgress? = nil,
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

    package var canEscape: Bool { escape != nil }

    /// The screen without what the last command added (notices, panel, quit): what going back
    /// to or resuming at this position shows.
    package var settled: WizardScreen {
        var copy = self
        copy.notices = []; copy.panel = nil; copy.hasQuit = false; copy.actionResult = nil
        return copy
    }
}

package struct ArticleHeader: Sendable, Hashable {
    package var slug: String
    package var title: String
    /// The locale the article is shown in.
    package var locale: String
    /// The locale the run asked for; differs from `locale` after a fallback.
    package var requestedLocale: String
    package var assetID: String?

    package init(slug: String, title: String, locale: String, requestedLocale: String, assetID: String? = nil) {
        self.slug = slug; self.title = title; self.locale = locale; self.requestedLocale = requestedLocale; self.assetID = assetID
    }

    package var isFallback: Bool { locale != requestedLocale }
}

package struct TaskHeader: Sendable, Hashable {
    package var id: String
    package var title: String
    /// The heading the task sits under when that heading only groups tasks.
    package var group: String?
    /// 1-based, for "task i of n".
    package var number: Int
    package var count: Int

    package init(id: String, title: String, group: String? = nil, number: Int, count: Int) {
        self.id = id; self.title = title; self.group = group; self.number = number; self.count = count
    }
}

/// Numbers for a plural-aware "step {number} of {count}" (`flow.step-counter`).
package struct StepProgress: Sendable, Hashable {
    package var number: Int
    package var count: Int

    package init(number: Int, count: Int) { self.number = number; self.count = count }
}

package struct WizardIntro: Sendable, Hashable {
    package var text: String
    package var blocks: [Block]
    package var callouts: [FlowCallout]

    package init(text: String, blocks: [Block] = [], callouts: [FlowCallout] = []) {
        self.text = text; self.blocks = blocks; self.callouts = callouts
    }
}

package struct WizardChoice: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable, CaseIterable {
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
    package var number: Int
    package var kind: Kind
    /// Task title or link text from the article; nil for `next`, which front ends name themselves.
    package var label: String?
    /// The node the way leads to in the current article.
    package var target: String
    /// Tasks only: the task's number and how many steps it has (0 for a task without steps).
    package var taskNumber: Int?
    package var stepCount: Int?

    package init(number: Int, kind: Kind, label: String?, target: String, taskNumber: Int? = nil, stepCount: Int? = nil) {
        self.number = number; self.kind = kind; self.label = label; self.target = target
        self.taskNumber = taskNumber; self.stepCount = stepCount
    }
}

/// One node of one article, described for a summary or a "you will return to" line.
package struct WizardPlace: Sendable, Hashable {
    package var slug: String
    package var articleTitle: String
    package var nodeID: String
    package var kind: StepNode.Kind
    package var taskTitle: String?
    package var stepNumber: Int?
    package var stepCount: Int?
    /// The node's text: the step's text, the article title for the picker, the link text for a link.
    package var text: String

    package init(slug: String, articleTitle: String, nodeID: String, kind: StepNode.Kind, taskTitle: String? = nil,
                stepNumber: Int? = nil, stepCount: Int? = nil, text: String = "") {
        self.slug = slug; self.articleTitle = articleTitle; self.nodeID = nodeID; self.kind = kind
        self.taskTitle = taskTitle; self.stepNumber = stepNumber; self.stepCount = stepCount; self.text = text
    }
}

package struct EndSummary: Sendable, Hashable {
    /// Every position the walk went through to get here, the end included, in order; a step
    /// left for another article and come back to appears twice.
    package var path: [WizardPlace]
    /// The links after the steps of every task on the path, each URL once.
    package var references: [FlowLink]
    /// The article's references sections, each under its own title.
    package var sections: [ReferenceSection]

    package init(path: [WizardPlace], references: [FlowLink], sections: [ReferenceSection] = []) {
        self.path = path; self.references = references; self.sections = sections
    }

    /// Every link the end screen lists, each URL once: what `links` shows there.
    package var allLinks: [FlowLink] {
        var seen: Set<String> = []
        return (references + sections.flatMap(\.links)).filter { seen.insert($0.url).inserted }
    }
}
