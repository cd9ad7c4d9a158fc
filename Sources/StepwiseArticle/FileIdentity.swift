import Foundation

/// What tells a file is the one read last time without reading it again: device, inode,
/// size, and modification and change times to the nanosecond (the change time cannot be set
/// back by hand). Nil when there is no such file.
package enum FileIdentity {
    package static func of(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }
}
