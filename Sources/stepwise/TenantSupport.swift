import ArgumentParser
import Foundation
import StepwiseDomain
import StepwiseLocale

/// What `tenant` and `do` share: where the tenant file is, the catalogs, and how domain and
/// store errors become stable codes and localized messages.
struct TenantOptions: ParsableArguments {
    @Option(name: .customLong("tenant"), help: ArgumentHelp(CLI.text("cli.option.tenant"), valueName: "path"))
    var tenant: String?

    var path: String {
        tenant ?? StoreLocation.defaultPath(environment: ProcessInfo.processInfo.environment, home: NSHomeDirectory())
    }
}

struct TenantContext {
    let localizer: Localizer
    let path: String

    init(global: GlobalOptions, tenant: TenantOptions) {
        localizer = CLI.loadLocalizer(folder: global.locales, requested: global.locale)
        path = tenant.path
    }

    func text(_ key: String, _ args: [String: String] = [:]) -> String { localizer.string(key, args) }

    func prefixed(_ message: String) -> String { text("error.prefix") + ": " + message }

    func open() throws -> SQLiteTenantStore {
        do {
            return try SQLiteTenantStore(path: path)
        } catch {
            throw ContentFailure(message: prefixed(describe(error)))
        }
    }

    func load(_ store: SQLiteTenantStore) throws -> Tenant {
        do { return try store.load() } catch { throw ContentFailure(message: prefixed(describe(error))) }
    }

    // MARK: Codes and messages

    static func code(_ error: StoreError) -> String {
        switch error {
        case .locked: "locked"
        case .corrupt: "corrupt"
        case .unwritable: "unwritable"
        }
    }

    func describe(_ error: any Error) -> String {
        if let error = error as? StoreError { return describe(error) }
        if let error = error as? DomainError { return describe(error) }
        return describe(StoreError.unwritable(path, detail: String(describing: error)))
    }

    func describe(_ error: StoreError) -> String {
        switch error {
        case .locked(let p): text("tenant.error.locked", ["path": p])
        case .corrupt(let p): text("tenant.error.corrupt", ["path": p])
        case .unwritable(let p, let detail): text("tenant.error.unwritable", ["path": p, "detail": detail])
        }
    }

    static func code(_ error: DomainError) -> String {
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

    func describe(_ error: DomainError) -> String {
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
        // Input echoed back may hold control characters; none reach the terminal raw.
        args = args.mapValues { String($0.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }) }
        return text("action.error.\(Self.code(error))", args)
    }

    func statusName(_ status: SubscriptionStatus) -> String { text("tenant.status.\(status.rawValue)") }

    func paymentName(_ id: String?, in tenant: Tenant) -> String {
        guard let id, let method = tenant.paymentMethod(id) else { return text("tenant.none") }
        return paymentName(method)
    }

    func paymentName(_ method: PaymentMethod) -> String {
        switch method.kind {
        case .invoice: text("tenant.invoice")
        case .card(let card):
            text("tenant.card", [
                "brand": text("tenant.brand.\(card.brand.rawValue)"), "last4": card.last4,
                "expiry": String(format: "%02d/%02d", card.expiryMonth, card.expiryYear % 100),
            ])
        }
    }

    static func day(_ date: Date) -> String { format(date, "yyyy-MM-dd") }
    static func minute(_ date: Date) -> String { format(date, "yyyy-MM-dd HH:mm 'UTC'") }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = pattern
        return f.string(from: date)
    }

    static func printJSON(_ object: Any) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        print(String(decoding: data, as: UTF8.self))
    }
}
