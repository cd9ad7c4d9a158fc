/// Tells whether an article file changed between two runs.
///
/// FNV-1a, 64 bits, over the file's bytes: the Linux toolchain has no SHA-256 without
/// swift-crypto, and this only has to notice edits, not resist anyone forging a collision.
/// The algorithm name is part of the string so a later switch cannot be mistaken for an edit
/// being missed.
package enum ContentHash {
    package static let prefix = "fnv1a64:"

    package static func fnv1a64<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        let fast = bytes.withContiguousStorageIfAvailable { buffer in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
        if let fast { return fast }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// `fnv1a64:` and 16 lower-case hex digits.
    package static func string<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> String {
        prefix + hex(fnv1a64(bytes))
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
