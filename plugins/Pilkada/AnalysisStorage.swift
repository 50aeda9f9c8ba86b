import JagaText

/// The arrays of analyses freed on this thread, kept for the next post's analysis.
///
/// A post's analysis lives until the runner moves to the next post; when it goes, its arrays
/// come here (the analysis's own references go right after, so ours are the only ones) and the
/// next analysis on the thread fills them again with their capacity kept: once a thread has
/// read a few posts, an analysis allocates no arrays of its own. Each thread has its own
/// storage; it keeps the arrays of a few analyses, so it stays small.
final class AnalysisStorage {
    /// The arrays of one freed analysis.
    struct Arrays {
        var tokens: [PostAnalysis.Token]
        var hits: [PostAnalysis.Hit]
        var masks: [UInt64]
        var ballots: [Int]
        var normal: NormalTokenBuffer
    }

    private var kept: [Arrays] = []
    /// Analyses' arrays it keeps at most.
    private static let limit = 4

    private static let perThread = ThreadLocal { AnalysisStorage() }

    /// The calling thread's storage.
    static var current: AnalysisStorage { perThread.value }

    /// Keeps the arrays of an analysis that is being freed.
    func keep(tokens t: [PostAnalysis.Token], hits h: [PostAnalysis.Hit], masks m: [UInt64], ballots b: [Int], normal n: NormalTokenBuffer) {
        if kept.count < Self.limit { kept.append(Arrays(tokens: t, hits: h, masks: m, ballots: b, normal: n)) }
    }

    /// Empty arrays for a new analysis, with the capacity of kept ones where there are any.
    func take(into b: inout PostAnalysisBuilder) {
        guard var a = kept.popLast() else { return }
        a.tokens.removeAll(keepingCapacity: true)
        a.hits.removeAll(keepingCapacity: true)
        a.masks.removeAll(keepingCapacity: true)
        a.ballots.removeAll(keepingCapacity: true)
        a.normal.removeAll()
        // Moved, not copied: the builder's arrays stay the only references.
        swap(&b.tokens, &a.tokens)
        swap(&b.hits, &a.hits)
        swap(&b.sentenceMasks, &a.masks)
        swap(&b.ballots, &a.ballots)
        swap(&b.normal, &a.normal)
    }
}
