import JagaSDK
import Yams

/// Reads rule pack YAML into a ``RulePack``; every error names the key path, line and column.
///
/// Works on Yams' node tree (`Yams.compose`), not on decoded dictionaries, so each value still
/// knows where it was written. Unknown keys are errors with a did-you-mean.
struct RulePackParser {
    let file: String
    let calendar: ElectionCalendar
    let resolver: RegionResolver
    /// Named term lists from `lexicons:`, usable as `$name`.
    private var lexicons: [String: [Term]] = [:]
    private var lexiconOrder: [String] = []

    static let topKeys = ["pack", "version", "summary", "lexicons", "rules"]
    static let ruleKeys = ["id", "severity", "legal_basis", "reason", "any", "all", "context", "exclude",
                           "fields", "window", "regions"]
    static let severityNames = Severity.allCases.map(\.description)

    init(file: String, calendar: ElectionCalendar, resolver: RegionResolver = .shared) {
        self.file = file
        self.calendar = calendar
        self.resolver = resolver
    }

    /// Parses a whole pack.
    static func parse(yaml: String, file: String, calendar: ElectionCalendar) throws(RulePackError) -> RulePack {
        var parser = RulePackParser(file: file, calendar: calendar)
        let root = try parser.compose(yaml)
        return try parser.pack(root)
    }

    // MARK: - YAML

    /// The document's root node, or a syntax error carrying Yams' line and column.
    func compose(_ yaml: String) throws(RulePackError) -> Node {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let e as YamlError {
            throw syntaxError(e)
        } catch {
            throw RulePackError(kind: .syntax, file: file, message: "YAML error: \(error)")
        }
        guard let root else {
            throw RulePackError(kind: .missingKey, file: file, line: 1, column: 1,
                                message: "the pack is empty: it needs pack, version, summary and rules")
        }
        return root
    }

