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
    /// the file must be read. `now`: nanoseconds since 1970 (tests); nil reads the clock.
    package static func settled(_ path: String, now: Int64? = nil) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        guard isSettled(changed: info.st_ctim, now: now ?? clock()) else { return nil }
        return identity(info)
    }

    /// File times come from the kernel's coarse clock, whose tick is a few milliseconds, so a
    /// tenth of a second allows for any tick. A time with no nanoseconds is taken to come from
    /// a file system that keeps whole seconds (ext4 with small inodes, FAT's two-second mtime,
    /// some network mounts), where a change in the same two seconds keeps the time: there the
    /// window is 2.1 s. (A file server whose clock runs behind this machine's is not caught by
    /// any such rule.)
    package static func isSettled(changed: timespec, now: Int64) -> Bool {
        let window: Int64 = changed.tv_nsec == 0 ? 2_100_000_000 : 100_000_000
        return nanoseconds(changed) < now - window
    }

    package static func nanoseconds(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }

    private static func clock() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        return nanoseconds(now)
    }

    private static func identity(_ info: stat) -> String {
        "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }
}
