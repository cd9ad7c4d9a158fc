import StepwiseArticle

/// How link targets are compared between a translation and its source.
enum LinkTarget {
    /// Relative targets and `#anchors` as written; absolute URLs with any locale path segment
    /// (`/en-us/`, `/lv-lv/`) replaced, since translations point at their own language's page.
    static func comparable(_ destination: String) -> String {
        // Most URLs have no locale segment: a byte scan for `/xx-` turns them away unchanged.
        guard hasLocaleLikeSegment(destination), let scheme = destination.range(of: "://") else { return destination }
        var parts = destination[scheme.upperBound...].split(separator: "/", omittingEmptySubsequences: false)
        for i in parts.indices.dropFirst() where ContentLibrary.looksLikeLocale(String(parts[i])) && parts[i].contains("-") {
            parts[i] = "{locale}"
        }
        return destination[..<scheme.upperBound].lowercased() + parts.joined(separator: "/")
    }

    private static func hasLocaleLikeSegment(_ s: String) -> Bool {
        var window: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        for b in s.utf8 {
            window = (window.1, window.2, window.3, b)
            func letter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }
            if window.0 == UInt8(ascii: "/"), letter(window.1), letter(window.2), window.3 == UInt8(ascii: "-") { return true }
        }
        return false
    }

    /// A target that names a file beside the article (`x.md`, `../y/z.md#a`): no scheme, not
    /// site-rooted (`/microsoft-365/…` resolves on the docs site, not in the tree).
    static func isRelativeFile(_ destination: String) -> Bool {
        guard let first = destination.first, first != "/", first != "#" else { return false }
        let beforePath = destination.prefix { $0 != "/" && $0 != "#" && $0 != "?" }
        return !beforePath.contains(":")
    }
}
