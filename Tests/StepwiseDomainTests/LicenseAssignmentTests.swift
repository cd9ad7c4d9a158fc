import Foundation
import Testing
@testable import StepwiseDomain

struct LicenseAssignmentTests {
    let now = Fixtures.now

    @Test(arguments: SubscriptionStatus.allCases)
    func everyStatus(status: SubscriptionStatus) throws {
        let tenant = Fixtures.tenant(status: status)
        let result = LicenseAssignment.assign(tenant, user: "u-2", subscriptionID: "sub-1", actor: "u-1", now: now)
        if status == .active {
            let outcome = try #require(result.success)
            #expect(outcome.tenant.subscription("sub-1")?.assignedSeats == 3)
            #expect(outcome.tenant.licenses.last == License(userID: "u-2", subscriptionID: "sub-1", assignedAt: now))
            #expect(outcome.audit.map(\.action) == [.assignLicense])
            #expect(outcome.audit[0].after?.contains("\"userID\":\"u-2\"") == true)
        } else {
            #expect(result.failure == .subscriptionNotActive(status))
        }
    }

    @Test func bySignInName() throws {
        let outcome = try #require(LicenseAssignment.assign(
            Fixtures.tenant(status: .active), user: "janis@example.com", subscriptionID: "sub-1", actor: "a", now: now).success)
        #expect(outcome.tenant.licenses.last?.userID == "u-2")
    }

    @Test func lastSeatThenNoFreeSeats() throws {
        let tenant = Fixtures.tenant(status: .active, seats: 3, assigned: 2)
        let outcome = try #require(LicenseAssignment.assign(tenant, user: "u-2", subscriptionID: "sub-1", actor: "a", now: now).success)
        #expect(outcome.tenant.subscription("sub-1")?.freeSeats == 0)
        var full = Fixtures.tenant(status: .active, seats: 2, assigned: 2)
        full.users.append(User(id: "u-3", name: "Third", signInName: "third@example.com"))
        #expect(LicenseAssignment.assign(full, user: "u-3", subscriptionID: "sub-1", actor: "a", now: now).failure == .noFreeSeats)
    }

    @Test func notTwiceForTheSameUser() throws {
        let tenant = Fixtures.tenant(status: .active)
        #expect(LicenseAssignment.assign(tenant, user: "u-1", subscriptionID: "sub-1", actor: "a", now: now).failure == .alreadyLicensed)
        let once = try #require(LicenseAssignment.assign(tenant, user: "u-2", subscriptionID: "sub-1", actor: "a", now: now).success)
        #expect(LicenseAssignment.assign(once.tenant, user: "u-2", subscriptionID: "sub-1", actor: "a", now: now).failure == .alreadyLicensed)
    }

    @Test func unknownUserAndSubscription() {
        let tenant = Fixtures.tenant(status: .active)
        #expect(LicenseAssignment.assign(tenant, user: "nobody", subscriptionID: "sub-1", actor: "a", now: now).failure == .unknownUser("nobody"))
        #expect(LicenseAssignment.assign(tenant, user: "u-2", subscriptionID: "sub-7", actor: "a", now: now).failure == .unknownSubscription("sub-7"))
    }
}
