import Foundation
import Testing
@testable import RulePack
import JagaSDK
import JagaCalendar

/// Parsing rule packs, and every kind of error with its key path, line and column.
@Suite struct RulePackParsingTests {
    /// The error of parsing `yaml` as `rules.yaml`, or nil when it parses.
    func failure(_ yaml: String) -> RulePackError? {
        do {
            _ = try RulePackLoader.parse(yaml: yaml, file: "rules.yaml")
            return nil
        } catch {
            return error
        }
    }

    /// A pack with one rule whose body lines are `body` (indented 4 spaces, starting at line 6).
    func pack(_ body: String) -> String {
        """
        pack: acme.test
        version: 1.0.0
        summary: Test pack.
        rules:
          - id: acme.money
        \(body.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        """
    }

    @Test func parsesAFullPack() throws {
        let yaml = """
        pack: acme.politik-uang
        version: 0.2.0
        summary: Vote buying words.
        lexicons:
          vote: [pilih, coblos*, "02", no <n>]
          money: [amplop*, <n>rb]
        rules:
          - id: pilkada.politik-uang
            severity: HIGH
            legal_basis: UU 10/2016 Pasal 73, 187A
            reason: "Offers money for votes ('{match}')."
            any: [serangan fajar, $money, [uang transport, uang bensin]]
            all:
              - $vote
              - [transfer, gopay]
              - dapat
            context: [$vote]
            exclude: [tolak*, laporkan]
            fields: transcript
            window: masa-tenang
            regions: [Jabar, "73.71"]
          - id: acme.other
            severity: low
            legal_basis: "—"
            reason: Something else.
            any: [x y z]
            window: {from: 2024-11-20}
        """
        let p = try RulePackLoader.parse(yaml: yaml, file: "p.yaml")
        #expect(p.id == "acme.politik-uang")
        #expect(p.version == "0.2.0")
        #expect(p.rules.count == 2)
        let r = p.rules[0]
        #expect(r.id == "pilkada.politik-uang")
        #expect(r.severity == .high)
        #expect(r.legalBasis == "UU 10/2016 Pasal 73, 187A")
        #expect(r.any.map(\.text) == ["serangan fajar", "amplop*", "<n>rb", "uang transport", "uang bensin"])
        #expect(r.all.count == 3)
        #expect(r.all[0].map(\.text) == ["pilih", "coblos*", "02", "no <n>"])
        #expect(r.all[2].map(\.text) == ["dapat"])
        #expect(r.exclude.map(\.text) == ["tolak*", "laporkan"])
        #expect(r.fields == [.transcript])
        #expect(r.window == ElectionCalendar.pilkada2024.window(named: "masa-tenang"))
        #expect(r.regions.map(\.code) == ["32", "73.71"])
        #expect(r.path == "rules[0]")
        #expect(r.line == 8)
        #expect(p.rules[1].fields == [.text, .transcript])
        #expect(p.rules[1].window == TimeWindow(from: LocalDay(year: 2024, month: 11, day: 20), to: nil))
        #expect(p.rules[1].regions.isEmpty)
    }

    @Test func termsAreFoldedWordsWithWildcards() throws {
        let t = try Term.parse("Sérangan-FAJAR").get()
        #expect(t.words.map(\.text) == ["serangan", "fajar"])
        let w = try Term.parse("amplop* <n>rb no <n>").get()
        #expect(w.words.map(\.text) == ["amplop", "#rb", "no", "#"])
        #expect(w.words.map(\.isPrefix) == [true, false, false, false])
        #expect(w.words.map(\.usesDigits) == [false, true, false, true])
        #expect(try Term.parse("#TolakPolitikUang").get().words.map(\.text) == ["tolakpolitikuang"])
        #expect(throws: TermProblem.self) { try Term.parse("am*plop").get() }
        #expect(throws: TermProblem.self) { try Term.parse("a*").get() }
        #expect(throws: TermProblem.self) { try Term.parse(" !? ").get() }
    }

    @Test func yamlAnchorsAndNestedListsFlatten() throws {
        let yaml = """
        pack: acme.test
        version: "1"
        summary: s
        rules:
          - id: acme.a
            severity: low
            legal_basis: none
            reason: r
            any: &money [amplop, sembako]
          - id: acme.b
            severity: low
            legal_basis: none
            reason: r
            any: [*money, pulsa, amplop]
        """
        let p = try RulePackLoader.parse(yaml: yaml)
        #expect(p.rules[1].any.map(\.text) == ["amplop", "sembako", "pulsa"])
    }

    @Test func wrongSeverityPointsAtTheValue() throws {
        let e = try #require(failure(pack("severity: hgih\nlegal_basis: none\nreason: r\nany: [amplop]")))
        #expect(e.kind == .invalidValue)
        #expect(e.path == "rules[0].severity")
        #expect(e.line == 6)
        #expect(e.column == 15)
        #expect(e.description == "rules[0].severity: 'hgih' is not one of low, medium, high, critical (did you mean 'high'?) (rules.yaml:6:15)")
    }

