/// Every term of a pack indexed by its first word, for one pass over a text's words.
///
/// Built once at load time: a dictionary from a first word to the terms starting with it (and one
/// for first words ending in `*`, looked up by the prefixes of each text word of the lengths that
/// occur). Scanning a ``TokenStream`` looks each position's spellings up and checks the
/// following words of multi-word terms, so the cost is one hash lookup per spelling plus the few
/// candidates — not one regular expression per rule per post.
struct TermIndex: Sendable {
    /// The distinct terms, by term number.
    let terms: [Term]
    private let exact: [String: [Int]]
    private let prefixes: [String: [Int]]
    private let prefixLengths: [Int]
    /// True when some term uses `#`, so texts need digit shapes.
    let usesShapes: Bool

    /// One occurrence of a term: its number and the UTF-8 range in the original text.
    struct Hit: Sendable, Hashable {
        var term: Int
        var start: Int
        var end: Int
    }

    init(terms: [Term]) {
        self.terms = terms
        var exact: [String: [Int]] = [:]
        var prefixes: [String: [Int]] = [:]
        var lengths = Set<Int>()
        var shapes = false
        for (n, t) in terms.enumerated() {
            if t.words.contains(where: \.usesDigits) { shapes = true }
            guard let w = t.words.first else { continue }
            if w.isPrefix {
                prefixes[w.text, default: []].append(n)
                lengths.insert(w.text.utf8.count)
            } else {
                exact[w.text, default: []].append(n)
            }
        }
        self.exact = exact
        self.prefixes = prefixes
        self.prefixLengths = lengths.sorted()
        self.usesShapes = shapes
    }

    /// Every occurrence of every term in the stream (at most one per term and start word).
    func scan(_ stream: TokenStream) -> [Hit] {
        var hits: [Hit] = []
        guard stream.count > 0 else { return hits }
        var lastTried = [Int](repeating: -1, count: terms.count)
        for i in 0..<stream.count {
            for form in stream.forms(at: i) {
                consider(form.text, at: i, stream, &lastTried, &hits)
                if let s = form.shape { consider(s, at: i, stream, &lastTried, &hits) }
            }
        }
        return hits
    }

    private func consider(_ key: String, at i: Int, _ stream: TokenStream, _ lastTried: inout [Int], _ hits: inout [Hit]) {
        if let list = exact[key] { tryTerms(list, at: i, stream, &lastTried, &hits) }
        guard !prefixLengths.isEmpty else { return }
        let bytes = key.utf8
        for len in prefixLengths {
            guard len <= bytes.count else { break }
            let p = String(decoding: bytes.prefix(len), as: UTF8.self)
            if let list = prefixes[p] { tryTerms(list, at: i, stream, &lastTried, &hits) }
        }
    }

    private func tryTerms(_ list: [Int], at i: Int, _ stream: TokenStream, _ lastTried: inout [Int], _ hits: inout [Hit]) {
        for n in list where lastTried[n] != i {
            lastTried[n] = i
            if let end = match(terms[n].words, 0, at: i, stream) {
                hits.append(Hit(term: n, start: stream.starts[i], end: stream.ends[end - 1]))
            }
        }
    }

    /// The position after the term's words `k...` matched from word `i`, trying every spelling.
    private func match(_ words: [Term.Word], _ k: Int, at i: Int, _ stream: TokenStream) -> Int? {
        guard i < stream.count else { return nil }
        for form in stream.forms(at: i) where Self.matches(words[k], form) {
            if k == words.count - 1 { return form.next }
            if let end = match(words, k + 1, at: form.next, stream) { return end }
        }
        return nil
    }

    /// True when a term word matches one spelling.
    static func matches(_ w: Term.Word, _ form: TokenStream.Form) -> Bool {
        let s: String
        if w.usesDigits {
            guard let shape = form.shape else { return false }
            s = shape
        } else {
            s = form.text
        }
        return w.isPrefix ? s.utf8.starts(with: w.text.utf8) : s == w.text
    }
}