    private func syntaxError(_ e: YamlError) -> RulePackError {
        switch e {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let while_ = context.map { " (\($0.text) started at \($0.mark.line):\($0.mark.column))" } ?? ""
            return RulePackError(kind: .syntax, file: file, line: mark.line, column: mark.column,
                                 message: "YAML syntax error: \(problem)\(while_)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return RulePackError(kind: .syntax, file: file, line: context.mark.line, column: context.mark.column,
                                 message: "YAML: key \(keys) appears twice in one mapping")
        case let .reader(problem, offset, _, _):
            return RulePackError(kind: .syntax, file: file,
                                 message: "YAML: cannot read the text: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
        default:
            return RulePackError(kind: .syntax, file: file, message: "YAML error: \(e)")
        }
    }

    // MARK: - Pack and rules

    private mutating func pack(_ root: Node) throws(RulePackError) -> RulePack {
        let top = try mapping(root, "", allowed: Self.topKeys, what: "a rule pack (pack:, version:, summary:, rules:)")
        if let lex = top["lexicons"] { try parseLexicons(lex) }
        let idNode = try top.require("pack", self)
        let id = try text(idNode, "pack")
        if !Self.wellFormedID(id) {
            throw error(.invalidValue, idNode, "pack",
                        "'\(id)' must look like vendor.name (lower-case letters, digits, '-' or '_'), e.g. acme.politik-uang")
        }
        let version = try text(top.require("version", self), "version")
        let summary = try text(top.require("summary", self), "summary")
        let rulesNode = try top.require("rules", self)
        guard case .sequence(let seq) = rulesNode else {
            throw error(.wrongType, rulesNode, "rules", "expected a list of rules ('- id: ...' items), found \(describe(rulesNode))")
        }
        if seq.isEmpty { throw error(.invalidValue, rulesNode, "rules", "the pack has no rules") }
        let vendor = String(id.prefix { $0 != "." })
        var rules: [PackRule] = []
        var first: [String: PackRule] = [:]
        for (i, node) in seq.enumerated() {
            let path = "rules[\(i)]"
            let rule = try self.rule(node, path, vendor: vendor)
            if let earlier = first[rule.id] {
                // Variants of one rule id must describe the same rule.
                let fields = try mapping(node, path, allowed: Self.ruleKeys, what: "a rule")
                if earlier.severity != rule.severity {
                    throw error(.invalidValue, fields["severity"], path + ".severity",
                                "'\(rule.severity)' differs from '\(earlier.severity)' given for \(rule.id) at \(earlier.path) (line \(earlier.line)); entries with one rule id must share severity and legal_basis")
                }
                if earlier.legalBasis != rule.legalBasis {
                    throw error(.invalidValue, fields["legal_basis"], path + ".legal_basis",
                                "'\(rule.legalBasis)' differs from '\(earlier.legalBasis)' given for \(rule.id) at \(earlier.path) (line \(earlier.line)); entries with one rule id must share severity and legal_basis")
                }
            } else {
                first[rule.id] = rule
            }
            rules.append(rule)
        }
        return RulePack(id: id, version: version, summary: summary, rules: rules, file: file)
    }

    private func rule(_ node: Node, _ path: String, vendor: String) throws(RulePackError) -> PackRule {
        let f = try mapping(node, path, allowed: Self.ruleKeys, what: "a rule (id:, severity:, legal_basis:, reason:, any:, ...)")
        let idNode = try f.require("id", self)
        let id = try text(idNode, path + ".id")
        if !Self.wellFormedID(id) {
            throw error(.invalidValue, idNode, path + ".id",
                        "'\(id)' must look like prefix.name (lower-case letters, digits, '-' or '_')")
        }
        if !TaxonomyRules.ids.contains(id), !id.hasPrefix(vendor + ".") {
            throw error(.invalidValue, idNode, path + ".id",
                        "'\(id)' is neither a taxonomy rule id nor under this pack's prefix '\(vendor).'"
                            + Suggestion.hint(for: id, in: TaxonomyRules.ids))
        }
        let sevNode = try f.require("severity", self)
        let sevText = try text(sevNode, path + ".severity")
        guard let severity = Severity(name: sevText) else {
            throw error(.invalidValue, sevNode, path + ".severity",
                        "'\(sevText)' is not one of \(Self.severityNames.joined(separator: ", "))"
                            + Suggestion.hint(for: sevText, in: Self.severityNames))
        }
        let legalBasis = try text(f.require("legal_basis", self), path + ".legal_basis")
        let reasonNode = try f.require("reason", self)
        let reason = try text(reasonNode, path + ".reason")
        try checkPlaceholders(reason, reasonNode, path + ".reason")

        let any = try f["any"].map { n throws(RulePackError) in try termList(n, path + ".any") } ?? []
        let all = try f["all"].map { n throws(RulePackError) in try groups(n, path + ".all") } ?? []
        let context = try f["context"].map { n throws(RulePackError) in try termList(n, path + ".context") } ?? []
        let exclude = try f["exclude"].map { n throws(RulePackError) in try termList(n, path + ".exclude") } ?? []
        if any.isEmpty && all.isEmpty {
            throw error(.missingKey, f["any"] ?? node, path,
                        "a rule needs words that make a finding: a non-empty 'any' or 'all'")
        }
        let fields = try f["fields"].map { n throws(RulePackError) in try self.fields(n, path + ".fields") } ?? PackRule.Field.allCases
        let window = try f["window"].map { n throws(RulePackError) in try self.window(n, path + ".window") }
        let regions = try f["regions"].map { n throws(RulePackError) in try self.regions(n, path + ".regions") } ?? []
        return PackRule(id: id, severity: severity, legalBasis: legalBasis, reason: reason, any: any, all: all,
                        context: context, exclude: exclude, fields: fields, window: window, regions: regions,
                        path: path, line: node.mark?.line ?? 0)
    }

    /// `vendor.name` with lower-case letters, digits, `-` and `_` (the SDK manifest's rule).
    static func wellFormedID(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { p in
            !p.isEmpty && p.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        }
    }

    private func checkPlaceholders(_ reason: String, _ node: Node, _ path: String) throws(RulePackError) {
        var rest = reason[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw error(.invalidValue, node, path, "'{' without '}' (the only placeholder is {match})")
            }
            let name = String(rest[rest.index(after: open)..<close])
            if name != "match" {
                throw error(.invalidValue, node, path, "unknown placeholder '{\(name)}' (the only placeholder is {match})")
            }
            rest = rest[rest.index(after: close)...]
        }
    }

    // MARK: - Terms

