import StepwiseArticle
#if canImport(Glibc)
import Glibc
#endif

/// Which build of the program is running, for the export cache: pages made by another build
/// may differ, so its cache is not trusted. The linker's GNU build ID is a hash of the linked
/// program, so shards built from the same sources by the same toolchain on other machines
/// (a CI matrix) agree on it; without one, the file's identity on this machine stands in.
enum BuildIdentity {
    static let current: String = gnuBuildID() ?? FileIdentity.of("/proc/self/exe").map { "file:" + $0 } ?? "unknown"

    /// The `NT_GNU_BUILD_ID` note of the running executable, read from its ELF program headers.
    private static func gnuBuildID() -> String? {
        let fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func bytes(_ count: Int, at offset: Int) -> [UInt8]? {
            guard count > 0, count <= 1 << 20 else { return nil }
            var out = [UInt8](repeating: 0, count: count)
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            return n == count ? out : nil
        }
        func integer(_ b: [UInt8], _ at: Int, _ width: Int) -> Int {
            var value = 0
            for i in (0..<width).reversed() { value = value << 8 | Int(b[at + i]) }
            return value
        }
        // 64-bit little-endian ELF only: what this program is built as.
        guard let header = bytes(64, at: 0), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let phoff = integer(header, 0x20, 8), phentsize = integer(header, 0x36, 2), phnum = integer(header, 0x38, 2)
        guard phentsize >= 56, let table = bytes(phentsize * phnum, at: phoff) else { return nil }
        for i in 0..<phnum {
            let entry = i * phentsize
            guard integer(table, entry, 4) == 4 else { continue }  // PT_NOTE
            guard let notes = bytes(integer(table, entry + 0x20, 8), at: integer(table, entry + 0x08, 8)) else { continue }
            var at = 0
            while at + 12 <= notes.count {
                let nameSize = integer(notes, at, 4), descSize = integer(notes, at + 4, 4), type = integer(notes, at + 8, 4)
                let name = at + 12, desc = name + (nameSize + 3) & ~3
                guard desc + descSize <= notes.count else { break }
                if type == 3, nameSize == 4, Array(notes[name..<name + 4]) == [0x47, 0x4E, 0x55, 0] {  // "GNU\0"
                    return "gnu-build-id:" + notes[desc..<desc + descSize].map { String($0 >> 4, radix: 16) + String($0 & 15, radix: 16) }.joined()
                }
                at = desc + (descSize + 3) & ~3
            }
        }
        return nil
    }
}
