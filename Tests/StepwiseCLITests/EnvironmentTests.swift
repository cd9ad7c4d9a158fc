import Foundation
import Testing
@testable import stepwise

/// The command reads `environ` itself; it must see what Foundation sees.
@Suite struct EnvironmentTests {
    @Test func theEnvironmentIsFoundationsReading() {
        let foundation = ProcessInfo.processInfo.environment
        #expect(!foundation.isEmpty)
        #expect(stepwise.CLI.environment == foundation)
    }
}
