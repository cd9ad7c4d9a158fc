import Foundation

public struct License: Sendable, Hashable, Codable {
    public var userID: String
    public var subscriptionID: String
    public var assignedAt: Date

    public init(userID: String, subscriptionID: String, assignedAt: Date) {
        self.userID = userID
        self.subscriptionID = subscriptionID
        self.assignedAt = assignedAt
    }
}
