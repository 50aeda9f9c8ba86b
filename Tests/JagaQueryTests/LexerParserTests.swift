import JagaCore
import Testing
@testable import JagaQuery

@Suite struct LexerTests {
    @Test func datetimeDurationAndStrings() throws {
        let toks = try Lexer.tokenize(#"created_at >= 2024-11-24T00:00+08:00 - 2h and x = "a\"b" and d = 2024-11-27"#, file: "t")
        let kinds = toks.map(\.kind)
        #expect(kinds.contains(.datetime(Timestamp(seconds: 1_732_377_600, offsetSeconds: 28800))))
        #expect(kinds.contains(.duration(7200)))
        #expect(kinds.contains(.string("a\"b")))
        // A date alone is midnight WIB.
        #expect(kinds.contains(.datetime(Timestamp(seconds: 1_732_640_400, offsetSeconds: 25200))))
    }

    @Test func errorsCarryLineAndColumn() {
        #expect(throws: ScriptError.self) { try Lexer.tokenize("echo \"open", file: "a.jaga") }
        do {
            _ = try Lexer.tokenize("set x = 1\nset y = 2024-13-01", file: "a.jaga")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "a.jaga", line: 2, column: 9))
            #expect(error.description.contains("a.jaga:2:9"))
            #expect(error.description.contains("        ^"))
        }
    }
}

@Suite struct ParserTests {
    let commands: Set<String> = CommandRegistry.builtin.names

    @Test func pipelineAcrossLines() throws {
        let src = "posts\n| where likes > 5\n| take 2\nposts |\n  count\n"
        let st = try Parser.parseScript(src, file: "t", commands: commands)
        #expect(st.count == 2)
        guard case .pipeline(let p) = st[0].kind else { Issue.record("not a pipeline"); return }
        #expect(p.operators.count == 2)
    }

    @Test func syntaxErrorPointsAtToken() {
        do {
            _ = try Parser.parseScript("posts | where likes > \nposts | tkae 3", file: "s.jaga", commands: commands)
            Issue.record("expected an error")
        } catch {
            #expect(error.location?.line == 1)
            #expect(error.description.hasPrefix("s.jaga:1:"))
        }
        do {
            _ = try Parser.parseScript("posts | tkae 3", file: "s.jaga", commands: commands)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("did you mean 'take'?"))
            #expect(error.location == SourceLocation(file: "s.jaga", line: 1, column: 9))
        }
    }

    @Test func expressionPrecedence() throws {
        let e = try Parser.parseExpression("a = 1 or b = 2 and not c between 1 and 3")
        guard case .binary("or", _, let r) = e.kind, case .binary("and", _, let rr) = r.kind,
              case .unary("not", let n) = rr.kind, case .between = n.kind else {
            Issue.record("wrong tree: \(e.kind)")
            return
        }
    }
}
