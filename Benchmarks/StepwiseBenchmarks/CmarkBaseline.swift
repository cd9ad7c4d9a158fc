import Ccmark

/// The peer for benchmarks: libcmark parsing a buffer and visiting every node, with no
/// Swift model built. Kept beside the benchmarks, out of the product's modules, where only
/// the article converter imports cmark.
enum CmarkBaseline {
    /// Parses and walks the document; returns the node count so the work can't be optimized away.
    static func parseAndIterate(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buf -> Int in
            guard let base = buf.baseAddress,
                  let root = base.withMemoryRebound(to: CChar.self, capacity: buf.count, { cmark_parse_document($0, buf.count, 0) })
            else { return 0 }
            defer { cmark_node_free(root) }
            let iter = cmark_iter_new(root)
            defer { cmark_iter_free(iter) }
            var count = 0
            while cmark_iter_next(iter) != CMARK_EVENT_DONE {
                if cmark_iter_get_event_type(iter) == CMARK_EVENT_ENTER { count += 1 }
            }
            return count
        }
    }
}
