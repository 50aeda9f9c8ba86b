import JagaText

/// The arrays of analyses freed on this thread, kept for the next post's analysis.
///
/// A post's analysis lives until the runner moves to the next post; when it goes, its arrays
/// come here (the analysis's own references go right after, so ours are the only ones) and the
/// next analysis on the thread fills them again with their capacity kept: once a thread has
/// read a few posts, an analysis allocates no arrays of its own. Each thread has its own
/// storage; it keeps a few arrays of each kind, so it stays small.
final class AnalysisStorage {
    private var tokens: [[PostAnalysis.Token]] = []
    private var hits: [[PostAnalysis.Hit]] = []
    private var masks: [[UInt64]] = []
    private var ballots: [[Int]] = []
    private var buffers: [NormalTokenBuffer] = []
    /// Arrays of each kind it keeps at most.
    private static let limit = 4

    private static let perThread = ThreadLocal { AnalysisStorage() }

    /// The calling thread's storage.
    static var current: AnalysisStorage { perThread.value }

    /// Keeps the arrays of an analysis that is being freed.
    func keep(tokens t: [PostAnalysis.Token], hits h: [PostAnalysis.Hit], masks m: [UInt64], ballots b: [Int], normal n: NormalTokenBuffer) {
        if tokens.count < Self.limit { tokens.append(t) }
        if hits.count < Self.limit { hits.append(h) }
        if masks.count < Self.limit { masks.append(m) }
        if ballots.count < Self.limit { ballots.append(b) }
        if buffers.count < Self.limit { buffers.append(n) }
    }

    /// Empty arrays for a new analysis, with the capacity of kept ones where there are any.
    func take(into b: inout PostAnalysisBuilder) {
        if var t = tokens.popLast() { t.removeAll(keepingCapacity: true); b.tokens = t }
        if var h = hits.popLast() { h.removeAll(keepingCapacity: true); b.hits = h }
        if var m = masks.popLast() { m.removeAll(keepingCapacity: true); b.sentenceMasks = m }
        if var x = ballots.popLast() { x.removeAll(keepingCapacity: true); b.ballots = x }
        if var n = buffers.popLast() { n.removeAll(); b.normal = n }
    }
}
