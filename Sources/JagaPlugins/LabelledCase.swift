import JagaSDK

/// One post of a plugin author's test file, with the rules it should and must not trigger.
///
/// Read by ``LabelledCaseReader``; scored by ``Evaluation``. The two lists never share a
/// rule id (the reader refuses that). A rule in neither list is treated as one the post
/// should not trigger: see ``label(for:)`` and ``Evaluation`` ("closed world per case").
public struct LabelledCase: Sendable, Hashable {
    /// How a case is labelled for one rule.
    public enum Label: String, Sendable, Hashable {
        /// The rule is in `expect`: the post should trigger it.
        case expected = "expect"
        /// The rule is in `expect_not`: the post must not trigger it.
        case expectedNot = "expect_not"
        /// The rule is in neither list; scored as a negative (closed world per case).
        case unlabelled
    }

    /// The post as a detector sees it.
    public var item: ContentItem
    /// Rule ids the post should trigger, in file order without repeats.
    public var expect: [String]
    /// Rule ids the post must not trigger, in file order without repeats.
    public var expectNot: [String]
    /// The 1-based line of the case file the case was read from (0 when built in code).
    public var line: Int

    /// Creates a case; repeated rule ids in either list are dropped.
    public init(item: ContentItem, expect: [String] = [], expectNot: [String] = [], line: Int = 0) {
        self.item = item
        self.expect = LabelledCase.unique(expect)
        self.expectNot = LabelledCase.unique(expectNot)
        self.line = line
    }

    /// The post's id.
    public var id: String { item.id }

    /// Every rule id the case names in either list.
    public var namedRules: Set<String> { Set(expect).union(expectNot) }

    /// How the case is labelled for `rule`.
    public func label(for rule: String) -> Label {
        if expect.contains(rule) { return .expected }
        if expectNot.contains(rule) { return .expectedNot }
        return .unlabelled
    }

    /// The start of the post's text on one line, safe for a terminal, for listings.
    ///
    /// Control characters, escape sequences and bidi overrides are removed, runs of white
    /// space become one space, and text longer than `maxCharacters` is cut with `…`. A post
    /// with empty text shows its transcript, marked `[transcript]`.
    public func snippet(maxCharacters: Int = 120) -> String {
        if item.text.isEmpty, let t = item.transcript, !t.isEmpty {
            return "[transcript] " + LabelledCase.oneLine(t, maxCharacters: maxCharacters)
        }
        return LabelledCase.oneLine(item.text, maxCharacters: maxCharacters)
    }

    /// `s` made terminal-safe, folded to one line with single spaces and cut at `maxCharacters`.
    static func oneLine(_ s: String, maxCharacters: Int) -> String {
        let clean = TerminalSanitizer.sanitize(s)
        var out = ""
        var pendingSpace = false
        for ch in clean {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(ch)
        }
        guard maxCharacters > 0, out.count > maxCharacters else { return out }
        return String(out.prefix(max(1, maxCharacters - 1))) + "…"
    }

    /// The elements of `list` in order, each kept once.
    static func unique(_ list: [String]) -> [String] {
        var seen = Set<String>()
        return list.filter { seen.insert($0).inserted }
    }
}
