import ArgumentParser
import Foundation
import StepwiseFlow
import StepwiseDomain
import StepwiseWizard
import StepwiseLocale

/// What `tenant` and `do` share: where the tenant file is, the catalogs, and how domain and
/// store errors become stable codes and localized messages.
struct TenantOptions: ParsableArguments {
    @Option(name: .customLong("tenant"), help: ArgumentHelp(CLI.text("cli.option.tenant"), valueName: "path"))
    var tenant: String?

    /// `--tenant`, else the project's `tenant:`, else the XDG default.
    func path(_ settings: ProjectSettings) -> String { Self.path(tenant, settings) }

    static func path(_ tenant: String?, _ settings: ProjectSettings) -> String {
        tenant ?? settings.project?.tenant ?? StoreLocation.defaultPath(environment: CLI.environment, home: NSHomeDirectory())
    }
}

struct TenantContext {
    let localizer: Localizer
    let path: String
    let actions: ActionText

    init(global: GlobalOptions, tenant: TenantOptions) {
        let settings = global.projectOptions.settings
        localizer = CLI.localizer(layers: settings.layers, requested: global.locale)
        path = tenant.path(settings)
        actions = ActionText(localizer: localizer)
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

    func describe(_ error: any Error) -> String { actions.describe(error, storePath: path) }
    func statusName(_ status: SubscriptionStatus) -> String { actions.statusName(status) }
    func paymentName(_ id: String?, in tenant: Tenant) -> String { actions.paymentName(id, in: tenant) }
    func paymentName(_ method: PaymentMethod) -> String { actions.paymentName(method) }

    static func day(_ date: Date) -> String { ActionText.day(date) }
    static func minute(_ date: Date) -> String { ActionText.minute(date) }

    static func printJSON(_ value: JSONValue) {
        print(value.pretty(), terminator: "")
    }
}