    private mutating func parseLexicons(_ node: Node) throws(RulePackError) {
        guard case .mapping(let m) = node else {
            throw error(.wrongType, node, "lexicons", "expected named lists (name: [words]), found \(describe(node))")
        }
        for (k, v) in m {
            let name = try keyText(k, "lexicons")
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ TextFolding.isWordScalar($0) || $0 == "-" || $0 == "_" }) else {
                throw error(.invalidValue, k, "lexicons.\(name)", "a lexicon name is letters, digits, '-' and '_'")
            }
            lexicons[name] = try termList(v, "lexicons.\(name)")
            lexiconOrder.append(name)
        }
    }

    /// A list of terms; nested lists (YAML aliases of other lists) are flattened, `$name` expands a lexicon.
    private func termList(_ node: Node, _ path: String) throws(RulePackError) -> [Term] {
        guard case .sequence(let seq) = node else {
            throw error(.wrongType, node, path,
                        "expected a list of words or phrases ([a, b] or one '- a' per line), found \(describe(node))")
        }
        var out: [Term] = []
        var seen = Set<[Term.Word]>()
        for (i, item) in seq.enumerated() {
            for t in try terms(item, "\(path)[\(i)]") where seen.insert(t.words).inserted { out.append(t) }
        }
        return out
    }

    /// The terms one list item stands for.
    private func terms(_ item: Node, _ path: String) throws(RulePackError) -> [Term] {
        switch item {
        case .sequence:
            return try termList(item, path)
        case .scalar(let s):
            if item.null != nil { throw error(.wrongType, item, path, "empty entry") }
            let raw = s.string
            if raw.hasPrefix("$") {
                let name = String(raw.dropFirst())
                guard let terms = lexicons[name] else {
                    let known = lexiconOrder.isEmpty ? "; define lexicons under 'lexicons:'" : "; known: " + lexiconOrder.joined(separator: ", ")
                    throw error(.invalidValue, item, path, "no lexicon named '\(name)'" + Suggestion.hint(for: name, in: lexiconOrder) + known)
                }
                return terms
            }
            switch Term.parse(raw) {
            case .success(let t): return [t]
            case .failure(let p): throw error(.invalidValue, item, path, p.message)
            }
        default:
            throw error(.wrongType, item, path, "expected a word or phrase, found \(describe(item))")
        }
    }

    /// `all:` groups: each item is a phrase, a `$lexicon` or a list of alternatives.
    private func groups(_ node: Node, _ path: String) throws(RulePackError) -> [[Term]] {
        guard case .sequence(let seq) = node else {
            throw error(.wrongType, node, path, "expected a list of groups (each a phrase, a $lexicon or a list), found \(describe(node))")
        }
        var out: [[Term]] = []
        for (i, item) in seq.enumerated() {
            let g = try terms(item, "\(path)[\(i)]")
            if g.isEmpty { throw error(.invalidValue, item, "\(path)[\(i)]", "an empty group can never match") }
            out.append(g)
        }
        return out
    }

    // MARK: - Fields, window, regions

    private func fields(_ node: Node, _ path: String) throws(RulePackError) -> [PackRule.Field] {
        let names = PackRule.Field.allCases.map(\.rawValue)
        var out: [PackRule.Field] = []
        for (item, p) in try scalars(node, path) {
            let t = try text(item, p)
            guard let f = PackRule.Field(rawValue: t) else {
                throw error(.invalidValue, item, p, "'\(t)' is not a field; use \(names.joined(separator: " or "))" + Suggestion.hint(for: t, in: names))
            }
            if !out.contains(f) { out.append(f) }
        }
        if out.isEmpty { throw error(.invalidValue, node, path, "no fields: leave the key out to read text and transcript") }
        return out
    }

    private func window(_ node: Node, _ path: String) throws(RulePackError) -> TimeWindow {
        switch node {
        case .scalar:
            let name = try text(node, path)
            if let w = calendar.window(named: name) { return w }
            if let day = LocalDay(iso: name) { return TimeWindow(from: day, to: day) }
            throw error(.invalidValue, node, path,
                        "'\(name)' is not a period of the calendar (\(calendar.periodNames.joined(separator: ", "))) nor a YYYY-MM-DD date"
                            + Suggestion.hint(for: name, in: calendar.periodNames))
        case .mapping:
            let f = try mapping(node, path, allowed: ["from", "to"], what: "a window")
            func day(_ key: String) throws(RulePackError) -> LocalDay? {
                guard let n = f[key] else { return nil }
                let t = try text(n, path + "." + key)
                guard let d = LocalDay(iso: t) else {
                    throw error(.invalidValue, n, path + "." + key, "'\(t)' is not a date (write YYYY-MM-DD, a local day)")
                }
                return d
            }
            let from = try day("from"), to = try day("to")
            if from == nil && to == nil {
                throw error(.missingKey, node, path, "a window needs 'from', 'to' or both")
            }
            if let from, let to, to < from {
                throw error(.invalidValue, f["to"], path + ".to", "'\(to)' is before 'from' \(from)")
            }
            return TimeWindow(from: from, to: to)
        default:
            throw error(.wrongType, node, path,
                        "expected a calendar period (\(calendar.periodNames.joined(separator: ", "))) or {from: YYYY-MM-DD, to: YYYY-MM-DD}, found \(describe(node))")
        }
    }

    private func regions(_ node: Node, _ path: String) throws(RulePackError) -> [Region] {
        var out: [Region] = []
        for (item, p) in try scalars(node, path) {
            let t = try text(item, p)
            guard let r = resolver.resolve(t) else {
                let c = resolver.candidates(for: t)
                let why = c.isEmpty ? "'\(t)' is not a region Jaga knows (a province, kabupaten/kota or Kemendagri code)"
                    : "'\(t)' could be " + c.map { "\($0.name) (\($0.province))" }.joined(separator: " or ") + "; write one of them"
                throw error(.invalidValue, item, p, why)
            }
            if r.candidates.count > 1 {
                let names = r.candidates.map(\.name) + (r.candidates.contains(r.region) ? [] : [r.region.name])
                throw error(.invalidValue, item, p, "'\(t)' is ambiguous: write one of " + names.map { "'\($0)'" }.joined(separator: ", "))
            }
            if !out.contains(r.region) { out.append(r.region) }
        }
        return out
    }

    // MARK: - Node helpers

    /// A mapping's values by key, after checking every key is allowed.
    struct Fields {
        let node: Node
        let path: String
        var values: [String: Node] = [:]

        subscript(_ key: String) -> Node? { values[key] }

        func require(_ key: String, _ p: RulePackParser) throws(RulePackError) -> Node {
            if let v = values[key] { return v }
            throw p.error(.missingKey, node, path, "missing key '\(key)'")
        }
    }

    private func mapping(_ node: Node, _ path: String, allowed: [String], what: String) throws(RulePackError) -> Fields {
        guard case .mapping(let m) = node else {
            throw error(.wrongType, node, path, "expected \(what), found \(describe(node))")
        }
        var f = Fields(node: node, path: path)
        for (k, v) in m {
            let key = try keyText(k, path)
            guard allowed.contains(key) else {
                throw error(.unknownKey, k, path.isEmpty ? key : path + "." + key,
                            "unknown key" + Suggestion.hint(for: key, in: allowed) + "; known keys: " + allowed.joined(separator: ", "))
            }
            f.values[key] = v
        }
        return f
    }

    private func keyText(_ k: Node, _ path: String) throws(RulePackError) -> String {
        guard case .scalar(let s) = k else { throw error(.wrongType, k, path, "a key must be plain text, found \(describe(k))") }
        return s.string
    }

    /// A scalar or a list of scalars, each with its path.
    private func scalars(_ node: Node, _ path: String) throws(RulePackError) -> [(Node, String)] {
        switch node {
        case .scalar: return [(node, path)]
        case .sequence(let seq): return seq.enumerated().map { ($0.element, "\(path)[\($0.offset)]") }
        default: throw error(.wrongType, node, path, "expected text or a list of text, found \(describe(node))")
        }
    }

    /// Non-empty text of a scalar.
    private func text(_ node: Node, _ path: String) throws(RulePackError) -> String {
        guard case .scalar(let s) = node else {
            throw error(.wrongType, node, path, "expected text, found \(describe(node))")
        }
        let t = s.string.trimmingSpaces
        if node.null != nil || t.isEmpty { throw error(.wrongType, node, path, "expected text, found nothing") }
        return t
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): node.null != nil ? "nothing" : "text '\(s.string)'"
        case .mapping: "a mapping (key: value lines)"
        case .sequence: "a list"
        default: "an alias"
        }
    }

    func error(_ kind: RulePackError.Kind, _ node: Node?, _ path: String, _ message: String) -> RulePackError {
        RulePackError(kind: kind, file: file, line: node?.mark?.line, column: node?.mark?.column, path: path, message: message)
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let a = firstIndex(where: { !isSpace($0) }), let b = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[a...b])
    }
}
