import JagaSDK

/// A pack prepared for matching: one term index for all rules, and what each term means to each rule.
struct CompiledPack: Sendable {
    /// How a term is used by a rule.
    enum Role: Sendable, Hashable {
        case any
        case all(group: Int)
        case context
        case exclude
    }

    /// One use of a term: which rule, in which role.
    struct Use: Sendable, Hashable {
        var rule: Int
        var role: Role
    }

    let pack: RulePack
    let index: TermIndex
    /// Uses of each term, by term number.
    let uses: [[Use]]
    /// Whether each rule reads the text field and the transcript field.
    let readsText: [Bool]
    let readsTranscript: [Bool]

    init(_ pack: RulePack) {
        self.pack = pack
        var numbers: [[Term.Word]: Int] = [:]
        var terms: [Term] = []
        var uses: [[Use]] = []
        func add(_ t: Term, _ use: Use) {
            let n: Int
            if let known = numbers[t.words] {
                n = known
            } else {
                n = terms.count
                numbers[t.words] = n
                terms.append(t)
                uses.append([])
            }
            if !uses[n].contains(use) { uses[n].append(use) }
        }
        for (r, rule) in pack.rules.enumerated() {
            for t in rule.any { add(t, Use(rule: r, role: .any)) }
            for (g, group) in rule.all.enumerated() { for t in group { add(t, Use(rule: r, role: .all(group: g))) } }
            for t in rule.context { add(t, Use(rule: r, role: .context)) }
            for t in rule.exclude { add(t, Use(rule: r, role: .exclude)) }
        }
        index = TermIndex(terms: terms)
        self.uses = uses
        readsText = pack.rules.map { $0.fields.contains(.text) }
        readsTranscript = pack.rules.map { $0.fields.contains(.transcript) }
    }
}
