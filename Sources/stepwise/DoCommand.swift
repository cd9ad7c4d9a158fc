import ArgumentParser
import Foundation
import StepwiseDomain

struct DoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "do", abstract: CLI.text("cli.do.abstract"), discussion: CLI.text("cli.do.discussion"))
    }

    static let actions = ["subscriptions.list", "subscription.reactivate", "paymentMethod.add", "productKey.redeem", "license.assign"]
    static let actor = "stepwise-cli"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var tenantOptions: TenantOptions

    @Argument(help: ArgumentHelp(CLI.text("cli.do.action"), valueName: "action"))
    var action: String

    @Option(name: .customLong("input"), help: ArgumentHelp(CLI.text("cli.do.input"), valueName: "name=value"))
    var inputs: [String] = []

    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.do.yes")))
    var yes = false

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLI.text("cli.do.dry-run")))
    var dryRun = false

    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.do.json")))
    var json = false

    /// A refusal carries its code; the message is already localized.
    struct Refusal: Error {
        var code: String
        var message: String
    }

    func run() throws {
        let ctx = TenantContext(global: global, tenant: tenantOptions)
        guard Self.actions.contains(action) else {
            throw ValidationError(ctx.text("action.usage.unknown-action", ["action": action, "actions": Self.actions.joined(separator: ", ")]))
        }
        var values: [String: String] = [:]
        for input in inputs {
            guard let eq = input.firstIndex(of: "="), eq != input.startIndex else {
                throw ValidationError(ctx.text("action.usage.bad-input", ["input": input]))
            }
            values[String(input[..<eq])] = String(input[input.index(after: eq)...])
        }
        let request = try Request(action: action, values: values, ctx: ctx)
        if request.changes && !dryRun && !yes {
            throw ValidationError(ctx.text("action.usage.confirm"))
        }
        do {
            let store = try SQLiteTenantStore(path: ctx.path)
            let message = try request.perform(on: store, dryRun: dryRun, ctx: ctx)
            report(ok: true, message: message, code: nil, ctx)
        } catch let error as StoreError {
            report(ok: false, message: ctx.describe(error), code: TenantContext.code(error), ctx)
            throw ExitCode(1)
        } catch let error as DomainError {
            report(ok: false, message: ctx.describe(error), code: TenantContext.code(error), ctx)
            throw ExitCode(1)
        }
    }

    private func report(ok: Bool, message: String, code: String?, _ ctx: TenantContext) {
        if json {
            let object: [String: Any] = ["ok": ok, "action": action, "message": message, "error": code.map { $0 as Any } ?? NSNull()]
            try? TenantContext.printJSON(object)
        } else if ok {
            print(message)
        } else {
            CLI.printError(ctx.prefixed(message))
        }
    }
}

/// One action with its inputs checked; running it is one store transaction.
private struct Request {
    enum Kind {
        case list
        case reactivate(subscription: String, payment: PaymentChoice)
        case addPayment(CardInput)
        case redeem(key: String)
        case assign(user: String, subscription: String)
    }

    var kind: Kind

    var changes: Bool {
        if case .list = kind { return false }
        return true
    }

    init(action: String, values: [String: String], ctx: TenantContext) throws {
        let allowed: [String]
        switch action {
        case "subscription.reactivate": allowed = ["subscription", "paymentMethod", "cardNumber", "expiry", "holder"]
        case "paymentMethod.add": allowed = ["cardNumber", "expiry", "holder"]
        case "productKey.redeem": allowed = ["key"]
        case "license.assign": allowed = ["user", "subscription"]
        default: allowed = []
        }
        for name in values.keys.sorted() where !allowed.contains(name) {
            throw ValidationError(ctx.text("action.usage.unknown-input", ["action": action, "input": name]))
        }
        func need(_ name: String) throws -> String {
            guard let value = values[name], !value.isEmpty else {
                throw ValidationError(ctx.text("action.usage.missing-input", ["action": action, "input": name]))
            }
            return value
        }
        switch action {
        case "subscription.reactivate":
            let subscription = try need("subscription")
            if let pm = values["paymentMethod"], !pm.isEmpty {
                guard values["cardNumber"] == nil else { throw ValidationError(ctx.text("action.usage.payment-choice")) }
                kind = .reactivate(subscription: subscription, payment: .existing(id: pm))
            } else if values["cardNumber"] != nil {
                kind = .reactivate(subscription: subscription, payment: .newCard(CardInput(number: try need("cardNumber"), expiry: try need("expiry"))))
            } else {
                throw ValidationError(ctx.text("action.usage.payment-choice"))
            }
        case "paymentMethod.add":
            kind = .addPayment(CardInput(number: try need("cardNumber"), expiry: try need("expiry")))
        case "productKey.redeem":
            kind = .redeem(key: try need("key"))
        case "license.assign":
            kind = .assign(user: try need("user"), subscription: try need("subscription"))
        default:
            kind = .list
        }
    }

