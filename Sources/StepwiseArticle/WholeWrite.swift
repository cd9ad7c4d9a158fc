import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one loop that writes a whole buffer to a file descriptor: `write` may write less than
/// asked, or be interrupted, and a writer that forgets either leaves a short file that looks whole.
package enum WholeWrite {
    /// 0 when every byte was written, else the errno (EIO for a write that made no progress).
    package static func write(_ fd: Int32, _ bytes: some ContiguousBytes) -> Int32 {
        bytes.withUnsafeBytes { raw -> Int32 in
            var offset = 0
            while offset < raw.count {
                #if canImport(Glibc)
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #else
                let n = Darwin.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if n == 0 { return EIO }
                offset += n
            }
            return 0
        }
    }

    /// Text for standard output or error, whole; 0 or the errno, as `write`. What the reader
    /// sees goes out through here, not `FileHandle.write(Data(text.utf8))`: that asks at run
    /// time whether the UTF-8 view is `ContiguousBytes`, a lookup through every conformance of
    /// the program (a sixtieth of a walk's start-up), and crashes when the write fails.
    @discardableResult
    package static func text(_ text: String, to fd: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { write(fd, UnsafeRawBufferPointer($0)) }
    }
}
