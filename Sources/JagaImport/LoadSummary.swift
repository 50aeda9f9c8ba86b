/// What one load did: counts, bytes, time, rates, and where its rejects went.
public struct LoadSummary: Sendable, CustomStringConvertible {
    /// What was loaded, plural (`posts`, `reports`).
    public var kind: String
    /// The file or folder loaded, as given.
    public var source: String
    /// The format it was read as.
    public var format: ImportFormat
    /// Files read (more than one for a folder of pages).
    public var files: Int = 0
    /// Records added.
    public var loaded: Int = 0
    /// Records rejected.
    public var rejected: Int = 0
    /// Blank lines skipped (JSON Lines and CSV).
    public var blankLines: Int = 0
    /// Bytes read from the input.
    public var bytesRead: Int = 0
    /// Wall time of the load on a monotonic clock.
    public var seconds: Double = 0
    /// The rejects file, when one was written.
    public var rejectsPath: String?
    /// The first few rejects.
    public var firstRejects: [Reject] = []

    public init(kind: String, source: String, format: ImportFormat) {
        self.kind = kind
        self.source = source
        self.format = format
    }

    /// Records loaded per second.
    public var recordsPerSecond: Double { seconds > 0 ? Double(loaded) / seconds : 0 }
    /// Megabytes (10^6 bytes) read per second.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytesRead) / 1e6 / seconds : 0 }

    /// E.g. `loaded 1000000 posts from big.jsonl in 1.12 s (893k posts/s, 384 MB/s); 3 rejected → .jaga/rejects/posts.rejects.jsonl`.
    public var description: String {
        var s = "loaded \(loaded) \(kind) from \(source) in \(LoadSummary.fixed(seconds, seconds < 0.1 ? 3 : 2)) s"
        if seconds > 0 {
            s += " (\(LoadSummary.compact(recordsPerSecond)) \(kind)/s, \(LoadSummary.compact(megabytesPerSecond, plain: true)) MB/s)"
        }
        if blankLines > 0 { s += "; \(blankLines) blank line\(blankLines == 1 ? "" : "s") skipped" }
        if rejected > 0 {
            s += "; \(rejected) rejected"
            if let rejectsPath { s += " → \(rejectsPath)" }
        }
        return s
    }

    /// `x` with `digits` decimals.
    static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return String(x) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let v = Int64((abs(x) * scale).rounded())
        let ip = v / Int64(scale)
        var fp = String(v % Int64(scale))
        while fp.count < digits { fp = "0" + fp }
        return (x < 0 && v != 0 ? "-" : "") + String(ip) + (digits > 0 ? "." + fp : "")
    }

    /// `893k`, `1.2M`, `512` (or plain rounding with one decimal below 10 when `plain`).
    static func compact(_ x: Double, plain: Bool = false) -> String {
        if plain { return x < 10 ? fixed(x, 1) : String(Int64(x.rounded())) }
        if x >= 1e7 { return String(Int64((x / 1e6).rounded())) + "M" }
        if x >= 1e6 { return fixed(x / 1e6, 1) + "M" }
        if x >= 1e4 { return String(Int64((x / 1e3).rounded())) + "k" }
        return String(Int64(x.rounded()))
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
