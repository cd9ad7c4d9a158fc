import Foundation

package struct License: Sendable, Hashable, Codable {
    package var userID: String
    package var subscriptionID: String
    package var assignedAt: Date

    package init(userID: String, subscriptionID: String, assignedAt: Date) {
        self.userID = userID
        self.subscriptionID = subscriptionID
        self.assignedAt = assignedAt
    }
}
