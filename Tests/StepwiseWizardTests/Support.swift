import Foundation
import StepwiseArticle
import StepwiseFlow
import StepwiseLocale
import StepwiseDomain
import StepwiseWizard

enum Seed {
    static let slug = "activate-or-reactivate-a-subscription"
    static let support = "contact-support-for-business-products"
    static let locales = ["en-US", "lv-LV"]

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = repository.appendingPathComponent("Content").path
    static let localesFolder = repository.appendingPathComponent("Sources/StepwiseLocale/Catalogs")

    /// The parser as the CLI sets it up: callout label words from the catalogs.
    static let parser = ArticleParser(options: .init(calloutLabels: CalloutLabels(words: LocaleFolder.calloutLabelWords(in: localesFolder)),
                                                     contentRoot: content))

    static func source(content: String = Seed.content) -> ContentFolderSource {
        let library = ContentLibrary(root: content)
        let loader = ArticleLoader(calloutLabels: parser.options.calloutLabels, contentRoot: content,
                                   graphOptions: StepGraphOptions(knownSlugs: Set(library.slugs)), actions: ActionName.names, picks: InputName.pickNames)
        return ContentFolderSource(library: library, loader: loader)
    }

    static func wizard(_ locale: String) throws -> Wizard {
        try Wizard(slug: slug, locale: locale, source: source())
    }
}

/// Fixed, whole-second times: JSON dates keep seconds only.
let t0 = Date(timeIntervalSince1970: 1_750_000_000)

/// A fresh folder per test, removed when the value is dropped by the test's `defer`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "stepwise-wizard-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    func files(_ sub: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + sub)) ?? []).sorted()
    }

    /// A copy of the repository's Content folder to edit.
    func copyOfContent() throws -> String {
        let target = path + "/Content"
        try FileManager.default.copyItem(atPath: Seed.content, toPath: target)
        return target
    }

    /// Writes articles given as `locale/slug.md` → text under `<path>/Content`.
    func content(_ files: [String: String]) throws -> String {
        let root = path + "/Content"
        for (relative, text) in files {
            let file = root + "/" + relative
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        }
        return root
    }
}

/// One complete walk: the commands given and the screen after each (the first screen first).
struct Walk {
    var commands: [WizardCommand] = []
    var screens: [WizardScreen]

    /// `node` in the started article, `slug:node` in an entered one.
    func nodes(root: String = Seed.slug) -> [String] {
        screens.map { $0.article.slug == root ? $0.nodeID : "\($0.article.slug):\($0.nodeID)" }
    }
}

/// Every walk from the start to the end: each choice on every screen that offers several ways
/// on, `next` elsewhere. A way already taken from the same position on the same walk is not
/// taken again, so a detour that returns to its step goes on from there instead of looping.
func allWalks(_ start: Wizard, limit: Int = 200) -> [Walk] {
    struct Taken: Hashable { var position: WizardPosition; var choice: Int }
    var walks: [Walk] = []
    func explore(_ wizard: Wizard, _ walk: Walk, _ taken: Set<Taken>) {
        guard walks.count < limit, walk.screens.count < 100 else { walks.append(walk); return }
        let screen = walk.screens[walk.screens.count - 1]
        if screen.kind == .end { walks.append(walk); return }
        var moved = false
        for choice in screen.choices {
            let key = Taken(position: wizard.position, choice: choice.number)
            guard !taken.contains(key) else { continue }
            var w = wizard, next = walk
            next.commands.append(.choose(choice.number))
            next.screens.append(w.handle(.choose(choice.number)))
            explore(w, next, taken.union([key]))
            moved = true
        }
        if screen.choices.isEmpty, screen.commands.contains(.next) {
            var w = wizard, next = walk
            next.commands.append(.next)
            next.screens.append(w.handle(.next))
            explore(w, next, taken)
            moved = true
        }
        if !moved { walks.append(walk) }  // a dead end: the walk's last screen is no end screen
    }
    explore(start, Walk(screens: [start.screen]), [])
    return walks
}

/// Applies commands, returning the wizard and the last screen.
@discardableResult
func run(_ wizard: inout Wizard, _ commands: [WizardCommand]) -> WizardScreen {
    var screen = wizard.screen
    for command in commands { screen = wizard.handle(command) }
    return screen
}
