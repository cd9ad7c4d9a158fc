import Foundation
import GRDB

/// The tenant to and from rows. Writing compares with the state read in the same
/// transaction and touches only rows that changed, so untouched rows keep their order.
enum TenantRows {
    struct AuditRewritten: Error {}

    static func read(_ db: Database) throws -> TenantState {
        let users = try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY rowid").map {
            User(id: $0["id"], name: $0["name"], signInName: $0["sign_in_name"])
        }
        let methods = try Row.fetchAll(db, sql: "SELECT * FROM payment_methods ORDER BY rowid").map { row in
            let kind: PaymentMethod.Kind
            if row["kind"] as String == "card" {
                kind = .card(CardDetails(
                    brand: CardBrand(rawValue: row["brand"]) ?? .card, last4: row["last4"],
                    expiryMonth: row["expiry_month"], expiryYear: row["expiry_year"]))
            } else {
                kind = .invoice
            }
            return PaymentMethod(id: row["id"], kind: kind)
        }
        let subscriptions = try Row.fetchAll(db, sql: "SELECT * FROM subscriptions ORDER BY rowid").map { row in
            Subscription(
                id: row["id"], product: row["product"], seats: row["seats"], assignedSeats: row["assigned_seats"],
                status: SubscriptionStatus(rawValue: row["status"]) ?? .deleted, termMonths: row["term_months"],
                createdAt: date(row["created_at"]), expiresAt: optionalDate(row["expires_at"]),
                paymentMethodID: row["payment_method_id"])
        }
        let licenses = try Row.fetchAll(db, sql: "SELECT * FROM licenses ORDER BY rowid").map {
            License(userID: $0["user_id"], subscriptionID: $0["subscription_id"], assignedAt: date($0["assigned_at"]))
        }
        let keys = try Row.fetchAll(db, sql: "SELECT * FROM product_keys ORDER BY rowid").map { row in
            ProductKeyRecord(
                id: row["id"], hash: row["hash"], salt: row["salt"], product: row["product"], seats: row["seats"],
                termMonths: row["term_months"], redeemedAt: optionalDate(row["redeemed_at"]))
        }
        let audit = try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY seq").compactMap { row -> AuditEntry? in
            // An action name from a newer version is skipped rather than failing every read.
            guard let action = AuditAction(rawValue: row["action"]) else { return nil }
            return AuditEntry(
                actor: row["actor"], action: action, subject: row["subject"], time: date(row["time"]),
                before: row["before"], after: row["after"])
        }
        let attempts = try Double.fetchAll(db, sql: "SELECT failed_at FROM key_attempts ORDER BY failed_at").map(date)
        let tenant = Tenant(
            users: users, subscriptions: subscriptions, licenses: licenses, paymentMethods: methods,
            productKeys: keys, auditLog: audit)
        return TenantState(tenant: tenant, keyAttempts: KeyAttemptLog(failures: attempts))
    }

    static func write(_ new: TenantState, over old: TenantState, in db: Database) throws {
        let (was, now) = (old.tenant, new.tenant)
        guard now.auditLog.count >= was.auditLog.count,
              Array(now.auditLog.prefix(was.auditLog.count)) == was.auditLog
        else { throw AuditRewritten() }

        try sync(db, was.users, now.users, key: \.id, table: "users", where: "id = ?", args: { [$0.id] }) { user in
            try db.execute(
                sql: """
                    INSERT INTO users (id, name, sign_in_name) VALUES (?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, sign_in_name = excluded.sign_in_name
                    """,
                arguments: [user.id, user.name, user.signInName])
        }
        try sync(db, was.paymentMethods, now.paymentMethods, key: \.id, table: "payment_methods", where: "id = ?",
                 args: { [$0.id] }) { method in
            var card: CardDetails?
            if case .card(let details) = method.kind { card = details }
            try db.execute(
                sql: """
                    INSERT INTO payment_methods (id, kind, brand, last4, expiry_month, expiry_year)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, brand = excluded.brand,
                        last4 = excluded.last4, expiry_month = excluded.expiry_month, expiry_year = excluded.expiry_year
                    """,
                arguments: [method.id, card == nil ? "invoice" : "card", card?.brand.rawValue, card?.last4,
                            card?.expiryMonth, card?.expiryYear])
        }
        try sync(db, was.subscriptions, now.subscriptions, key: \.id, table: "subscriptions", where: "id = ?",
                 args: { [$0.id] }) { sub in
            try db.execute(
                sql: """
                    INSERT INTO subscriptions (id, product, seats, assigned_seats, status, term_months,
                        created_at, expires_at, payment_method_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET product = excluded.product, seats = excluded.seats,
                        assigned_seats = excluded.assigned_seats, status = excluded.status,
                        term_months = excluded.term_months, created_at = excluded.created_at,
                        expires_at = excluded.expires_at, payment_method_id = excluded.payment_method_id
                    """,
                arguments: [sub.id, sub.product, sub.seats, sub.assignedSeats, sub.status.rawValue, sub.termMonths,
                            sub.createdAt.timeIntervalSince1970, sub.expiresAt?.timeIntervalSince1970,
                            sub.paymentMethodID])
        }
        try sync(db, was.licenses, now.licenses, key: { LicenseKey(user: $0.userID, subscription: $0.subscriptionID) },
                 table: "licenses", where: "user_id = ? AND subscription_id = ?",
                 args: { [$0.userID, $0.subscriptionID] }) { license in
            try db.execute(
                sql: """
                    INSERT INTO licenses (user_id, subscription_id, assigned_at) VALUES (?, ?, ?)
                    ON CONFLICT (user_id, subscription_id) DO UPDATE SET assigned_at = excluded.assigned_at
                    """,
                arguments: [license.userID, license.subscriptionID, license.assignedAt.timeIntervalSince1970])
        }
        try sync(db, was.productKeys, now.productKeys, key: \.id, table: "product_keys", where: "id = ?",
                 args: { [$0.id] }) { key in
            try db.execute(
                sql: """
                    INSERT INTO product_keys (id, hash, salt, product, seats, term_months, redeemed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, salt = excluded.salt,
                        product = excluded.product, seats = excluded.seats, term_months = excluded.term_months,
                        redeemed_at = excluded.redeemed_at
                    """,
                arguments: [key.id, key.hash, key.salt, key.product, key.seats, key.termMonths,
                            key.redeemedAt?.timeIntervalSince1970])
        }
        for entry in now.auditLog.dropFirst(was.auditLog.count) {
            try db.execute(
                sql: "INSERT INTO audit_log (actor, action, subject, time, before, after) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [entry.actor, entry.action.rawValue, entry.subject, entry.time.timeIntervalSince1970,
                            entry.before, entry.after])
        }
        if new.keyAttempts != old.keyAttempts {
            try db.execute(sql: "DELETE FROM key_attempts")
            for failure in new.keyAttempts.failures {
                try db.execute(sql: "INSERT INTO key_attempts (failed_at) VALUES (?)",
                               arguments: [failure.timeIntervalSince1970])
            }
        }
    }

    private struct LicenseKey: Hashable {
        var user: String
        var subscription: String
    }

    private static func sync<E: Hashable, K: Hashable>(
        _ db: Database, _ old: [E], _ new: [E], key: (E) -> K, table: String, where condition: String,
        args: (E) -> StatementArguments, upsert: (E) throws -> Void
    ) throws {
        let oldByKey = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map(key))
        for gone in old where !newKeys.contains(key(gone)) {
            try db.execute(sql: "DELETE FROM \(table) WHERE \(condition)", arguments: args(gone))
        }
        for item in new where oldByKey[key(item)] != item {
            try upsert(item)
        }
    }

    private static func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }
    private static func optionalDate(_ seconds: Double?) -> Date? { seconds.map(date) }
}
