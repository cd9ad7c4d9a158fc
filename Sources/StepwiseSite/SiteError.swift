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
    }

    package var code: Code
    /// Catalog placeholders: `path`, `detail`, `name`.
    package var arguments: [String: String]

    package init(_ code: Code, _ arguments: [String: String]) {
        self.code = code; self.arguments = arguments
    }
}
