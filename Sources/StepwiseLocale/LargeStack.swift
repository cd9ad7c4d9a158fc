import Foundation

/// Runs work on a dedicated thread with a generous stack and waits for it.
///
/// Used for the recursive YAML composition, whose depth is bounded only by libyaml's
/// 1000-level nesting limit; cooperative-pool and test threads have much smaller stacks.
package enum LargeStack {
    static let size = 32 << 20

    package static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        let box = Box<T>()
        let thread = Thread {
            box.set(work())
        }
        thread.stackSize = size
        thread.start()
        return box.wait()
    }

    private final class Box<T: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var value: T?

        func set(_ newValue: T) {
            condition.lock()
            value = newValue
            condition.signal()
            condition.unlock()
        }

        func wait() -> T {
            condition.lock()
            defer { condition.unlock() }
            while value == nil { condition.wait() }
            return value!
        }
    }
}
