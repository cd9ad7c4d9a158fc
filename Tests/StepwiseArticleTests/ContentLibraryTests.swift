import Foundation
import Testing
@testable import StepwiseArticle

@Suite struct ContentLibraryTests {
    /// Slugs are file names as `NSString.lastPathComponent` reads them, without its cost.
    @Test(arguments: ["a.md", "x/y/b.md", "/abs/c.md", "d/", "e//", "/", "", "//", "f", "g/h", "/i/", "lv-LV/šķ/ā.md", "a.b/c", "///"])
    func lastComponentIsNSStringsLastPathComponent(_ path: String) {
        #expect(String(ContentLibrary.lastComponent(path)) == (path as NSString).lastPathComponent)
    }

    @Test func slugsAreFileNamesWithoutTheExtension() {
        #expect(ContentLibrary.slug(ofPath: "/c/lv-LV/sub/Renew-Now.md") == "Renew-Now")
        #expect(ContentLibrary.slug(ofPath: "/c/notes.txt") == "notes.txt")
    }
}

extension ContentLibraryTests {
    @Test func hiddenPartsAreNamesStartingWithADot() {
        for hidden in [".a.md", "x/.a.md", ".git/a.md", "x/.y/a.md"] { #expect(FolderWalk.isHidden(hidden), "\(hidden)") }
        for shown in ["a.md", "x/a.b.md", "x./a.md", "a/b..md"] { #expect(!FolderWalk.isHidden(shown), "\(shown)") }
    }
}
