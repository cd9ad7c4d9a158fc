import StepwiseFlow

/// How link targets are compared between a translation and its source.
enum LinkTarget {
    /// Relative targets and `#anchors` as written; absolute URLs by the step graph's
    /// destination key, since translations point at their own language's page.
    static func comparable(_ destination: String) -> String {
        guard isAbsoluteURL(destination) else { return destination }
        return FlowLink(text: "", href: destination, url: destination).destinationKey
    }

    /// `scheme://…`: the only targets whose locale parts can differ between languages.
    private static func isAbsoluteURL(_ destination: String) -> Bool {
        guard let separator = destination.range(of: "://") else { return false }
        let scheme = destination[..<separator.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// A target that names a file beside the article (`x.md`, `../y/z.md#a`): no scheme, not
    /// site-rooted (`/microsoft-365/…` resolves on the docs site, not in the tree).
    static func isRelativeFile(_ destination: String) -> Bool {
        guard let first = destination.first, first != "/", first != "#" else { return false }
        let beforePath = destination.prefix { $0 != "/" && $0 != "#" && $0 != "?" }
        return !beforePath.contains(":")
    }
}
