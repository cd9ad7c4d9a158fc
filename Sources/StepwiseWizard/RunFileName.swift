import StepwiseArticle

/// File names for saved runs that are safe for any slug and locale.
///
/// Slugs come from file names and links and a locale from the command line, so either may hold
/// `/`, `..`, control or invisible characters. Bytes outside `[A-Za-z0-9.-]` become `_xx`
/// (lower-case hex), as does a leading `.` (no hidden files, no `.` or `..`). A literal `_`
/// never survives, so `__` can join slug and locale without two pairs giving one name.
package enum RunFileName {
    /// Escaped parts longer than this are cut and end in a hash of the whole part, keeping the
    /// name, its `.corrupt-…` and temporary variants under the usual 255-byte limit.
    static let partLimit = 96

    package static func make(slug: String, locale: String) -> String {
        escape(slug) + "__" + escape(locale) + ".json"
    }

    static func escape(_ part: String) -> String {
        if part.isEmpty { return "_z" }
        var out: [UInt8] = []
        let hex = Array("0123456789abcdef".utf8)
        for (index, byte) in part.utf8.enumerated() {
            let isPlain = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
                || byte == UInt8(ascii: "-") || (byte == UInt8(ascii: ".") && index > 0)
            if isPlain {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "_"), hex[Int(byte >> 4)], hex[Int(byte & 0xf)]]
            }
        }
        if out.count > partLimit {
            var cut = partLimit - 18
            // Never split an escape: `_` must keep both its hex digits.
            if out[cut - 1] == UInt8(ascii: "_") { cut -= 1 } else if out[cut - 2] == UInt8(ascii: "_") { cut -= 2 }
            out = Array(out[..<cut]) + Array("_h".utf8) + Array(ContentHash.hex(ContentHash.fnv1a64(part.utf8)).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
