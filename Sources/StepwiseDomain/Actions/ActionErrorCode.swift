/// The stable code of any error an action can end with: identifiers for scripts (`do --json`)
/// and saved runs, never shown as words.
package enum ActionErrorCode {
    package static func of(_ error: any Error) -> String {
        switch error {
        case let error as DomainError: of(error)
        case let error as StoreError: of(error)
        case let error as ActionUsageError: of(error)
        default: "unwritable"
        }
    }

    package static func of(_ error: StoreError) -> String {
        switch error {
        case .locked: "locked"
        case .corrupt: "corrupt"
        case .unwritable: "unwritable"
        case .isFolder: "is-folder"
        case .foreign: "foreign"
        case .readOnly: "read-only"
        }
    }

    package static func of(_ error: ActionUsageError) -> String {
        switch error {
        case .unknownAction: "unknown-action"
        case .unknownInput: "unknown-input"
        case .missingInput: "missing-input"
        case .paymentChoice: "payment-choice"
        }
    }

    package static func of(_ error: DomainError) -> String {
        switch error {
        case .unknownUser: "unknown-user"
        case .unknownSubscription: "unknown-subscription"
        case .unknownPaymentMethod: "unknown-payment-method"
        case .subscriptionDeleted: "subscription-deleted"
        case .alreadyActive: "already-active"
        case .subscriptionNotActive: "subscription-not-active"
        case .noFreeSeats: "no-free-seats"
        case .alreadyLicensed: "already-licensed"
        case .keyWrongLength: "key-wrong-length"
        case .keyInvalidCharacter: "key-invalid-character"
        case .keyNotRecognized: "key-not-recognized"
        case .keyAlreadyUsed: "key-already-used"
        case .keyEntryLocked: "key-entry-locked"
        case .cardNumberMalformed: "card-malformed"
        case .cardNumberInvalid: "card-invalid"
        case .cardExpiryMalformed: "expiry-malformed"
        case .cardExpired: "card-expired"
        }
    }
}
