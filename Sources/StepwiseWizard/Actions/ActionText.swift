import Foundation
import StepwiseArticle
import StepwiseDomain
import StepwiseLocale

/// Every word an action shows, from the catalogs: results, refusals, statuses, payment
/// methods, prompts. It lives with the front ends' shared layer because the domain only
/// returns values (`ActionOutcome`, typed errors); error codes are `ActionErrorCode`.
package struct ActionText: Sendable {
    package let localizer: Localizer

    package init(localizer: Localizer) { self.localizer = localizer }

    package func text(_ key: String, _ args: [String: String] = [:]) -> String {
        // Values typed by the reader or stored in the tenant are echoed back; they follow the
        // one rule for untrusted text.
        localizer.string(key, args.mapValues { DisplaySafeText.clean($0) })
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

    /// What a finished (or previewed) action did, in words.
    package func message(for result: ActionResult) -> String {
        let verb = result.isPreview ? "action.preview" : "action.done"
        switch result.outcome {
        case .subscriptions(let all):
            return all.map(subscriptionLine).joined(separator: "\n")
        case .apps(let user, let apps, let products):
            return apps.isEmpty
                ? text("action.done.apps-none", ["user": user.name])
                : text("action.done.apps", ["user": user.name, "apps": apps.joined(separator: ", "), "products": products.joined(separator: ", ")])
        case .reactivated(let s, let payment):
            return text("\(verb).reactivate", [
                "subscription": s.id, "product": s.product, "date": s.expiresAt.map(Self.day) ?? "",
                "payment": payment.map(paymentName) ?? text("tenant.none"),
            ])
        case .paymentAdded(let method):
            return text("\(verb).payment-add", ["payment": method.id, "card": paymentName(method)])
        case .redeemed(let key, let s):
            return text("\(verb).redeem", [
                "key": InputName.key.display(key), "subscription": s.id, "product": s.product, "seats": String(s.seats),
                "date": s.expiresAt.map(Self.day) ?? "",
            ])
        case .assigned(let u, let s):
            return text("\(verb).assign", ["user": u.name, "subscription": s.id, "product": s.product, "seats": seats(s)])
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
    package func describe(_ error: any Error, storePath: String) -> String {
        switch error {
        case let error as DomainError: describe(error)
        case let error as StoreError: describe(error)
        case let error as ActionUsageError: describe(error)
        default: describe(StoreError.unwritable(storePath, detail: StoreError.reason(of: error)))
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

    package func describe(_ error: ActionUsageError) -> String {
        switch error {
        case .unknownAction(let name):
            text("action.usage.unknown-action", ["action": name, "actions": ActionName.allCases.map(\.rawValue).joined(separator: ", ")])
        case .unknownInput(let action, let input): text("action.usage.unknown-input", ["action": action.rawValue, "input": input])
        case .missingInput(let action, let input): text("action.usage.missing-input", ["action": action.rawValue, "input": input.rawValue])
        case .paymentChoice: text("action.usage.payment-choice")
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
        return text("action.error.\(ActionErrorCode.of(error))", args)
    }
}
