import Foundation

/// Files that ship with the program (its catalogs, page templates, the `init` project), found
/// beside the executable the way SwiftPM lays them out (`<Package>_<Target>.resources`).
///
/// SwiftPM's generated `Bundle.module` falls back to the absolute build folder and stops the
/// process when neither exists; an installed binary must never look into the checkout it was
/// built in, and a missing folder is a reported problem, not a crash. So the one place that
/// finds resources looks only beside the executable, after resolving symlinks (an install puts
/// `bin/stepwise` as a link to `lib/stepwise/stepwise`, where the resources are).
package enum BundledResources {
    /// The folder `name` (`Catalogs`, `Templates`) of `target`'s resources, or nil when the
    /// resources are not beside the executable.
    package static func folder(_ name: String, target: String) -> URL? {
        let bundle = executableFolder.appendingPathComponent("Stepwise_\(target).resources", isDirectory: true)
        let folder = bundle.appendingPathComponent(name, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return folder
    }

    /// Where a missing resource folder was looked for, for the error that says so.
    package static func expectedPath(_ name: String, target: String) -> String {
        executableFolder.appendingPathComponent("Stepwise_\(target).resources/\(name)").path
    }

    /// The folder of the running executable, symlinks resolved: `/proc/self/exe` on Linux is
    /// the real file; elsewhere Foundation's answer is resolved here.
    package static let executableFolder: URL = {
        #if os(Linux)
        if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: real).deletingLastPathComponent()
        }
        #endif
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return executable.resolvingSymlinksInPath().deletingLastPathComponent()
    }()
}
