import Foundation

/// Lists a folder tree with one `readdir` pass per folder, using the entry types the
/// directory itself reports. FileManager's enumerator asks for every file's attributes,
/// which on Linux looks up the owner and group in `/etc/passwd` and `/etc/group` and lists
/// extended attributes: a dozen system calls per article before any is read.
package enum FolderWalk {
    /// Every entry below `folder`, as a path relative to it, with whether it is a folder.
    /// Folders are entered unless their name starts with a dot; symbolic links are listed
    /// but not followed (as FileManager's walk does). `unreadable` gets each folder below
    /// `folder` that could not be opened. False when `folder` itself cannot be opened.
    @discardableResult
    package static func walk(_ folder: String, unreadable: inout [String], _ visit: (_ relative: String, _ isFolder: Bool) -> Void) -> Bool {
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard let dir = opendir(path) else {
                if relative.isEmpty { return false }
                unreadable.append(path)
                continue
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var isFolder = Int32(entry.pointee.d_type) == DT_DIR
                if Int32(entry.pointee.d_type) == DT_UNKNOWN {
                    var info = stat()
                    isFolder = lstat(folder + "/" + child, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                visit(child, isFolder)
                if isFolder, !isHidden(name) {
                    if access(folder + "/" + child, R_OK | X_OK) != 0 {
                        unreadable.append(folder + "/" + child)
                    } else {
                        pending.append(child)
                    }
                }
            }
        }
        return true
    }

    /// A name starting with `.` anywhere on a relative path (`.git/x.md`, `a/.draft.md`): what
    /// listings skip. Read byte by byte: Foundation's substring search cost more than the rest
    /// of listing a file.
    package static func isHidden(_ relative: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for b in relative.utf8 {
            if b == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return true }
            previous = b
        }
        return false
    }

    /// The names in one folder (not below it), from one `readdir` pass; nil when it cannot be
    /// listed.
    package static func names(in folder: String) -> Set<String>? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var names = Set<String>()
        while let entry = readdir(dir) {
            names.insert(withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) })
        }
        return names
    }
}
