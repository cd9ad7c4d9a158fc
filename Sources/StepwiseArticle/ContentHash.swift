/// Tells whether an article file changed between two runs.
///
/// FNV-1a, 64 bits, over the file's bytes: the Linux toolchain has no SHA-256 without
/// swift-crypto, and this only has to notice edits, not resist anyone forging a collision.
/// The algorithm name is part of the string so a later switch cannot be mistaken for an edit
/// being missed.
package enum ContentHash {
    package static let prefix = "fnv1a64:"

    package static func fnv1a64<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.withContiguousStorageIfAvailable(fnv1a64) ?? fnv1a64(Array(bytes))
    }

    /// Called from another module, the generic one above is not specialized, and finding its
    /// `withContiguousStorageIfAvailable` for a file's `[UInt8]` looked up a conformance through
    /// every one of the program's.
    package static func fnv1a64(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer(fnv1a64) }

    package static func fnv1a64(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// `fnv1a64:` and 16 lower-case hex digits, of a file's bytes.
    package static func string(of bytes: [UInt8]) -> String { prefix + hex(fnv1a64(bytes)) }

    package static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// A 64-bit hash fed piece by piece, each piece ended by its length so that ("ab", "c")
    /// and ("a", "bc") differ: for hashing several inputs into one key. Eight bytes at a time,
    /// each word mixed in by a multiply and a fold (a re-export hashes every article).
    package struct Hasher: Sendable {
        package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        package init() {}

        @inline(__always) private mutating func mix(_ word: UInt64) {
            value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
            value ^= value >> 29
        }

        package mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
            let done: Int? = bytes.withContiguousStorageIfAvailable { buffer in
                let raw = UnsafeRawBufferPointer(buffer)
                var at = 0
                while at + 8 <= raw.count {
                    mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)))
                    at += 8
                }
                var tail: UInt64 = 0
                for (i, byte) in raw[at...].enumerated() { tail |= UInt64(byte) << UInt64(8 * i) }
                mix(tail)
                return raw.count
            }
            if let done { add(number: UInt64(done)); return }
            add(Array(bytes))
        }

        package mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add($0) }
        }

        package mutating func add(number: UInt64) { mix(number) }
    }
}
