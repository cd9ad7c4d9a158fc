import Foundation

/// What a bound step did, kept in the saved run so that resuming never does it again. The
/// message is the one the reader saw, in the run's language; it never holds a product key or
/// card number in clear (results only name masked keys and last four digits).
package struct ActionRecord: Sendable, Hashable, Codable {
    package var slug: String
    package var node: String
    /// The action name, or the input name of a pick.
    package var name: String
    package var isPick: Bool
    package var succeeded: Bool
    /// A failure's stable code (`subscription-deleted`…).
    package var code: String?
    package var message: String
    package var at: Date

    package init(slug: String, node: String, name: String, isPick: Bool, succeeded: Bool, code: String? = nil,
                message: String, at: Date) {
        self.slug = slug; self.node = node; self.name = name; self.isPick = isPick; self.succeeded = succeeded
        self.code = code; self.message = message; self.at = at
    }
}
