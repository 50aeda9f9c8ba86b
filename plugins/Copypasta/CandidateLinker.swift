import Dispatch
import Foundation

/// Joins near-identical signatures into sets with LSH banding and a similarity check.
///
/// Entries are numbered in time order. The 64 slots form 16 bands of 4 slots. For each band,
/// every entry gets the key `hash(band) | entry` (entry number in the low bits), and the keys
/// are radix-sorted so entries sharing a band lie next to each other in time order. Each entry
/// is compared with up to ``lookBack`` earlier entries of its run (nearest first) that are at
/// most `window` seconds older, until one is already in its set or is similar enough: an
/// estimated similarity ≥ threshold + ``margin`` (or equal signatures) joins at once, below
/// threshold − margin never joins, and in between the exact Jaccard similarity of the two
/// texts' 5-gram sets decides (such pairs of one band are collected, computed on all
/// cores, then joined in their collected order). Keys of two bands are built and sorted at a
/// time, one per core; the joining is sequential, so the result does not depend on thread timing.
struct CandidateLinker {
    /// Bands and slots per band (16 × 4 = 64 slots).
    static let bands = 16
    static let rowsPerBand = 4
    /// Earlier entries of the same run compared with each entry.
    static let lookBack = 3
    /// Half-width of the band around the threshold where the exact similarity is computed.
    static let margin = 0.1

    /// Minimum similarity for two texts to be joined.
    var threshold: Double
    /// Largest time between two posts that are joined directly, in seconds.
    var window: Int64
    /// Number of exact similarity computations done (for measurements).
    private(set) var exactChecks = 0
    /// Number of signature comparisons done (for measurements).
    private(set) var comparisons = 0
    /// Pairs (later entry << 32 | earlier entry) whose exact similarity was below the threshold,
    /// so that other bands do not compute them again.
    private var rejected = Set<UInt64>()
    /// Seconds spent building and sorting band keys, walking runs, and computing exact similarities.
    private(set) var seconds = (sort: 0.0, join: 0.0, exact: 0.0)

    init(threshold: Double, window: Int64) {
        self.threshold = threshold
        self.window = window
    }

    /// Partitions the table's entries into sets of near-identical texts posted close in time.
    ///
    /// `exact(pairs)` returns, for each pair of entries, whether their exact Jaccard similarity
    /// reaches the threshold.
    mutating func link(_ table: SignatureTable, exact: ([(Int32, Int32)]) -> [Bool], isCancelled: @Sendable () -> Bool) -> DisjointSets {
        let n = table.count
        var sets = DisjointSets(count: n)
        guard n > 1 else { return sets }
        var indexBits = 1
        while (1 << indexBits) < n { indexBits += 1 }
        let hashMask = ~((UInt64(1) << UInt64(indexBits)) - 1)
        let workers = max(1, min(CandidateLinker.bands, SignatureTable.workerCount))
        var band = 0
        while band < CandidateLinker.bands {
            if isCancelled() { return sets }
            let batch = min(workers, CandidateLinker.bands - band)
            let t0 = ContinuousClock.now
            let sorted = CandidateLinker.sortedKeys(table, bands: band..<(band + batch), indexBits: indexBits)
            seconds.sort += (ContinuousClock.now - t0) / .seconds(1)
            for (keys, times) in sorted {
                join(keys, times: times, hashMask: hashMask, table: table, sets: &sets, exact: exact)
            }
            band += batch
        }
        return sets
    }

    /// Walks the runs of equal band hashes and joins similar neighbours.
    ///
    /// `times[i]` is the instant of the entry of `keys[i]` (gathered beforehand, in parallel).
    private mutating func join(_ keys: [UInt64], times: [Int64], hashMask: UInt64, table: SignatureTable, sets: inout DisjointSets, exact: ([(Int32, Int32)]) -> [Bool]) {
        let lookBack = CandidateLinker.lookBack
        let accept = threshold + CandidateLinker.margin
        let reject = threshold - CandidateLinker.margin
        let t0 = ContinuousClock.now
        defer { seconds.join += (ContinuousClock.now - t0) / .seconds(1) }
        var runStart = 0
        var pending: [(Int32, Int32)] = []
        let window = self.window
        table.slots.withUnsafeBufferPointer { s in
          times.withUnsafeBufferPointer { times in
            let base = s.baseAddress.unsafelyUnwrapped
            for i in 0..<keys.count {
                if i > 0 && (keys[i] ^ keys[i - 1]) & hashMask != 0 { runStart = i }
                if i == runStart { continue }
                let a = Int(truncatingIfNeeded: keys[i] & ~hashMask)
                let ta = times[i]
                var j = i - 1
                while j >= max(runStart, i - lookBack) {
                    let b = Int(truncatingIfNeeded: keys[j] & ~hashMask)
                    let tb = times[j]
                    j -= 1
                    if ta - tb > window { break }
                    if sets.find(a) == sets.find(b) { break }
                    comparisons += 1
                    let est = MinHashSigner.similarity(base + a * MinHashSigner.slots, base + b * MinHashSigner.slots)
                    if est >= accept || est == 1 {
                        sets.union(a, b)
                        break
                    }
                    if est >= reject, !rejected.contains(UInt64(a) << 32 | UInt64(b)) {
                        pending.append((Int32(a), Int32(b)))
                    }
                }
            }
          }
        }
        guard !pending.isEmpty else { return }
        exactChecks += pending.count
        let t1 = ContinuousClock.now
        let similar = exact(pending)
        seconds.exact += (ContinuousClock.now - t1) / .seconds(1)
        for (k, pair) in pending.enumerated() {
            if similar[k] {
                sets.union(Int(pair.0), Int(pair.1))
            } else {
                rejected.insert(UInt64(pair.0) << 32 | UInt64(pair.1))
            }
        }
    }

    /// The radix-sorted band keys of `bands` with their entries' instants, built one band per thread.
    static func sortedKeys(_ table: SignatureTable, bands: Range<Int>, indexBits: Int) -> [([UInt64], [Int64])] {
        let n = table.count
        let results = KeyBox(count: bands.count)
        DispatchQueue.concurrentPerform(iterations: bands.count) { k in
            let band = bands.lowerBound + k
            let seed = StableHash.mix(0xB7E1_5162_8AED_2A6B &+ UInt64(band))
            var keys = [UInt64](repeating: 0, count: n)
            table.slots.withUnsafeBufferPointer { s in
                let raw = UnsafeRawPointer(s.baseAddress.unsafelyUnwrapped)
                for e in 0..<n {
                    let offset = (e * MinHashSigner.slots + band * CandidateLinker.rowsPerBand) * 2
                    let v = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    keys[e] = (StableHash.mix(v ^ seed) << UInt64(indexBits)) | UInt64(e)
                }
            }
            var scratch: [UInt64] = []
            RadixSort.sortHighBits(&keys, from: indexBits, scratch: &scratch)
            let mask = (UInt64(1) << UInt64(indexBits)) - 1
            let times = table.times.withUnsafeBufferPointer { t in
                keys.map { t[Int(truncatingIfNeeded: $0 & mask)] }
            }
            results.set(k, (keys, times))
        }
        return results.values
    }
}

/// Per-band results written by the sorting threads (each slot by one thread).
private final class KeyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [([UInt64], [Int64])]

    init(count: Int) { storage = Array(repeating: ([], []), count: count) }

    func set(_ i: Int, _ value: ([UInt64], [Int64])) { lock.withLock { storage[i] = value } }

    var values: [([UInt64], [Int64])] { lock.withLock { storage } }
}
