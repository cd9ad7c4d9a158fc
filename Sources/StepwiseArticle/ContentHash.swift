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

    package static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// FNV-1a fed piece by piece, each piece ended by its length so that ("ab", "c") and
    /// ("a", "bc") differ: for hashing several inputs into one key.
    package struct Hasher: Sendable {
        package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        package init() {}

        package mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
            var count: UInt64 = 0
            let fast: Void? = bytes.withContiguousStorageIfAvailable { buffer in
                for byte in buffer { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
                count = UInt64(buffer.count)
            }
            if fast == nil {
                for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3; count += 1 }
            }
            add(number: count)
        }

        package mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add($0) }
        }

        package mutating func add(number: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) { value = (value ^ ((number >> UInt64(shift)) & 0xFF)) &* 0x100_0000_01b3 }
        }
    }
}
