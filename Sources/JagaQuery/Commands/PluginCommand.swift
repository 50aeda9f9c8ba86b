import JagaText
import Foundation
import JagaCore
import JagaPlugins
import JagaSDK

/// `plugin load|reload|test|compare ...`: the plugin author's tools at the prompt.
public struct PluginCommand: Command {
    public init() {}
    public let name = "plugin"
    public let usage = "plugin load \"PATH\" | plugin reload [PLUGIN] | plugin test PLUGIN --cases \"FILE\" [--min-precision X] [--min-recall Y] | plugin compare PLUGIN [PLUGIN2] --cases \"FILE\" [--a NAME=VALUE]... [--b NAME=VALUE]..."
    public let summary = "Load, reload, measure (precision/recall/F1) and backtest plugins"
    public let details = """
        plugin load "build/libMyDetector.so"       a compiled plugin (SDK ABI and toolchain must match)
        plugin load "rules/politik-uang.yaml"      a declarative rule pack
        plugin reload                              re-read every rule pack from its file
        plugin test acme.words --cases "cases.jsonl" --min-precision 0.95 --min-recall 0.9
            per rule: TP FP FN TN, precision, recall, F1; false positives and negatives with their text.
            Exit code 3 (like a failed assert) when a rule is under a minimum.
        plugin compare acme.words acme.words2 --cases "cases.jsonl"
        plugin compare acme.words --cases "cases.jsonl" --b words=["amplop", "sembako"]
            what a change catches, misses and newly flags, before you use it.
        Cases: one JSON object per line, a post plus "expect": [rule ids] and "expect_not": [rule ids].
        """

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        let sub = try a.word("load, reload, test or compare").lowercased()
        switch sub {
        case "load": try load(&a, inv, session)
        case "reload": try reload(&a, inv, session)
        case "test": try test(&a, inv, session)
        case "compare": try compare(&a, inv, session)
        default:
            var msg = "unknown plugin subcommand '\(sub)'"
            if let s = Suggest.nearest(sub, in: ["load", "reload", "test", "compare"]) { msg += "; did you mean '\(s)'?" }
            throw inv.args.error(msg + " (load, reload, test, compare)")
        }
    }

    /// Loads plugins from a library or a rule pack and registers them.
    public static func loadFile(_ path: String, into session: Session) throws(ScriptError) -> [String] {
        let plugins: [any Plugin]
        let ext = (path as NSString).pathExtension.lowercased()
        if let loader = session.pluginFileLoaders[ext] {
            do { plugins = try loader(path) } catch { throw ScriptError("\(error)") }
        } else {
            do throws(PluginLoadError) { plugins = try PluginLoader.load(path: path) } catch { throw ScriptError(error.description) }
        }
        var ids: [String] = []
        for p in plugins {
            do throws(RegistryError) { try session.plugins.register(p, origin: path) } catch { throw ScriptError(error.message) }
            ids.append(p.manifest.id)
        }
        return ids
    }

    func load(_ a: inout ArgCursor, _ inv: CommandInvocation, _ session: Session) throws(ScriptError) {
        let path = try a.string("a plugin library or rule pack path", variables: session.context.variables)
        try a.expectEnd("plugin load \"PATH\"")
        let full = session.resolvePath(path)
        let ids: [String]
        do { ids = try PluginCommand.loadFile(full, into: session) } catch { throw inv.args.error(error.message.replacingOccurrences(full, path)) }
        session.diagnostics.write("loaded plugin\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ", ")) from \(path)\n")
    }

    func reload(_ a: inout ArgCursor, _ inv: CommandInvocation, _ session: Session) throws(ScriptError) {
        var only: String?
        if !a.atEnd { only = try a.word("a plugin id") }
        try a.expectEnd("plugin reload [PLUGIN]")
        let entries = session.plugins.list().filter { only == nil || $0.manifest.id == only }
        if let only, entries.isEmpty { _ = try Self.require(only, session, inv) }
        var reloaded: [String] = []
        for e in entries {
            let ext = (e.origin as NSString).pathExtension.lowercased()
            guard let loader = session.pluginFileLoaders[ext] else {
                if only != nil {
                    throw inv.args.error("\(e.manifest.id) comes from \(e.origin): compiled plugins cannot be reloaded in a running jaga (unloading Swift code is unsafe); restart jaga")
                }
                continue
            }
            let fresh: [any Plugin]
            do { fresh = try loader(e.origin) } catch { throw inv.args.error("\(error)") }
            for p in fresh {
                do throws(RegistryError) { try session.plugins.replace(p, origin: e.origin) } catch { throw inv.args.error(error.message) }
                reloaded.append(p.manifest.id)
            }
        }
        session.diagnostics.write(reloaded.isEmpty ? "no rule packs to reload\n" : "reloaded \(reloaded.joined(separator: ", "))\n")
    }

    static func require(_ id: String, _ session: Session, _ inv: CommandInvocation) throws(ScriptError) -> PluginRegistry.Entry {
        do throws(RegistryError) { return try session.plugins.require(id) } catch { throw inv.args.error(error.message) }
    }

    static func detector(_ e: PluginRegistry.Entry, _ inv: CommandInvocation) throws(ScriptError) -> any ItemDetector {
        guard let d = e.plugin as? any ItemDetector else {
            throw inv.args.error("\(e.manifest.id) is a \(e.manifest.kind.rawValue); plugin test and compare measure item detectors")
        }
        return d
    }

    static func readCases(_ path: String?, _ session: Session, _ inv: CommandInvocation) throws(ScriptError) -> [LabelledCase] {
        guard let path else { throw inv.args.error("say which labelled cases: --cases \"FILE.jsonl\"") }
        do throws(CaseFileError) {
            return try LabelledCaseReader.read(path: session.resolvePath(path))
        } catch {
            throw inv.args.error(error.description.replacingOccurrences(session.resolvePath(path), path))
        }
    }

    func test(_ a: inout ArgCursor, _ inv: CommandInvocation, _ session: Session) throws(ScriptError) {
        let id = try a.word("a plugin id")
        var cases: String?
        var minP: Double?, minR: Double?
        var rules: [String]?
        while !a.atEnd {
            let flag = try a.flag()
            switch flag {
            case "cases": cases = try a.string("a cases file", variables: session.context.variables)
            case "min-precision": minP = try a.number("a number in 0...1")
            case "min-recall": minR = try a.number("a number in 0...1")
            case "rules":
                rules = []
                repeat { rules?.append(try a.dottedName("a rule id")) } while a.symbol(",")
            default: throw a.error("unknown option --\(flag) (--cases, --min-precision, --min-recall, --rules)")
            }
        }
        let entry = try Self.require(id, session, inv)
        let d = try Self.detector(entry, inv)
        let loaded = try Self.readCases(cases, session, inv)
        let (report, errors) = Evaluation.run(detector: d, cases: loaded, rules: rules)
        var out = report.render()
        for e in errors { out += "error on case \(e.caseID): \(e.message)\n" }
        session.out.write(out)
        let verdict = report.passes(minPrecision: minP, minRecall: minR)
        if !verdict.passed {
            throw ScriptError("plugin test \(id): " + verdict.failures.joined(separator: "; "), at: inv.location, isAssertion: true)
        }
    }

    func compare(_ a: inout ArgCursor, _ inv: CommandInvocation, _ session: Session) throws(ScriptError) {
        let idA = try a.word("a plugin id")
        var idB: String?
        if case .identifier? = a.peek?.kind { idB = try a.word("a second plugin id") }
        var cases: String?
        var setA: [(String, Value)] = [], setB: [(String, Value)] = []
        while !a.atEnd {
            let flag = try a.flag()
            switch flag {
            case "cases": cases = try a.string("a cases file", variables: session.context.variables)
            case "a", "b":
                let name = try a.word("a parameter name")
                guard a.symbol("=") else { throw a.error("expected NAME=VALUE after --\(flag)") }
                let e = try a.expression()
                let v = try ExprCompiler(table: ConstantTable(), context: session.context).constant(e)
                if flag == "a" { setA.append((name, v)) } else { setB.append((name, v)) }
            default: throw a.error("unknown option --\(flag) (--cases, --a NAME=VALUE, --b NAME=VALUE)")
            }
        }
        let loaded = try Self.readCases(cases, session, inv)
        let entryA = try Self.require(idA, session, inv)
        let dA = try Self.detector(entryA, inv)
        if let idB {
            let entryB = try Self.require(idB, session, inv)
            let dB = try Self.detector(entryB, inv)
            let (report, errors) = Comparison.run(cases: loaded, a: (idA, dA), b: (idB, dB))
            session.out.write(report.render() + errors.map { "error (\($0.label)) on case \($0.caseID): \($0.message)\n" }.joined())
            return
        }
        guard !setA.isEmpty || !setB.isEmpty else {
            throw inv.args.error("compare two plugins, or one plugin with --a/--b NAME=VALUE parameter changes")
        }
        // One plugin, two parameter sets: configure, detect, and restore the session's values.
        let saved = entryA.parameters
        func run(_ changes: [(String, Value)]) throws(ScriptError) -> (findings: [String: [Finding]], errors: [Evaluation.CaseError]) {
            do throws(RegistryError) {
                for (k, v) in changes { try session.plugins.setParameter(idA, k, v) }
            } catch {
                throw inv.args.error(error.message)
            }
            let r = Evaluation.detect(detector: dA, cases: loaded)
            for (k, v) in saved.values { try? session.plugins.setParameter(idA, k, v) }
            return r
        }
        let ra = try run(setA), rb = try run(setB)
        let label = { (s: [(String, Value)]) in s.isEmpty ? "current" : s.map { "\($0.0)=\($0.1.literal)" }.joined(separator: " ") }
        let rules = Evaluation.defaultRules(cases: loaded, manifest: dA.manifest)
        let failed = Set(ra.errors.map(\.caseID) + rb.errors.map(\.caseID))
        let report = Comparison.compare(cases: loaded, findingsA: ra.findings, findingsB: rb.findings, rules: rules,
                                        labelA: label(setA), labelB: label(setB), unscored: failed)
        session.out.write(report.render() + (ra.errors + rb.errors).map { "error on case \($0.caseID): \($0.message)\n" }.joined())
    }
}

