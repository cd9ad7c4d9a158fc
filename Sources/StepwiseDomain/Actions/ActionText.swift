import Foundation
import StepwiseLocale

/// Every word an action shows, from the catalogs: results, refusals, statuses, payment
/// methods, prompts. Error codes are stable identifiers for scripts (`do --json`).
package struct ActionText: Sendable {
    package let localizer: Localizer

    package init(localizer: Localizer) { self.localizer = localizer }

    package func text(_ key: String, _ args: [String: String] = [:]) -> String {
        // Values typed by the reader or stored in the tenant are echoed back; none may carry
        // control characters to the terminal.
        localizer.string(key, args.mapValues(Self.printable))
    }

    static func printable(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }))
    }

    // MARK: Names

    package func statusName(_ status: SubscriptionStatus) -> String { text("tenant.status.\(status.rawValue)") }

    package func paymentName(_ id: String?, in tenant: Tenant) -> String {
        guard let id, let method = tenant.paymentMethod(id) else { return text("tenant.none") }
        return paymentName(method)
    }

    package func paymentName(_ method: PaymentMethod) -> String {
        switch method.kind {
        case .invoice: text("tenant.invoice")
        case .card(let card):
            text("tenant.card", [
                "brand": text("tenant.brand.\(card.brand.rawValue)"), "last4": card.last4,
                "expiry": String(format: "%02d/%02d", card.expiryMonth, card.expiryYear % 100),
            ])
        }
    }

    package func seats(_ subscription: Subscription) -> String {
        text("tenant.seats", ["assigned": String(subscription.assignedSeats), "seats": String(subscription.seats)])
    }

    package func subscriptionLine(_ s: Subscription) -> String {
        text("action.done.list-item", ["subscription": s.id, "product": s.product, "status": statusName(s.status), "seats": seats(s)])
    }

    package func prompt(_ input: InputName) -> String { text("action.prompt.\(input.rawValue)") }

    package func actionTitle(_ action: ActionName) -> String { text("action.title.\(action.rawValue)") }

    /// The choices a pickable input offers, from the tenant as it is now.
    package func options(for input: InputName, in tenant: Tenant) -> [InputOption] {
        switch input {
        case .subscription: tenant.subscriptions.map { InputOption(value: $0.id, label: subscriptionLine($0)) }
        case .paymentMethod: tenant.paymentMethods.map { InputOption(value: $0.id, label: "\($0.id)  " + paymentName($0)) }
        case .user: tenant.users.map { InputOption(value: $0.id, label: "\($0.id)  \($0.name) <\($0.signInName)>", aliases: [$0.signInName]) }
        default: []
        }
    }

    // MARK: Dates

    package static func day(_ date: Date) -> String { format(date, "yyyy-MM-dd") }
    package static func minute(_ date: Date) -> String { format(date, "yyyy-MM-dd HH:mm 'UTC'") }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = pattern
        return f.string(from: date)
    }
}

// MARK: Refusals and failures

extension ActionText {
    /// The stable code of any error an action can end with.
    package static func code(_ error: any Error) -> String {
        switch error {
        case let error as DomainError: code(error)
        case let error as StoreError: code(error)
        case let error as ActionUsageError: code(error)
        default: "unwritable"
        }
    }

    package func describe(_ error: any Error, storePath: String) -> String {
        switch error {
        case let error as DomainError: describe(error)
        case let error as StoreError: describe(error)
        case let error as ActionUsageError: describe(error)
        default: describe(StoreError.unwritable(storePath, detail: StoreError.reason(of: error)))
        }
    }

    package static func code(_ error: StoreError) -> String {
        switch error {
        case .locked: "locked"
        case .corrupt: "corrupt"
        case .unwritable: "unwritable"
        case .isFolder: "is-folder"
        case .foreign: "foreign"
        case .readOnly: "read-only"
        }
    }

    package func describe(_ error: StoreError) -> String {
        switch error {
        case .locked(let p): text("tenant.error.locked", ["path": p])
        case .corrupt(let p): text("tenant.error.corrupt", ["path": p])
        case .unwritable(let p, let detail):
            text("tenant.error.unwritable", ["path": p, "detail": StoreError.reasonKeys.contains(detail) ? text("error.detail." + detail) : detail])
        case .isFolder(let p): text("tenant.error.is-folder", ["path": p])
        case .foreign(let p): text("tenant.error.foreign", ["path": p])
        case .readOnly(let p): text("tenant.error.read-only", ["path": p])
        }
    }

    package static func code(_ error: ActionUsageError) -> String {
        switch error {
        case .unknownAction: "unknown-action"
        case .unknownInput: "unknown-input"
        case .missingInput: "missing-input"
        case .paymentChoice: "payment-choice"
        }
    }

    package func describe(_ error: ActionUsageError) -> String {
        switch error {
        case .unknownAction(let name):
            text("action.usage.unknown-action", ["action": name, "actions": ActionName.allCases.map(\.rawValue).joined(separator: ", ")])
        case .unknownInput(let action, let input): text("action.usage.unknown-input", ["action": action.rawValue, "input": input])
        case .missingInput(let action, let input): text("action.usage.missing-input", ["action": action.rawValue, "input": input.rawValue])
        case .paymentChoice: text("action.usage.payment-choice")
        }
    }

    package static func code(_ error: DomainError) -> String {
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

    package func describe(_ error: DomainError) -> String {
        var args: [String: String] = [:]
        switch error {
        case .unknownUser(let u): args["user"] = u
        case .unknownSubscription(let s): args["subscription"] = s
        case .unknownPaymentMethod(let p): args["payment"] = p
        case .subscriptionNotActive(let status): args["status"] = statusName(status)
        case .keyWrongLength(let n): args["count"] = String(n)
        case .keyInvalidCharacter(let c, let position):
            args["character"] = String(c)
            args["position"] = String(position)
        case .keyAlreadyUsed(let date): args["date"] = Self.day(date)
        case .keyEntryLocked(let until): args["time"] = Self.minute(until)
        default: break
        }
        return text("action.error.\(Self.code(error))", args)
    }
}
