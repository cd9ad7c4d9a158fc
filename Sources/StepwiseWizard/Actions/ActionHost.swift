import Foundation
import StepwiseDomain
import StepwiseFlow

/// What a session needs to do bound steps: the tenant store behind a runner, and the catalogs
/// for the action's words. A session without a host walks articles only.
package struct ActionHost: Sendable {
    package let runner: ActionRunner
    package let text: ActionText
    /// Which tenant the actions change (the store's file). A saved run's results and picks
    /// belong to one tenant: with another, they are not used.
    package let tenant: String
    /// For tests: a fixed clock.
    package let clock: @Sendable () -> Date

    package init(runner: ActionRunner, text: ActionText, tenant: String, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.runner = runner; self.text = text; self.tenant = tenant; self.clock = clock
    }

    package static let actor = "stepwise-wizard"

    func title(_ binding: ActionBinding.Kind) -> String { text.title(for: binding) }
}

extension ActionText {
    /// A bound step in words: the action's title, or "choose a subscription" for a pick.
    package func title(for binding: ActionBinding.Kind) -> String {
        switch binding {
        case .action(let name): text("action.title.\(name)")
        case .pick(let input): text("show.binding-pick", ["input": text("action.input.\(input)")])
        }
    }
}
