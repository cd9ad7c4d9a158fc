import Foundation

/// Every refusal a rule can give. No text here: front ends localize from the case and its
/// arguments.
package enum DomainError: Error, Sendable, Hashable {
    case unknownUser(String)
    case unknownSubscription(String)
    case unknownPaymentMethod(String)

    /// Deleted subscriptions cannot come back; the article sends the user to support.
    case subscriptionDeleted
    case alreadyActive
    case subscriptionNotActive(SubscriptionStatus)
    case noFreeSeats
    case alreadyLicensed

    case keyWrongLength(Int)
    /// `position` is 1-based among the key's characters, dashes and spaces not counted.
    case keyInvalidCharacter(Character, position: Int)
    case keyNotRecognized
    case keyAlreadyUsed(Date)
    case keyEntryLocked(until: Date)

    case cardNumberMalformed
    case cardNumberInvalid
    case cardExpiryMalformed
    case cardExpired
}
