import Foundation
@testable import StepwiseChecks

/// A small source article and a faithful Latvian translation of it: every article check is
/// clean on the pair, and each test changes one thing in the translation.
enum Fixture {
    static let english = article(locale: "en-US", """
    # <a name="title"></a>Title

    ## <a name="set-up"></a>Set up

    1. Go to **Settings** > **Accounts**.
    2. Select `Add`, and see [the guide](guide.md#start).
        > [!NOTE]
        > Read [more](https://learn.microsoft.com/en-us/office/x).
    3. Choose *Done*.

    | A | B |
    |---|---|
    | 1 | 2 |

    ```sh
    run it
    ```

    """)

    static let latvian = article(locale: "lv-LV", """
    # <a name="title"></a>Virsraksts

    ## <a name="set-up"></a>Iestatīšana

    1. Atveriet **Iestatījumi** > **Konti**.
    2. Atlasiet `Add` un skatiet [ceļvedi](guide.md#start).
        > [!NOTE]
        > Lasiet [vairāk](https://learn.microsoft.com/lv-lv/office/x).
    3. Izvēlieties *Gatavs*.

    | A | B |
    |---|---|
    | 1 | 2 |

    ```sh
    run it
    ```

    """)

    static let guideEnglish = article(locale: "en-US", assetID: "g1", "# Guide\n\n## Start\n\nText.\n")
    static let guideLatvian = article(locale: "lv-LV", assetID: "g1", "# <a name=\"guide\"></a>Ceļvedis\n\n## <a name=\"start\"></a>Sākums\n\nTeksts.\n")

    /// The pair in a scratch tree, the translation changed by `edit`.
    static func tree(_ edit: (String) -> String = { $0 }) -> Tree {
        let tree = Tree()
        tree.write("en-US/x.md", english)
        tree.write("en-US/guide.md", guideEnglish)
        tree.write("lv-LV/guide.md", guideLatvian)
        tree.write("lv-LV/x.md", edit(latvian))
        return tree
    }

    static func check(_ edit: @escaping (String) -> String) throws -> CheckReport {
        try tree(edit).check()
    }

    static func replacing(_ old: String, _ new: String) -> (String) -> String {
        { text in
            precondition(text.contains(old), "fixture has no \(old)")
            return text.replacingOccurrences(of: old, with: new)
        }
    }
}


