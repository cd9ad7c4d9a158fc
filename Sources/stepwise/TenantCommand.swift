import StepwiseArticle
import ArgumentParser
import Foundation
import StepwiseDomain
import StepwiseTerminal

struct TenantCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "tenant", abstract: CLI.text("cli.tenant.abstract"),
            subcommands: [TenantShowCommand.self, TenantResetCommand.self, TenantLogCommand.self])
    }
}

struct TenantShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: CLI.text("cli.tenant.show.abstract"))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var tenantOptions: TenantOptions

    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.tenant.json")))
    var json = false

    func run() throws {
        let ctx = TenantContext(global: global, tenant: tenantOptions)
        let tenant = try ctx.load(try ctx.open())
        if json {
            TenantContext.printJSON(.object([
                ("subscriptions", .array(tenant.subscriptions.map { s in
                    .object([
                        ("id", .string(s.id)), ("product", .string(s.product)), ("status", .string(s.status.rawValue)), ("seats", .int(s.seats)),
                        ("assignedSeats", .int(s.assignedSeats)), ("paymentMethod", .optional(s.paymentMethodID)),
                        ("expiresAt", .optional(s.expiresAt.map(TenantContext.day))),
                    ])
                })),
                ("users", .array(tenant.users.map { .object([("id", .string($0.id)), ("name", .string($0.name)), ("signInName", .string($0.signInName))]) })),
                ("licenses", .array(tenant.licenses.map { .object([("user", .string($0.userID)), ("subscription", .string($0.subscriptionID))]) })),
                ("paymentMethods", .array(tenant.paymentMethods.map { m in
                    switch m.kind {
                    case .card(let c):
                        .object([("id", .string(m.id)), ("brand", .string(c.brand.rawValue)), ("last4", .string(c.last4)),
                                 ("expiry", .string(String(format: "%02d/%02d", c.expiryMonth, c.expiryYear % 100)))])
                    case .invoice: .object([("id", .string(m.id)), ("brand", .string("invoice")), ("last4", .null)])
                    }
                })),
            ]))
            return
        }
        print(ctx.text("tenant.section.subscriptions"))
        print(SubscriptionTable.render(tenant, ctx), terminator: "")
        print("\n" + ctx.text("tenant.section.users"))
        let userHeader = ["id", "name", "sign-in"].map { ctx.text("tenant.header.\($0)") }
        print(TextTable(header: userHeader, rows: tenant.users.map { [$0.id, $0.name, $0.signInName].map { DisplaySafeText.clean($0) } }).render(), terminator: "")
        print("\n" + ctx.text("tenant.section.payment-methods"))
        let pmHeader = ["id", "payment"].map { ctx.text("tenant.header.\($0)") }
        print(TextTable(header: pmHeader, rows: tenant.paymentMethods.map { [$0.id, ctx.paymentName($0)] }).render(), terminator: "")
    }
}

enum SubscriptionTable {
    static func render(_ tenant: Tenant, _ ctx: TenantContext) -> String {
        let header = ["id", "product", "status", "seats", "payment", "expires"].map { ctx.text("tenant.header.\($0)") }
        let rows = tenant.subscriptions.map { s in
            [s.id, s.product, ctx.statusName(s.status),
             ctx.text("tenant.seats", ["assigned": String(s.assignedSeats), "seats": String(s.seats)]),
             ctx.paymentName(s.paymentMethodID, in: tenant),
             s.expiresAt.map(TenantContext.day) ?? ctx.text("tenant.none")].map { DisplaySafeText.clean($0) }
        }
        return TextTable(header: header, rows: rows).render()
    }
}

struct TenantResetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reset", abstract: CLI.text("cli.tenant.reset.abstract"))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var tenantOptions: TenantOptions

    /// The demo tenant is what a reset always gives; the flag keeps scripts explicit.
    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.tenant.reset.demo")))
    var demo = false

    func run() throws {
        let ctx = TenantContext(global: global, tenant: tenantOptions)
        // Only a Stepwise tenant (or nothing) is ever replaced; the store says why not.
        do {
            try SQLiteTenantStore.remove(ctx.path)
        } catch {
            throw ContentFailure(message: ctx.prefixed(ctx.describe(error)))
        }
        _ = try ctx.open()
        print(ctx.text("tenant.reset.done", ["path": DisplaySafeText.clean(ctx.path)]))
    }
}

struct TenantLogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "log", abstract: CLI.text("cli.tenant.log.abstract"))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var tenantOptions: TenantOptions

    @Flag(name: .long, help: ArgumentHelp(CLI.text("cli.tenant.json")))
    var json = false

    func run() throws {
        let ctx = TenantContext(global: global, tenant: tenantOptions)
        let tenant = try ctx.load(try ctx.open())
        // Entries name key records by id only; the store never had the key in clear.
        if json {
            let formatter = ISO8601DateFormatter()
            TenantContext.printJSON(.array(tenant.auditLog.map {
                .object([("time", .string(formatter.string(from: $0.time))), ("actor", .string($0.actor)),
                         ("action", .string($0.action.rawValue)), ("subject", .string($0.subject))])
            }))
            return
        }
        guard !tenant.auditLog.isEmpty else {
            print(ctx.text("tenant.log.empty"))
            return
        }
        let header = ["time", "actor", "action", "subject"].map { ctx.text("tenant.log.header.\($0)") }
        let rows = tenant.auditLog.map {
            [TenantContext.minute($0.time), $0.actor, $0.action.rawValue, $0.subject].map { DisplaySafeText.clean($0) }
        }
        print(TextTable(header: header, rows: rows).render(), terminator: "")
    }
}
