/// Finds the nearest word to a misspelt one, for "did you mean" hints.
public enum Suggest {
    /// The candidate with the smallest edit distance when it is close enough (≤ 2, or ≤ 1 for short words).
    public static func nearest(_ word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if let b = best, b.1 <= d { continue }
            best = (c, d)
        }
        guard let (c, d) = best else { return nil }
        let limit = w.count <= 3 ? 1 : 2
        return d <= limit && d > 0 ? c : nil
    }

    /// Levenshtein distance with adjacent transpositions.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev2[j - 2] + 1) }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
