import Foundation
import StepwiseLocale

/// Reads any catalog file `stepwise check` knows, choosing the reader by file name and, for
/// YAML, by content. The one way a catalog file is loaded for checking.
package enum CatalogFileReader {
    /// Translators' files can be large (a String Catalog holds every language); this only
    /// stops a file that is clearly not a catalog from being read whole.
    package static let maxFileBytes = 64 << 20

    /// The format a file name says, before its content is read (YAML is decided by content).
    package static func format(ofName name: String) -> CatalogFormat? {
        let lower = name.lowercased()
        if lower.hasSuffix(".po") || lower.hasSuffix(".pot") { return .po }
        if lower.hasSuffix(".xlf") || lower.hasSuffix(".xliff") { return .xliff12 }
        if lower.hasSuffix(".xcstrings") { return .xcstrings }
        if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") { return .stepwiseYAML }
        return nil
    }

    /// `locale`: the locale the file's name or folder gives, used when the file does not say.
    package static func read(path: String, locale: String) -> Result<MessageCatalog, CatalogError> {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            return .failure(CatalogError(.unreadable, file: path, Catalog.readFailure(at: path, error)))
        }
        guard data.count <= maxFileBytes else {
            return .failure(CatalogError(.tooLarge, file: path, ["limit": String(maxFileBytes)]))
        }
        let text: String
        do { text = try CatalogParser.decodeUTF8(data, file: path) } catch {
            // gettext files name their own charset; the common 8-bit ones are read as they say.
            // A file that says UTF-8 (or a POT's placeholder CHARSET) and is not keeps the UTF-8 error at its byte.
            guard format(ofName: (path as NSString).lastPathComponent) == .po, let charset = POCharset.declared(in: data),
                  !["UTF-8", "UTF8", "CHARSET"].contains(charset.uppercased()) else { return .failure(error) }
            guard let encoding = POCharset.encoding(charset), let decoded = String(data: data, encoding: encoding) else {
                return .failure(CatalogError(.charset, file: path, line: error.line, column: error.column, ["charset": charset]))
            }
            text = decoded
        }
        return parse(text, path: path, locale: locale)
    }

    package static func parse(_ text: String, path: String, locale: String) -> Result<MessageCatalog, CatalogError> {
        switch format(ofName: (path as NSString).lastPathComponent) {
        case .po: POReader.read(text, file: path, locale: locale)
        case .xliff12, .xliff20: XLIFFReader.read(text, file: path, locale: locale)
        case .xcstrings: StringCatalogReader.read(text, file: path)
        case .stepwiseYAML, .railsYAML, nil: YAMLCatalogReader.read(text, file: path, locale: locale)
        }
    }
}