    @Test func unknownKeysSuggestTheKnownOne() throws {
        let e = try #require(failure(pack("severty: high\nlegal_basis: none\nreason: r\nany: [amplop]")))
        #expect(e.kind == .unknownKey)
        #expect(e.path == "rules[0].severty")
        #expect(e.line == 6 && e.column == 5)
        #expect(e.message.hasPrefix("unknown key (did you mean 'severity'?)"))

        let top = try #require(failure("pack: acme.x\nversion: 1\nsummary: s\nrule: []\n"))
        #expect(top.path == "rule")
        #expect(top.line == 4 && top.column == 1)
        #expect(top.message.contains("did you mean 'rules'?"))

        let win = try #require(failure(pack("severity: high\nlegal_basis: n\nreason: r\nany: [a]\nwindow: {form: 2024-11-24}")))
        #expect(win.path == "rules[0].window.form")
        #expect(win.message.contains("did you mean 'from'?"))
        #expect(win.line == 10)
    }

    @Test func missingKeysPointAtTheirMapping() throws {
        let e = try #require(failure(pack("severity: high\nlegal_basis: none\nany: [amplop]")))
        #expect(e.kind == .missingKey)
        #expect(e.path == "rules[0]")
        #expect(e.message == "missing key 'reason'")
        #expect(e.line == 5 && e.column == 5)

        let noWords = try #require(failure(pack("severity: high\nlegal_basis: none\nreason: r\ncontext: [pilih]")))
        #expect(noWords.kind == .missingKey)
        #expect(noWords.message.contains("'any' or 'all'"))

        let noRules = try #require(failure("pack: acme.x\nversion: 1\nsummary: s\n"))
        #expect(noRules.message == "missing key 'rules'")
        #expect(noRules.line == 1)

        let empty = try #require(failure("# nothing here\n"))
        #expect(empty.kind == .missingKey)
    }

    @Test func yamlSyntaxErrorsCarryYamsPosition() throws {
        let e = try #require(failure("pack: acme.x\nversion: 1\nsummary: \"unclosed\nrules: []\n"))
        #expect(e.kind == .syntax)
        #expect(e.line != nil && e.column != nil)
        #expect(e.message.hasPrefix("YAML syntax error:"))

        let indent = try #require(failure("pack: acme.x\nversion: 1\n  summary: s\n"))
        #expect(indent.kind == .syntax)
        #expect(indent.line == 3)

        let dup = try #require(failure("pack: acme.x\nversion: 1\nversion: 2\nsummary: s\nrules: []\n"))
        #expect(dup.kind == .syntax)
        #expect(dup.message.contains("'version' appears twice"))
        #expect(dup.line == 2)
    }

    @Test func wrongShapesSayWhatWasExpected() throws {
        let e = try #require(failure(pack("severity: high\nlegal_basis: none\nreason: r\nany: serangan fajar")))
        #expect(e.kind == .wrongType)
        #expect(e.path == "rules[0].any")
        #expect(e.line == 9 && e.column == 10)
        #expect(e.message.contains("expected a list of words or phrases"))

        let rules = try #require(failure("pack: acme.x\nversion: 1\nsummary: s\nrules: {a: 1}\n"))
        #expect(rules.kind == .wrongType)
        #expect(rules.path == "rules")

        let text = try #require(failure(pack("severity: [high]\nlegal_basis: none\nreason: r\nany: [a]")))
        #expect(text.kind == .wrongType)
        #expect(text.message == "expected text, found a list")

        let entry = try #require(failure(pack("severity: high\nlegal_basis: none\nreason: r\nany: [a, {b: c}]")))
        #expect(entry.path == "rules[0].any[1]")
        #expect(entry.column == 14)
    }

    @Test func badEntriesAndLexicons() throws {
        let star = try #require(failure(pack("severity: high\nlegal_basis: none\nreason: r\nany:\n  - amplop\n  - am*plop")))
        #expect(star.kind == .invalidValue)
        #expect(star.path == "rules[0].any[1]")
        #expect(star.line == 11 && star.column == 9)

        let yaml = """
        pack: acme.x
        version: 1
        summary: s
        lexicons:
          vote: [pilih]
        rules:
          - id: acme.a
            severity: low
            legal_basis: none
            reason: r
            any: [amplop]
            context: [$vot]
        """
        let lex = try #require(failure(yaml))
        #expect(lex.path == "rules[0].context[0]")
        #expect(lex.message.contains("no lexicon named 'vot' (did you mean 'vote'?)"))
        #expect(lex.line == 12 && lex.column == 15)
    }

