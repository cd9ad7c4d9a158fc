import StepwiseArticle

/// Something the export left out of a page, with where it stands in the source.
package struct SiteWarning: Sendable, Hashable {
    package enum Code: String, Sendable, Hashable {
        /// A `javascript:`, `vbscript:` or `data:` link or image, dropped.
        case unsafeLink = "unsafe-link"
        /// A link or image with a scheme other than `http:`, `https:` or `mailto:`, dropped.
        case schemeNotAllowed = "scheme-not-allowed"
        /// Two files give one slug in one locale; `file` is the one left out, `other` the one exported.
        case duplicateSlug = "duplicate-slug"
    }

    package var code: Code
    package var file: String
    package var position: SourcePosition
    /// The catalog key the warning is worded by.
    package var catalogKey: String {
        switch code {
        case .unsafeLink: "site.warning.unsafe-link"
        case .schemeNotAllowed: "site.scheme-not-allowed"
        case .duplicateSlug: "site.duplicate-slug"
        }
    }

    /// Catalog placeholders (`url`, `other`).
    package var arguments: [String: String]

    package init(code: Code, file: String, position: SourcePosition, arguments: [String: String]) {
        self.code = code; self.file = file; self.position = position; self.arguments = arguments
    }
}

extension SiteWarning: DiagnosticConvertible {
    package var diagnostic: Diagnostic {
        var args = Diagnostic.texts(arguments)
        // A `data:` URL can be kilobytes of base64; the start says enough.
        if let url = arguments["url"], url.count > 60 { args["url"] = .text(String(url.prefix(60)) + "…") }
        if let other = arguments["other"] { args["other"] = .path(other) }
        return Diagnostic(catalogKey, .warning, at: Diagnostic.Location(file: file, position: position), arguments: args)
    }
}
