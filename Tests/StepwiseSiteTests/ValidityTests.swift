import Foundation
import Testing
@testable import StepwiseSite

/// Every exported page through a real HTML validator (Debian's tidy, which checks HTML5 when
/// the page says `<!DOCTYPE html>`): no error and no warning. CI installs tidy.
@Suite(.enabled(if: Tidy.required, "tidy is not installed"))
struct ValidityTests {
    @Test func seedAndFixturePagesAreValid() throws {
        let out = Temp.folder("tidy")
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = try Export.run(Export.sources(content: Repo.content) + Export.sources(content: Repo.fixtures + "/Content"), to: out)
        let pages = Temp.files(out).keys.filter { $0.hasSuffix(".html") }.sorted().map { out + "/" + $0 }
        #expect(pages.count == 9)
        #expect(try Tidy.problems(in: pages) == [])
    }

    @Test func tidyCatchesAnInvalidPage() throws {
        let folder = Temp.folder("tidy-bad")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/bad.html"
        try Data("<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head><body><p>x</b></body></html>\n".utf8)
            .write(to: URL(fileURLWithPath: page))
        #expect(try Tidy.problems(in: [page]).count == 1)
    }
}
