import StepwiseArticle

/// One of N parts of an export (`--shard K/N`): the articles whose slug hashes to part K.
/// All locales of a slug fall in the same part, and the hash is of the slug's bytes only, so
/// every machine of a CI matrix splits the same content the same way.
package struct ExportShard: Sendable, Equatable {
    /// 1-based.
    package let index: Int
    package let count: Int

    package init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index; self.count = count
    }

    /// `K/N` with 1 ≤ K ≤ N.
    package init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    package func contains(slug: String) -> Bool {
        ContentHash.fnv1a64(slug.utf8) % UInt64(count) == UInt64(index - 1)
    }
}
