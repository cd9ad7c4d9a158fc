import Foundation

/// Writes files under the output folder only when their bytes change, so a re-export leaves
/// unchanged pages (and their times) alone, and removes pages of articles that are gone.
struct SiteOutput: Sendable {
    let root: String

    /// True when the file was written, false when it already held these bytes.
    func write(_ relative: String, _ bytes: [UInt8]) throws(SiteError) -> Bool {
        let path = root + "/" + relative
        if let existing = FileManager.default.contents(atPath: path), existing.count == bytes.count, existing.elementsEqual(bytes) {
            return false
        }
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SiteError(.outputUnwritable, ["path": path, "detail": (error as NSError).localizedFailureReason ?? error.localizedDescription])
        }
        return true
    }

    /// Removes article pages (`<locale>/<slug>/index.html`) not in `keep`, and whole locale
    /// folders' pages for locales in `goneLocales`. Only files this exporter makes are removed,
    /// and a folder only once it is empty, so other files put in the output survive.
    func clean(locales: [String], keep: Set<String>, goneLocales: Set<String>) -> [String] {
        var removed: [String] = []
        let fm = FileManager.default
        for locale in (locales + goneLocales).sorted() {
            let folder = root + "/" + locale
            let slugs = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for slug in slugs {
                let page = locale + "/" + slug + "/index.html"
                guard !keep.contains(page), fm.fileExists(atPath: root + "/" + page) else { continue }
                if (try? fm.removeItem(atPath: root + "/" + page)) != nil {
                    removed.append(page)
                    removeIfEmpty(folder + "/" + slug)
                }
            }
            if goneLocales.contains(locale) {
                for file in ["index.html", "search.json"] where (try? fm.removeItem(atPath: folder + "/" + file)) != nil {
                    removed.append(locale + "/" + file)
                }
                removeIfEmpty(folder)
            }
        }
        return removed
    }

    private func removeIfEmpty(_ folder: String) {
        if let items = try? FileManager.default.contentsOfDirectory(atPath: folder), items.isEmpty {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}
