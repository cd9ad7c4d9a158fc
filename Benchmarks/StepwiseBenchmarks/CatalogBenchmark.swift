import Foundation

// catalogs: `stepwise check` on a 10,000-message PO file and a 10,000-string String Catalog,
// each a whole process, against Debian's `msgfmt -c -o /dev/null` on the same PO file. The
// files are made here (numbered synthetic messages), clean, so every process exits 0.

func writeCatalogFixtures(in folder: String, messages: Int) -> (po: String, xcstrings: String) {
    var po = """
    msgid ""
    msgstr ""
    "Project-Id-Version: bench 1\\n"
    "PO-Revision-Date: 2026-12-03 10:00+0000\\n"
    "Last-Translator: Bench <bench@example.com>\\n"
    "Language-Team: Latvian\\n"
    "Language: lv\\n"
    "MIME-Version: 1.0\\n"
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Content-Transfer-Encoding: 8bit\\n"
    "Plural-Forms: nplurals=3; plural=(n%10==0 || (n%100>=11 && n%100<=19) ? 0 : n%10==1 && n%100!=11 ? 1 : 2);\\n"


    """
    var strings: [String] = []
    for i in 0..<messages {
        if i % 10 == 0 {
            po += "#: src/file\(i % 97).c:\(i)\n#, c-format\nmsgid \"%d record in list \(i)\"\nmsgid_plural \"%d records in list \(i)\"\n"
            po += "msgstr[0] \"%d ierakstu sarakstā \(i)\"\nmsgstr[1] \"%d ieraksts sarakstā \(i)\"\nmsgstr[2] \"%d ieraksti sarakstā \(i)\"\n\n"
            strings.append("""
                "%lld records in list \(i)" : { "localizations" : {
                  "en" : { "variations" : { "plural" : {
                    "one" : { "stringUnit" : { "state" : "translated", "value" : "%lld record in list \(i)" } },
                    "other" : { "stringUnit" : { "state" : "translated", "value" : "%lld records in list \(i)" } } } } },
                  "lv" : { "variations" : { "plural" : {
                    "zero" : { "stringUnit" : { "state" : "translated", "value" : "%lld ierakstu sarakstā \(i)" } },
                    "one" : { "stringUnit" : { "state" : "translated", "value" : "%lld ieraksts sarakstā \(i)" } },
                    "other" : { "stringUnit" : { "state" : "translated", "value" : "%lld ieraksti sarakstā \(i)" } } } } } } }
            """)
        } else {
            po += "#: src/file\(i % 97).c:\(i)\n#, c-format\nmsgid \"Open <b>%s</b> in folder %s (item \(i))\"\nmsgstr \"Atvērt <b>%s</b> mapē %s (vienums \(i))\"\n\n"
            strings.append("""
                "Open %@ in folder %@ (item \(i))" : { "comment" : "Menu item \(i)", "localizations" : {
                  "lv" : { "stringUnit" : { "state" : "translated", "value" : "Atvērt %1$@ mapē %2$@ (vienums \(i))" } } } }
            """)
        }
    }
    let xcstrings = "{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n" + strings.joined(separator: ",\n") + "\n  },\n  \"version\" : \"1.0\"\n}\n"
    let poPath = folder + "/lv.po", xcPath = folder + "/Localizable.xcstrings"
    FileManager.default.createFile(atPath: poPath, contents: Data(po.utf8))
    FileManager.default.createFile(atPath: xcPath, contents: Data(xcstrings.utf8))
    return (poPath, xcPath)
}

func catalogsCase(_ options: Options) {
    let folder = (CommandLine.arguments[0] as NSString).deletingLastPathComponent
    let stepwise = folder + "/stepwise", msgfmt = "/usr/bin/msgfmt"
    guard FileManager.default.isExecutableFile(atPath: stepwise), FileManager.default.isExecutableFile(atPath: msgfmt) else {
        print("catalogs: needs stepwise beside this binary and Debian's gettext (scripts/benchmark installs it)")
        exit(1)
    }
    let scratch = NSTemporaryDirectory() + "stepwise-bench-catalogs-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let messages = 10_000
    let files = writeCatalogFixtures(in: scratch, messages: messages)
    let env = ["HOME": scratch, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    let runs: [(String, String, [String])] = [
        ("msgfmt -c, PO", msgfmt, ["-c", "-o", "/dev/null", files.po]),
        ("stepwise check, PO", stepwise, ["check", files.po]),
        ("stepwise check, .xcstrings", stepwise, ["check", files.xcstrings]),
    ]
    var times = [[Double]](repeating: [], count: runs.count)
    for (i, run) in runs.enumerated() where timeProcess(run.1, run.2, stdin: "/dev/null", environment: env) == nil {
        print("catalogs: \(runs[i].0) failed (the fixture should be clean)")
        exit(1)
    }
    for _ in 0..<max(5, options.rounds) {
        for (i, run) in runs.enumerated() { times[i].append(timeProcess(run.1, run.2, stdin: "/dev/null", environment: env) ?? .nan) }
    }
    let m = times.map(median)
    print("catalogs: \(messages) messages per file, \(times[0].count) rounds (median ms, whole process)")
    for (i, run) in runs.enumerated() { print("  \(run.0.padding(toLength: 28, withPad: " ", startingAt: 0)) \(format(m[i])) ms") }
    print("  ratio stepwise / msgfmt -c, PO:         \(String(format: "%.2f", m[1] / m[0]))x (target <= 1.00x)")
    print("  ratio stepwise .xcstrings / msgfmt, PO: \(String(format: "%.2f", m[2] / m[0]))x (target <= 1.00x)")
}
