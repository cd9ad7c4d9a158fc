import ArgumentParser
import Foundation
import StepwiseArticle
import StepwiseLocale
import StepwiseTerminal

/// `stepwise init [DIR]`: a small project (`stepwise.yml`, one example article, a bindings
/// example) that `run`, `check` and `export` accept at once. It never replaces a file: if any
/// file it would write exists, it writes nothing and names that file.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: CLI.text("cli.init.abstract"), discussion: CLI.text("cli.init.discussion"))
    }

    @Argument(help: ArgumentHelp(CLI.text("cli.init.folder"), valueName: "dir"))
    var folder: String = "."

    func run() throws {
        let l = CLI.localizer
        let fail = { (key: String, args: [String: String]) -> ContentFailure in
            ContentFailure(message: l.string("error.prefix") + ": " + l.string(key, args.mapValues { DisplaySafeText.clean($0) }))
        }
        guard let template = BundledResources.folder("ProjectTemplate", target: "stepwise") else {
            throw fail("cli.init.error.no-template", ["path": BundledResources.expectedPath("ProjectTemplate", target: "stepwise")])
        }
        let files = Self.files(under: template.path)
        let targets = files.map { (folder as NSString).appendingPathComponent($0) }
        for target in targets {
            var info = stat()
            if lstat(target, &info) == 0 { throw fail("cli.init.error.exists", ["path": target]) }
        }
        var written: [String] = []
        for (relative, target) in zip(files, targets) {
            guard let bytes = FileManager.default.contents(atPath: template.path + "/" + relative) else {
                throw fail("cli.init.error.no-template", ["path": template.path + "/" + relative])
            }
            let code = Self.create(target, bytes)
            if code != 0 {
                // All or nothing: a half-made project would be taken for a whole one next time.
                for path in written.reversed() { unlink(path) }
                let reason = SystemReason.key(errno: code).map { l.string("error.detail." + $0) } ?? String(cString: strerror(code))
                throw fail("cli.init.error.write", ["path": target, "detail": reason])
            }
            written.append(target)
        }
        print(l.string("cli.init.done", ["folder": DisplaySafeText.clean(folder), "files": files.joined(separator: ", ")]))
    }

    /// The template's files, relative and sorted, so the output is the same everywhere.
    static func files(under root: String) -> [String] {
        let walker = FileManager.default.enumerator(atPath: root)
        var found: [String] = []
        while let relative = walker?.nextObject() as? String {
            if walker?.fileAttributes?[.type] as? FileAttributeType == .typeRegular { found.append(relative) }
        }
        return found.sorted()
    }

    /// Creates `path` (and its folders) with `bytes`, never replacing a file; 0 or the errno.
    static func create(_ path: String, _ data: Data) -> Int32 {
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent.isEmpty ? "." : parent, withIntermediateDirectories: true)
        } catch {
            return ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { Int32($0.code) } ?? EACCES
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        var result = WholeWrite.write(fd, data)
        if result == 0, fsync(fd) != 0 { result = errno }
        if close(fd) != 0, result == 0 { return errno }
        if result != 0 { unlink(path) }
        return result
    }
}
