internal import Foundation

/// Okapi BM25 ranking over a small corpus of token arrays, for matching posts to known claims.
///
/// Documents and queries are token arrays (use `Normalizer` texts, optionally stemmed and
/// without stopwords). `idf = ln(1 + (N - df + 0.5) / (df + 0.5))`, so every matching term
/// scores above zero. Built once, then read-only and thread-safe.
public struct BM25Index: Sendable {
    /// One ranked document.
    public struct Match: Sendable, Equatable {
        /// The document's index in the corpus.
        public var document: Int
        /// Its BM25 score (higher is better).
        public var score: Double
    }

    /// Term saturation (1.2 by default).
    public let k1: Double
    /// Length normalisation (0.75 by default).
    public let b: Double
    private let termFrequencies: [[String: Int]]
    private let lengths: [Int]
    private let averageLength: Double
    private let documentFrequency: [String: Int]
    private let postings: [String: [Int]]

    /// Indexes `documents` (each a token array).
    public init(documents: [[String]], k1: Double = 1.2, b: Double = 0.75) {
        self.k1 = k1
        self.b = b
        var tfs: [[String: Int]] = []
        var df: [String: Int] = [:]
        var post: [String: [Int]] = [:]
        for (i, doc) in documents.enumerated() {
            var tf: [String: Int] = [:]
            for t in doc { tf[t, default: 0] += 1 }
            for t in tf.keys {
                df[t, default: 0] += 1
                post[t, default: []].append(i)
            }
            tfs.append(tf)
        }
        termFrequencies = tfs
        lengths = documents.map(\.count)
        averageLength = documents.isEmpty ? 0 : Double(lengths.reduce(0, +)) / Double(documents.count)
        documentFrequency = df
        postings = post
    }

    /// The number of documents.
    public var count: Int { lengths.count }

    /// The inverse document frequency of `term` (0 for unknown terms).
    public func idf(_ term: String) -> Double {
        guard let df = documentFrequency[term] else { return 0 }
        let n = Double(count)
        return log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    /// The score of document `document` for `query` (repeated query terms count once).
    public func score(query: [String], document: Int) -> Double {
        guard document >= 0, document < count else { return 0 }
        var total = 0.0
        let len = Double(lengths[document])
        let norm = averageLength > 0 ? k1 * (1 - b + b * len / averageLength) : k1
        for term in Set(query) {
            guard let f = termFrequencies[document][term] else { continue }
            let tf = Double(f)
            total += idf(term) * tf * (k1 + 1) / (tf + norm)
        }
        return total
    }

    /// The documents matching any query term, best first (ties by document index), at most `limit`.
    public func score(query: [String], limit: Int = .max) -> [Match] {
        var candidates = Set<Int>()
        for term in Set(query) { candidates.formUnion(postings[term] ?? []) }
        var matches = candidates.map { Match(document: $0, score: score(query: query, document: $0)) }
        matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
        return Array(matches.prefix(max(0, limit)))
    }
}
