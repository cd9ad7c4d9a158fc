import StepwiseArticle

/// Why an export could not run or finish; the CLI turns it into a localized message.
package struct SiteError: Error, Sendable, Hashable {
    package enum Code: String, Sendable, Hashable {
        /// `--templates` is not a folder.
        case templatesNotAFolder = "templates-not-a-folder"
        /// A template file could not be read.
        case templatesUnreadable = "templates-unreadable"
        /// A template is not valid Mustache.
        case templateSyntax = "template-syntax"
        /// A required template is missing.
        case templateMissing = "template-missing"
        /// The output folder or a page could not be written.
        case outputUnwritable = "output-unwritable"
        /// The content holds no article (a mistyped `--content`): nothing is written or removed,
        /// so a `--clean` export can never empty a site.
        case noArticles = "no-articles"
        /// `--shard` with `--clean` into a folder holding a whole export, which would be left
        /// with one part: nothing is written or removed.
        case shardOverSite = "shard-over-site"
    }

    package var code: Code
    /// Catalog placeholders: `path`, `detail`, `name`.
    package var arguments: [String: String]

    package init(_ code: Code, _ arguments: [String: String]) {
        self.code = code; self.arguments = arguments
    }
}

extension SiteError: DiagnosticConvertible {
    /// `site.error.<code>`; a `detail-key` argument names the reason's own message.
    package var diagnostic: Diagnostic {
        var args = Diagnostic.texts(arguments)
        if let key = arguments["detail-key"] { args["detail"] = .message("error.detail." + key) }
        if let path = arguments["path"] { args["path"] = .path(path) }
        return Diagnostic("site.error." + code.rawValue, .error, at: nil, arguments: args)
    }
}
