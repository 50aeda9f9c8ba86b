import Testing

@testable import JagaTerminal

@Suite("ContinuationDetector")
struct ContinuationDetectorTests {
    private func pending(_ text: String) -> ContinuationDetector.Pending? {
        ContinuationDetector.pending(text)
    }

    @Test("complete input needs no continuation")
    func complete() {
        #expect(pending("") == nil)
        #expect(pending("   ") == nil)
        #expect(pending("posts | where score > 3") == nil)
        #expect(pending("posts | where (a > 1) and [1, 2] == {x}") == nil)
        #expect(ContinuationDetector.needsContinuation("count") == false)
    }

    @Test("a trailing pipe continues, ignoring spaces and a trailing comment")
    func trailingPipe() {
        #expect(pending("posts |") == .pipe)
        #expect(pending("posts |   \t") == .pipe)
        #expect(pending("posts | # then filter") == .pipe)
        #expect(pending("posts |\n") == .pipe)
        #expect(pending("posts |\nwhere x") == nil)
        #expect(pending("posts |\nwhere x |\n  sort") == nil)
        #expect(pending("where kota = \"Pekanbaru é\" |") == .pipe)
        #expect(ContinuationDetector.needsContinuation("posts |"))
    }

    @Test("unclosed brackets continue; the innermost one is reported")
    func brackets() {
        #expect(pending("where (a > 1") == .bracket("("))
        #expect(pending("show [1, {") == .bracket("{"))
        #expect(pending("show [1, {}") == .bracket("["))
        #expect(pending("where (a >\n 1") == .bracket("("))
        #expect(pending("where (a >\n 1)") == nil)
    }

    @Test("a mismatched closing bracket ends the input so the parser can report it")
    func mismatched() {
        #expect(pending("where (a))") == nil)
        #expect(pending("where (a]") == nil)
        #expect(pending(") |") == nil)
    }

    @Test("an unclosed string continues; escapes are respected")
    func strings() {
        #expect(pending("where text = \"abc") == .string)
        #expect(pending("where text = \"a \\\" b") == .string)
        #expect(pending("where text = \"a \\\\\"") == nil)
        #expect(pending("where text = \"abc\ndef\"") == nil)
        #expect(pending("where text = \"(\"") == nil)
        #expect(pending("where text = \"a | \"") == nil)
        #expect(pending("where text = \"a # not a comment\" |") == .pipe)
        #expect(pending("where (text = \"abc") == .string)
    }

    @Test("a trailing backslash continues, but not inside a comment")
    func backslash() {
        #expect(pending("posts \\") == .backslash)
        #expect(pending("posts \\  ") == .backslash)
        #expect(pending("posts \\\nwhere x") == nil)
        #expect(pending("posts # comment \\") == nil)
        #expect(pending("where text = \"a\\\\\" \\") == .backslash)
    }

    @Test("comments hide brackets, quotes and pipes")
    func comments() {
        #expect(pending("posts # (") == nil)
        #expect(pending("posts # \"") == nil)
        #expect(pending("# |") == nil)
        #expect(pending("posts # note |\n") == nil)
        #expect(pending("posts | # note\n# another") == .pipe)
        // A # inside a word does not start a comment.
        #expect(pending("where tag = a#(") == .bracket("("))
    }
}
