import JagaSDK

/// "Did you mean" suggestions for misspelt keys and values, by edit distance.
enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if let b = best, d >= b.1 { continue }
            best = (c, d)
        }
        guard let (candidate, d) = best else { return nil }
        let sharedPrefix = zip(w, candidate.lowercased()).prefix { $0 == $1 }.count
        return d <= max(2, candidate.count / 3) || sharedPrefix >= 4 ? candidate : nil
    }

    /// ` (did you mean 'x'?)`, or an empty string.
    static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int { Suggest.distance(a, b) }
}
