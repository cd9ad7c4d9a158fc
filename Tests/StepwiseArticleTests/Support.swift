import Foundation
@testable import StepwiseArticle

/// The checkout, found from this file, so tests run from any working folder.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let sharedRoot = (packageRoot as NSString).deletingLastPathComponent + "/shared"

let testLabels = CalloutLabels([
    .note: ["Note", "Piezīme", "Piezīmes"], .important: ["Important", "Svarīgi"], .tip: ["Tip", "Padoms"],
    .warning: ["Warning", "Brīdinājums"], .caution: ["Caution", "Uzmanību"],
])

func parse(_ markdown: String, labels: CalloutLabels = testLabels, path: String = "/tmp/test.md") throws(ArticleError) -> Article {
    try ArticleParser(options: .init(calloutLabels: labels)).parse(bytes: Array(markdown.utf8), path: path)
}

/// Every block in document order, containers before their children.
func allBlocks(_ blocks: [Block]) -> [Block] {
    var out: [Block] = []
    for b in blocks {
        out.append(b)
        out += allBlocks(b.children)
    }
    return out
}

func allInlines(_ inlines: [Inline]) -> [Inline] {
    var out: [Inline] = []
    for i in inlines {
        out.append(i)
        out += allInlines(i.children)
    }
    return out
}

func allInlines(of blocks: [Block]) -> [Inline] {
    allBlocks(blocks).flatMap { allInlines($0.inlines) }
}
