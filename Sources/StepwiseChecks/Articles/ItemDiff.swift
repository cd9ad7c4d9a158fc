/// Matches a translation's items against the source's by key, keeping order.
///
/// Equal keys pair up first (as many times as each occurs); what is left over pairs by
/// position as "changed", and the rest is missing from or added to the translation.
struct ItemDiff<Key: Hashable & Sendable> {
    var missing: [Item<Key>] = []
    var added: [Item<Key>] = []
    var changed: [(source: Item<Key>, target: Item<Key>)] = []

    var isEmpty: Bool { missing.isEmpty && added.isEmpty && changed.isEmpty }

    init(source: [Item<Key>], target: [Item<Key>]) {
        // Most units have nothing or the very same items: no dictionary needed then.
        if source.count == target.count, zip(source, target).allSatisfy({ $0.key == $1.key }) { return }
        var waiting: [Key: [Int]] = [:]
        for (i, item) in source.enumerated() { waiting[item.key, default: []].append(i) }
        var used = [Bool](repeating: false, count: source.count)
        var leftTarget: [Item<Key>] = []
        for item in target {
            if var queue = waiting[item.key], !queue.isEmpty {
                used[queue.removeFirst()] = true
                waiting[item.key] = queue
            } else {
                leftTarget.append(item)
            }
        }
        let leftSource = source.indices.filter { !used[$0] }.map { source[$0] }
        let pairs = min(leftSource.count, leftTarget.count)
        changed = (0..<pairs).map { (leftSource[$0], leftTarget[$0]) }
        missing = Array(leftSource.dropFirst(pairs))
        added = Array(leftTarget.dropFirst(pairs))
    }

    /// Duplicate keys dropped, first occurrence kept: for sets such as link targets.
    static func unique(_ items: [Item<Key>]) -> [Item<Key>] {
        var seen = Set<Key>()
        return items.filter { seen.insert($0.key).inserted }
    }
}