extension ArgCursor {
    /// Reads `--name` or `--two-words` (the lexer sees `-`, `-`, words and hyphens).
    public mutating func flag() throws(ScriptError) -> String {
        guard peek?.isSymbol("-") == true, let second = tokens[safe: pos + 1], second.isSymbol("-"),
              let word = tokens[safe: pos + 2], case .identifier(var name) = word.kind else {
            throw error("expected an option such as --cases, found \(peek?.display ?? "end")")
        }
        pos += 3
        var end = word.range.upperBound
        while let dash = tokens[safe: pos], dash.isSymbol("-"), dash.range.lowerBound == end,
              let next = tokens[safe: pos + 1], case .identifier(let more) = next.kind, next.range.lowerBound == dash.range.upperBound {
            name += "-" + more
            end = next.range.upperBound
            pos += 2
        }
        return name.lowercased()
    }

    /// Reads a number literal.
    public mutating func number(_ what: String) throws(ScriptError) -> Double {
        guard let t = peek else { throw error("expected \(what)") }
        switch t.kind {
        case .int(let i): pos += 1; return Double(i)
        case .double(let d): pos += 1; return d
        default: throw error("expected \(what), found \(t.display)")
        }
    }

    /// Reads a dotted name that may contain hyphens (`pilkada.masa-tenang`), or a quoted one.
    public mutating func dottedName(_ what: String) throws(ScriptError) -> String {
        if case .string(let s)? = peek?.kind { pos += 1; return s }
        var name = try word(what)
        var end = tokens[pos - 1].range.upperBound
        while let dash = tokens[safe: pos], dash.isSymbol("-"), dash.range.lowerBound == end,
              let next = tokens[safe: pos + 1], case .identifier(let more) = next.kind, next.range.lowerBound == dash.range.upperBound {
            name += "-" + more
            end = next.range.upperBound
            pos += 2
        }
        return name
    }
}
