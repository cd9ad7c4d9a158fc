/// A finding silenced where it stands, in the comment each format gives a message (a YAML
/// comment, a PO translator comment, an XLIFF note, a String Catalog `comment`):
/// `stepwise-ignore: untranslated, whitespace` silences those checks, `stepwise-ignore: all`
/// every check. Only a comment that starts with it counts, so prose that mentions the
/// words silences nothing; ids that name no check silence nothing either.
struct Suppression {
    private var checks: Set<CheckID> = []
    private var all = false

    static let marker = "stepwise-ignore:"

    init?(comments: [String]) {
        var found = false
        for comment in comments {
            let text = comment.drop { $0 == " " || $0 == "\t" }
            guard text.hasPrefix(Self.marker) else { continue }
            found = true
            for id in text.dropFirst(Self.marker.count).split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }) {
                if id == "all" { all = true } else if let check = CheckID(rawValue: String(id)) { checks.insert(check) }
            }
        }
        guard found else { return nil }
    }

    func silences(_ check: CheckID) -> Bool { all || checks.contains(check) }
}
