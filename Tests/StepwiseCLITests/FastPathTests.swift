import ArgumentParser
import Testing
@testable import stepwise

/// The fast path must read exactly what swift-argument-parser reads, and leave to it
/// everything it might read differently.
struct FastPathTests {
    static let read: [[String]] = [
        ["run", "activate"],
        ["run", "activate", "--locale", "lv-LV", "--restart"],
        ["run", "--locale=lv-LV", "activate", "--resume", "--color", "never"],
        ["run", "Content/lv-LV/a.md", "--project", "docs", "--content", "c", "--locales", "l", "--tenant", "t.sqlite", "--color=always"],
        ["show", "activate"],
        ["show", "activate", "--width", "60", "--color", "auto", "--locale", "en-US"],
        ["show", "--width=120", "../corpus/a.md", "--project=p"],
        ["list"],
        ["list", "--json", "--locale", "lv", "--content", "x"],
        ["export", "--out", "site"],
        ["export"],
        ["export", "--out=site", "--clean", "--locale", "lv-LV", "--base-url", "https://docs.example/", "--templates", "t",
         "--shard", "2/4", "--content", "c", "--locales", "l", "--project", "p"],
    ]

    static let declined: [[String]] = [
        [], ["run"], ["run", "a", "b"], ["run", "a", "--help"], ["run", "-h"], ["run", "a", "--resume", "--restart"],
        ["run", "a", "--restart", "--restart"], ["run", "a", "--locale", "lv", "--locale", "en"], ["run", "a", "--locale"],
        ["run", "a", "--locale", "--restart"], ["run", "a", "--locale="], ["run", "a", "--color", "sometimes"],
        ["run", "a", "--colour", "never"], ["run", "a", "--resume=yes"], ["run", "-", "a"], ["run", "a", "--"],
        ["show", "a", "--width", "wide"], ["show", "a", "--width", "5"], ["show", "a", "--json"],
        ["list", "a"], ["list", "--json", "--json"], ["list", "--generate-completion-script", "bash"],
        ["--version"], ["help", "run"], ["check"], ["tenant", "show"],
        ["export", "x"], ["export", "--merge", "a", "b"], ["export", "--out", "a", "--merge", "b"], ["export", "--locale", "lv", "--locale", "en"],
        ["export", "--shard", "5/4"], ["export", "--base-url", "ftp://x"], ["export", "--clean", "--clean"], ["export", "--out"], ["export", "-o", "x"],
    ]

    @Test(arguments: read) func readsWhatTheParserReads(_ arguments: [String]) throws {
        let fast = try #require(FastPath.invocation(arguments), "declined \(arguments)")
        let parsed = try Stepwise.parseAsRoot(arguments)
        #expect(Self.fields(fast) == Self.fields(parsed), "\(arguments)")
        #expect(!Self.fields(fast).isEmpty)
    }

    @Test(arguments: declined) func leavesTheRestToTheParser(_ arguments: [String]) {
        #expect(FastPath.invocation(arguments) == nil, "\(arguments)")
    }

    /// Every value a command was given, by option name: of an invocation, or of the command
    /// swift-argument-parser read (through the invocation it makes).
    static func fields(_ command: Any) -> [String: String] {
        func global(_ g: GlobalChoice) -> [String: String] {
            ["project": g.project.project ?? "-", "content": g.project.content ?? "-", "locales": g.project.locales ?? "-", "locale": g.locale ?? "-"]
        }
        switch command {
        case let run as RunCommand: return fields(run.invocation)
        case let show as ShowCommand: return fields(show.invocation)
        case let list as ListCommand: return fields(list.invocation)
        case let run as RunInvocation:
            return global(run.global).merging(["command": "run", "article": run.article, "resume": "\(run.resume)", "restart": "\(run.restart)",
                                               "color": run.color.rawValue, "tenant": run.tenant ?? "-"]) { $1 }
        case let show as ShowInvocation:
            return global(show.global).merging(["command": "show", "article": show.article, "width": show.width.map(String.init) ?? "-",
                                                "color": show.color.rawValue]) { $1 }
        case let list as ListInvocation:
            return global(list.global).merging(["command": "list", "json": "\(list.json)"]) { $1 }
        case let export as ExportCommand:
            // export's own `--locale` is below
            return global(GlobalChoice(project: export.projectOptions.choice)).merging([
                "command": "export", "out": export.out ?? "-", "locale": export.locale.joined(separator: ","),
                "base-url": export.baseURL ?? "-", "templates": export.templates ?? "-", "clean": "\(export.clean)",
                "shard": export.shard ?? "-", "merge": export.merge.joined(separator: ","),
            ]) { $1 }
        default:
            return [:]
        }
    }
}
