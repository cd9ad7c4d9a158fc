/// How the store hides product keys: `hex(SHA-256(UTF-8(salt) ‖ UTF-8(normalizedKey)))`,
/// with `salt` the 32-character hex text of 16 random bytes, unique per key record.
/// The salt stops one precomputed table from covering every tenant's keys; keys are long
/// and random enough that a plain (not slow) hash is adequate for this model.
package enum ProductKeyHash {
    package static let sha256: ProductKeyHasher = { normalizedKey, salt in
        SHA256.hexDigest(Array(salt.utf8) + Array(normalizedKey.utf8))
    }

    package static func newSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.encode((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// A record for `key` with a fresh salt; the clear key goes no further than this call.
    package static func record(
        id: String, key: ProductKey, product: String, seats: Int, termMonths: Int
    ) -> ProductKeyRecord {
        let salt = newSalt()
        return ProductKeyRecord(
            id: id, hash: sha256(key.normalized, salt), salt: salt, product: product, seats: seats,
            termMonths: termMonths)
    }
}
