import Testing

@testable import JagaTerminal

/// A fixed set of names standing in for a REPL session.
private final class FakeSource: CompletionSource {
    var commandNames = ["load", "where", "sort", "show", "describe", "enable", "disable", "run", "count", "posts"]
    var datasetNames = ["posts", "posts2024", "reports"]
    var fieldNames = ["author", "score", "skor_ü", "text", "region", "émoji", "kabupaten", "kota"]
    var pluginNames = ["hoax-check", "hate-speech", "spam"]
}

/// A fake directory tree for path completion.
private func lister(_ directory: String) -> [String] {
    switch directory {
    case "": return ["data/", "docs/", ".hidden", "dash.jsonl", "notes.txt"]
    case "data/": return ["sample.jsonl", "sample one.jsonl", "sub/", "we\"ird.csv", "bad\u{1B}[2J.txt"]
    case "data/sub/": return ["x.jsonl"]
    default: return []
    }
}

@Suite("Completer")
struct CompleterTests {
    private let completer = Completer(source: FakeSource())

    private func complete(_ line: String) -> Completer.Completion {
        completer.complete(line: line, fileLister: lister)
    }

    @Test("an empty line offers commands and datasets, deduplicated and sorted")
    func emptyLine() {
        let c = complete("")
        #expect(c.replaceStart == 0)
        #expect(c.partial == "")
        #expect(c.candidates == [
            "count", "describe", "disable", "enable", "load", "posts", "posts2024", "reports", "run", "show", "sort",
            "where",
        ])
    }

    @Test("the first word completes a unique command with a trailing space")
    func uniqueCommand() {
        let c = complete("lo")
        #expect(c.candidates == ["load"])
        #expect(c.replaceStart == 0)
        #expect(c.replacement == "load ")
    }

    @Test("the first word also completes dataset names, with their common prefix")
    func datasetAtLineStart() {
        let c = complete("po")
        #expect(c.candidates == ["posts", "posts2024"])
        #expect(c.commonPrefix == "posts")
        #expect(c.replacement == "posts")
    }

    @Test("after a pipe only commands are offered")
    func afterPipe() {
        let c = complete("posts2024 | s")
        #expect(c.candidates == ["show", "sort"])
        #expect(c.replaceStart == 12)
        #expect(c.commonPrefix == "s")
        #expect(complete("posts | ").candidates.contains("reports") == false)
        #expect(complete("posts |").candidates.contains("where"))
    }

    @Test("arguments complete field and dataset names")
    func arguments() {
        let c = complete("where sc")
        #expect(c.candidates == ["score"])
        #expect(c.replaceStart == 6)
        #expect(complete("where (score > 3 and re").candidates == ["region", "reports"])
        #expect(complete("posts | where k").candidates == ["kabupaten", "kota"])
    }

    @Test("plugin commands complete plugin names")
    func plugins() {
        #expect(complete("describe h").candidates == ["hate-speech", "hoax-check"])
        #expect(complete("describe h").commonPrefix == "h")
        #expect(complete("enable spam ho").candidates == ["hoax-check"])
        #expect(complete("disable ").candidates == ["hate-speech", "hoax-check", "spam"])
        #expect(complete("posts | run hoa").replacement == "hoax-check ")
        // Only the first argument of run is a plugin.
        #expect(complete("run hoax-check sc").candidates == ["score"])
    }

    @Test("load completes kinds first, then file paths")
    func loadPaths() {
        #expect(complete("load p").candidates == ["posts"])
        #expect(complete("load r").candidates == ["reports"])
        let files = complete("load posts d")
        #expect(files.candidates == ["dash.jsonl", "data/", "docs/"])
        #expect(files.replaceStart == 11)
        #expect(complete("load posts da").commonPrefix == "da")
        let directory = complete("load posts dat")
        #expect(directory.replacement == "data/")
        let nested = complete("load reports data/sub/")
        #expect(nested.replaceStart == "load reports data/sub/".utf8.count)
        #expect(nested.replacement == "x.jsonl ")
        // A first argument that looks like a path completes as a path.
        #expect(complete("load ./").candidates.isEmpty)
        #expect(complete("load data/s").candidates == ["sample.jsonl", "sub/"])
    }

    @Test("unquoted paths skip names with spaces or control characters")
    func unquotedPathFilter() {
        let c = complete("load posts data/")
        #expect(c.candidates == ["sample.jsonl", "sub/", "we\"ird.csv"])
    }

    @Test("inside an open quote, paths complete, escaped, and a unique file closes the quote")
    func quotedPaths() {
        let line = "load posts \"data/sa"
        let c = complete(line)
        #expect(c.replaceStart == "load posts \"data/".utf8.count)
        #expect(c.partial == "sa")
        #expect(c.candidates == ["sample one.jsonl", "sample.jsonl"])
        #expect(c.commonPrefix == "sample")
        #expect(complete("export \"data/sample.").replacement == "sample.jsonl\" ")
        #expect(complete("export \"data/w").replacement == "we\\\"ird.csv\" ")
        #expect(complete("export \"data/su").replacement == "sub/")
        // The control-character name is never offered.
        #expect(complete("export \"data/b").candidates.isEmpty)
    }

    @Test("hidden files appear only when the partial name starts with a dot")
    func hiddenFiles() {
        #expect(complete("load posts \"").candidates == ["dash.jsonl", "data/", "docs/", "notes.txt"])
        #expect(complete("load posts \".").candidates == [".hidden"])
    }

    @Test("quotes and escapes decide whether a pipe starts a new command")
    func pipesInsideStrings() {
        #expect(complete("where text = \"a | b\" | so").candidates == ["sort"])
        #expect(complete("where text = \"say \\\"hi\\\" | \" | so").candidates == ["sort"])
        // Still inside the string: path completion of the string's text.
        var listed: [String] = []
        let c = completer.complete(line: "where text = \"a | so") { directory in
            listed.append(directory)
            return []
        }
        #expect(listed == [""])
        #expect(c.candidates.isEmpty)
        #expect(c.replacement == nil)
    }

    @Test("nothing completes inside a comment")
    func comments() {
        let c = complete("where sc # so")
        #expect(c.candidates.isEmpty)
        #expect(c.replacement == nil)
        #expect(complete("# lo").candidates.isEmpty)
    }

    @Test("UTF-8 offsets are byte offsets and words never split characters")
    func utf8() {
        let line = "where régión = \"Sélamat\" and sk"
        let c = complete(line)
        #expect(c.candidates == ["skor_ü"])
        #expect(c.replaceStart == line.utf8.count - 2)
        #expect(c.replacement == "skor_ü ")
        let accented = complete("where émo and é")
        #expect(accented.partial == "é")
        #expect(accented.replaceStart == "where émo and ".utf8.count)
        #expect(accented.candidates == ["émoji"])
        #expect(complete("where skor_").candidates == ["skor_ü"])
    }

    @Test("matching falls back to case-insensitive without shortening what was typed")
    func caseInsensitive() {
        #expect(complete("where SC").replacement == "score ")
        #expect(complete("where K").candidates == ["kabupaten", "kota"])
        #expect(complete("where K").replacement == "k")
        let tricky = Completer.Completion(
            replaceStart: 0, partial: "Ab", candidates: ["abc", "ABd"], commonPrefix: "", terminator: " ")
        #expect(tricky.replacement == "Ab")
    }

    @Test("no match gives no replacement")
    func noMatch() {
        let c = complete("where zz")
        #expect(c.candidates.isEmpty)
        #expect(c.commonPrefix == "")
        #expect(c.replacement == nil)
    }

    @Test("the common prefix is computed by characters")
    func commonPrefix() {
        #expect(Completer.commonPrefix(of: ["kabupaten", "kabupatén"]) == "kabupat")
        #expect(Completer.commonPrefix(of: ["a"]) == "a")
        #expect(Completer.commonPrefix(of: []) == "")
        #expect(Completer.commonPrefix(of: ["éa", "éb"]) == "é")
    }

    @Test("names change between calls as the source changes")
    func liveSource() {
        let source = FakeSource()
        let live = Completer(source: source)
        #expect(live.complete(line: "where new", fileLister: lister).candidates.isEmpty)
        source.fieldNames.append("newfield")
        #expect(live.complete(line: "where new", fileLister: lister).candidates == ["newfield"])
    }
}
