import Foundation

/// What tells a file is the one read last time without reading it again: device, inode,
/// size, and modification and change times to the nanosecond (the change time cannot be set
/// back by hand). Nil when there is no such file.
package enum FileIdentity {
    package static func of(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return identity(info)
    }

    /// The identity, unless the file changed so recently that another change within the same
    /// clock tick would leave every field as it is (git's "racily clean" file): then nil, and
    /// the file must be read. A second is far more than a tick, and allows for a file server's
    /// clock running a little behind.
    package static func settled(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        guard info.st_ctim.tv_sec < now.tv_sec - 1 else { return nil }
        return identity(info)
    }

    private static func identity(_ info: stat) -> String {
        "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }
}