    @Test func badIdsAndVariants() throws {
        let id = try #require(failure(pack("severity: high\nlegal_basis: n\nreason: r\nany: [a]").replacingOccurrences(of: "acme.money", with: "pilkada.politk-uang")))
        #expect(id.path == "rules[0].id")
        #expect(id.message.contains("did you mean 'pilkada.politik-uang'?"))
        #expect(id.line == 5 && id.column == 9)

        let packID = try #require(failure("pack: Acme\nversion: 1\nsummary: s\nrules: [{id: acme.a}]\n"))
        #expect(packID.path == "pack")
        #expect(packID.line == 1 && packID.column == 7)

        let yaml = """
        pack: acme.x
        version: 1
        summary: s
        rules:
          - {id: acme.a, severity: high, legal_basis: n, reason: r, any: [a]}
          - {id: acme.a, severity: low, legal_basis: n, reason: r, any: [b]}
        """
        let variant = try #require(failure(yaml))
        #expect(variant.path == "rules[1].severity")
        #expect(variant.line == 6 && variant.column == 28)
        #expect(variant.message.contains("differs from 'high'"))
    }

    @Test func reasonPlaceholdersAndFields() throws {
        let r = try #require(failure(pack("severity: high\nlegal_basis: n\nreason: \"Got {matched}\"\nany: [a]")))
        #expect(r.path == "rules[0].reason")
        #expect(r.message.contains("unknown placeholder '{matched}'"))

        let f = try #require(failure(pack("severity: high\nlegal_basis: n\nreason: r\nany: [a]\nfields: [text, caption]")))
        #expect(f.path == "rules[0].fields[1]")
        #expect(f.line == 10 && f.column == 20)
    }

    @Test func windowErrors() throws {
        let name = try #require(failure(pack("severity: high\nlegal_basis: n\nreason: r\nany: [a]\nwindow: masa-tenag")))
        #expect(name.path == "rules[0].window")
        #expect(name.message.contains("did you mean 'masa-tenang'?"))
        #expect(name.line == 10 && name.column == 13)

        let order = try #require(failure(pack("severity: high\nlegal_basis: n\nreason: r\nany: [a]\nwindow: {from: 2024-11-26, to: 2024-11-24}")))
        #expect(order.path == "rules[0].window.to")
        #expect(order.message.contains("before"))

        let date = try #require(failure(pack("severity: high\nlegal_basis: n\nreason: r\nany: [a]\nwindow:\n  from: 2024-02-30")))
        #expect(date.path == "rules[0].window.from")
        #expect(date.line == 11 && date.column == 13)

        let day = try RulePackLoader.parse(yaml: pack("severity: high\nlegal_basis: n\nreason: r\nany: [a]\nwindow: 2024-11-27"))
        #expect(day.rules[0].window == ElectionCalendar.pilkada2024.window(named: "voting-day").map { TimeWindow(from: $0.from, to: $0.to) })
    }

    @Test func regionErrors() throws {
        let unknown = try #require(failure(pack("severity: high\nlegal_basis: n\nreason: r\nany: [a]\nregions: [Jabar, Narnia]")))
        #expect(unknown.path == "rules[0].regions[1]")
        #expect(unknown.message.contains("not a region"))
        #expect(unknown.line == 10 && unknown.column == 22)

        let ambiguous = try #require(failure(pack("severity: high\nlegal_basis: n\nreason: r\nany: [a]\nregions: Bandung")))
        #expect(ambiguous.path == "rules[0].regions")
        #expect(ambiguous.message.contains("'Kota Bandung'"))
        #expect(ambiguous.message.contains("'Kabupaten Bandung'"))
    }

    @Test func ioErrorsNameTheFile() throws {
        do {
            _ = try RulePackLoader.load(path: "/nonexistent/pack.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .io)
            #expect(error.file == "/nonexistent/pack.yaml")
        }
    }

    @Test func theCalendarTable() {
        let c = ElectionCalendar.pilkada2024
        #expect(c.periodNames == ["after-voting", "before-campaign", "campaign", "counting", "masa-tenang", "media-ads", "voting-day"])
        #expect(c.window(named: "campaign")?.description == "campaign (2024-09-25..2024-11-23)")
        #expect(c.window(named: "masa-tenang")?.description == "masa-tenang (2024-11-24..2024-11-26)")
        #expect(c.window(named: "before-campaign")?.from == nil)
        #expect(c.window(named: "after-voting")?.to == nil)
        #expect(LocalDay(iso: "2024-11-24")?.description == "2024-11-24")
        #expect(LocalDay(iso: "2024-13-01") == nil)
        #expect(LocalDay(iso: "24-11-2024") == nil)
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "hgih", in: ["low", "medium", "high", "critical"]) == "high")
        #expect(Suggestion.closest(to: "legal-basis", in: RulePackParser.ruleKeys) == "legal_basis")
        #expect(Suggestion.closest(to: "exclusions", in: RulePackParser.ruleKeys) == "exclude")
        #expect(Suggestion.closest(to: "zzz", in: RulePackParser.ruleKeys) == nil)
    }
}
