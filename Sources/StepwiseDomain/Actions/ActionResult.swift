/// A finished action: the localized message shown to the reader, and the ids it created or
/// acted on, by input name, so later steps of a walk can use them (a new card's id, say).
package struct ActionResult: Sendable, Hashable {
    package var action: ActionName
    package var message: String
    package var values: [InputName: String]
    /// A dry run: the message says what would happen, nothing was stored.
    package var isPreview: Bool

    package init(action: ActionName, message: String, values: [InputName: String] = [:], isPreview: Bool = false) {
        self.action = action; self.message = message; self.values = values; self.isPreview = isPreview
    }
}
