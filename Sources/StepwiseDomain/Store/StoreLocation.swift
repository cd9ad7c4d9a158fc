/// Where the tenant lives when no `--tenant PATH` is given, per the XDG base directory spec.
package enum StoreLocation {
    package static let fileName = "tenant.sqlite"

    /// `environment` and `home` are parameters so tests and callers decide, not the process.
    /// Home is asked for only without `XDG_DATA_HOME` (finding it reads the password database).
    package static func defaultPath(environment: [String: String], home: @autoclosure () -> String) -> String {
        // The spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return join(data, "stepwise", fileName)
        }
        return join(home(), ".local/share/stepwise", fileName)
    }

    private static func join(_ parts: String...) -> String {
        var path = ""
        for part in parts {
            if path.isEmpty || path.hasSuffix("/") { path += part } else { path += "/" + part }
        }
        return path
    }
}
