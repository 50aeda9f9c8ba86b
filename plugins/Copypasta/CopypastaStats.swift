/// What one run of ``CopypastaDetector`` did: counts and the time of each phase.
public struct CopypastaStats: Sendable {
    /// Posts long enough to compare, that got a signature.
    public var signed = 0
    /// Signature comparisons of candidate pairs.
    public var comparisons = 0
    /// Exact similarity computations (pairs near the threshold).
    public var exactChecks = 0
    /// Clusters found.
    public var clusters = 0
    /// Findings returned.
    public var findings = 0
    /// Seconds spent per phase, in order.
    public var phases: [(String, Double)] = []

    public init() {}
}
