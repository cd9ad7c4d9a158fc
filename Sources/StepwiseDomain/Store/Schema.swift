import GRDB

/// Times are REAL seconds since 1970, not GRDB's text dates, so they round-trip exactly and
/// a stored tenant compares equal to the one written. Foreign keys are deferred so a
/// transaction can write rows in any order and is checked once, at commit.
///
/// A tenant file says it is one: `PRAGMA application_id` holds `applicationID` (the SQLite
/// convention for telling files apart) and `user_version` the schema version. A file from
/// before the stamp is known by GRDB's migration record; it is stamped when next opened.
enum Schema {
    /// "STPW".
    static let applicationID: Int32 = 0x5354_5057
    static let version = 1

    /// What a database file holds, as far as the tenant store is concerned.
    enum Kind: Equatable {
        /// No tables at all: a new file, or an empty database.
        case empty
        /// A Stepwise tenant (stamped, or from before the stamp).
        case tenant(stamped: Bool)
        /// Another program's database.
        case foreign
    }

    static func kind(of db: Database) throws -> Kind {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if appID == applicationID { return .tenant(stamped: true) }
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if tables.isEmpty { return appID == 0 ? .empty : .foreign }
        guard appID == 0, tables.contains("grdb_migrations"),
              try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = 'v1-tenant')") == true,
              Set(tables).isSuperset(of: ["users", "subscriptions", "payment_methods", "audit_log"])
        else { return .foreign }
        return .tenant(stamped: false)
    }

    /// Creates the tables and stamps the file; inside the caller's transaction.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
                CREATE TABLE users (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    sign_in_name TEXT NOT NULL UNIQUE
                );
                -- Only what may be kept of a card: brand, last four digits, expiry.
                CREATE TABLE payment_methods (
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('card', 'invoice')),
                    brand TEXT,
                    last4 TEXT CHECK (last4 IS NULL OR (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*')),
                    expiry_month INTEGER CHECK (expiry_month IS NULL OR expiry_month BETWEEN 1 AND 12),
                    expiry_year INTEGER,
                    CHECK ((kind = 'card') = (brand IS NOT NULL AND last4 IS NOT NULL
                        AND expiry_month IS NOT NULL AND expiry_year IS NOT NULL))
                );
                CREATE TABLE subscriptions (
                    id TEXT PRIMARY KEY NOT NULL,
                    product TEXT NOT NULL,
                    seats INTEGER NOT NULL CHECK (seats >= 0),
                    assigned_seats INTEGER NOT NULL CHECK (assigned_seats >= 0),
                    status TEXT NOT NULL CHECK (status IN ('active', 'expired', 'disabled', 'canceled', 'deleted')),
                    term_months INTEGER NOT NULL,
                    created_at REAL NOT NULL,
                    expires_at REAL,
                    payment_method_id TEXT REFERENCES payment_methods(id) DEFERRABLE INITIALLY DEFERRED
                );
                CREATE TABLE licenses (
                    user_id TEXT NOT NULL REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
                    subscription_id TEXT NOT NULL REFERENCES subscriptions(id) DEFERRABLE INITIALLY DEFERRED,
                    assigned_at REAL NOT NULL,
                    PRIMARY KEY (user_id, subscription_id)
                );
                -- Never the key itself: a copied file must not give away unredeemed keys.
                CREATE TABLE product_keys (
                    id TEXT PRIMARY KEY NOT NULL,
                    hash TEXT NOT NULL,
                    salt TEXT NOT NULL,
                    product TEXT NOT NULL,
                    seats INTEGER NOT NULL,
                    term_months INTEGER NOT NULL,
                    redeemed_at REAL
                );
                CREATE TABLE key_attempts (
                    id INTEGER PRIMARY KEY,
                    failed_at REAL NOT NULL
                );
                CREATE TABLE audit_log (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    time REAL NOT NULL,
                    before TEXT,
                    after TEXT
                );
                -- Append-only is enforced by the file, not only by the code that writes it.
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
                """)
        try stamp(db)
    }

    static func stamp(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
        // The migration record earlier versions look for, so they still open this file.
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        try db.execute(sql: "INSERT OR IGNORE INTO grdb_migrations (identifier) VALUES ('v1-tenant')")
    }
}
