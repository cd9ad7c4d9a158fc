/// The placeholder syntaxes a string may use; which apply comes from the format and its flags.
package struct PlaceholderSyntaxes: OptionSet, Sendable, Hashable {
    package let rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }

    /// `{name}`: Stepwise's own catalogs.
    package static let brace = PlaceholderSyntaxes(rawValue: 1 << 0)
    /// ICU MessageFormat: `{name}`, `{0}`, `{n, number}`, `{count, plural, one {…} other {…}}`, `select`.
    package static let icu = PlaceholderSyntaxes(rawValue: 1 << 1)
    /// Ruby / Rails `%{name}`.
    package static let percentBrace = PlaceholderSyntaxes(rawValue: 1 << 2)
    /// Mustache, Handlebars, i18next `{{name}}`.
    package static let doubleBrace = PlaceholderSyntaxes(rawValue: 1 << 3)
    /// C printf with positions, flags, width, precision and length: `%d`, `%5.2f`, `%1$@`, `%lld`.
    package static let printf = PlaceholderSyntaxes(rawValue: 1 << 4)
    /// printf's space flag (`% d`), only where a file declares C format strings (PO `c-format`):
    /// elsewhere "50% off" would read as a conversion.
    package static let printfSpaceFlag = PlaceholderSyntaxes(rawValue: 1 << 8)
    /// Python `%(name)s` (with printf's `%s` beside it).
    package static let python = PlaceholderSyntaxes(rawValue: 1 << 5)
    /// Python `str.format`: `{0}`, `{name}`, `{name!r:>10}`.
    package static let pythonBrace = PlaceholderSyntaxes(rawValue: 1 << 6)
    /// Apple `%#@name@` substitutions (String Catalogs, stringsdict).
    package static let apple = PlaceholderSyntaxes(rawValue: 1 << 7)
}
