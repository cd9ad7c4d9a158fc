/// A request that cannot become an action: wrong names or missing inputs. Distinct from
/// `DomainError`, which is the service refusing a well-formed request.
package enum ActionUsageError: Error, Sendable, Hashable {
    case unknownAction(String)
    case unknownInput(action: ActionName, input: String)
    case missingInput(action: ActionName, input: InputName)
    /// Reactivation needs exactly one of an existing payment method or a new card.
    case paymentChoice
}