    /// In a dry run the transaction gives back the state it read, so nothing is written.
    func perform(on store: SQLiteTenantStore, dryRun: Bool, ctx: TenantContext) throws -> String {
        let now = Date()
        let hasher = store.keyHasher
        let result = try store.perform { state -> (TenantState, Result<String, DomainError>) in
            var next = state
            let message: String
            switch kind {
            case .list:
                let t = state.tenant
                message = t.subscriptions.map { s in
                    ctx.text("action.done.list-item", ["subscription": s.id, "product": s.product, "status": ctx.statusName(s.status),
                                                       "seats": ctx.text("tenant.seats", ["assigned": String(s.assignedSeats), "seats": String(s.seats)])])
                }.joined(separator: "\n")
                return (state, .success(message))
            case .reactivate(let id, let payment):
                let outcome = try Reactivation.reactivate(state.tenant, subscriptionID: id, payment: payment, actor: DoCommand.actor, now: now).get()
                next.tenant = outcome.tenant
                let s = outcome.tenant.subscription(id)!
                message = ctx.text(dryRun ? "action.preview.reactivate" : "action.done.reactivate", [
                    "subscription": s.id, "product": s.product, "date": s.expiresAt.map(TenantContext.day) ?? "",
                    "payment": ctx.paymentName(s.paymentMethodID, in: outcome.tenant),
                ])
            case .addPayment(let card):
                let outcome = try PaymentMethods.add(state.tenant, card: card, actor: DoCommand.actor, now: now).get()
                next.tenant = outcome.tenant
                let method = outcome.tenant.paymentMethods.last!
                message = ctx.text(dryRun ? "action.preview.payment-add" : "action.done.payment-add",
                                   ["payment": method.id, "card": ctx.paymentName(method)])
            case .redeem(let key):
                let attempt = ProductKeyRedemption.redeem(state.tenant, key: key, actor: DoCommand.actor, attempts: state.keyAttempts, now: now, hash: hasher)
                switch attempt.result {
                case .failure(let error):
                    // Failed attempts must be kept for the lockout, so they are stored even though the action fails.
                    return (dryRun ? state : TenantState(tenant: state.tenant, keyAttempts: attempt.attempts), .failure(error))
                case .success(let outcome):
                    next = TenantState(tenant: outcome.tenant, keyAttempts: attempt.attempts)
                    let s = outcome.tenant.subscriptions.last!
                    let masked = (try? ProductKey(parsing: key))?.masked ?? ""
                    message = ctx.text(dryRun ? "action.preview.redeem" : "action.done.redeem", [
                        "key": masked, "subscription": s.id, "product": s.product, "seats": String(s.seats),
                        "date": s.expiresAt.map(TenantContext.day) ?? "",
                    ])
                }
            case .assign(let user, let id):
                let outcome = try LicenseAssignment.assign(state.tenant, user: user, subscriptionID: id, actor: DoCommand.actor, now: now).get()
                next.tenant = outcome.tenant
                let u = outcome.tenant.users.first { $0.id == user || $0.signInName == user }!
                let s = outcome.tenant.subscription(id)!
                message = ctx.text(dryRun ? "action.preview.assign" : "action.done.assign", [
                    "user": u.name, "subscription": s.id, "product": s.product,
                    "seats": ctx.text("tenant.seats", ["assigned": String(s.assignedSeats), "seats": String(s.seats)]),
                ])
            }
            return (dryRun ? state : next, .success(message))
        }
        return try result.get()
    }
}
