import Dispatch
import Foundation
import JagaSDK

/// The MinHash signatures of the posts long enough to compare, in one flat array.
///
/// Entry `e` stands for store row `rows[e]`, posted at `times[e]`; its 64 slots are
/// `slots[e*64 ..< e*64+64]`. Entries keep the order of the candidates given.
/// Built on all cores; the result does not depend on how the work was split.
struct SignatureTable: Sendable {
    /// Store row of each entry.
    var rows: [Int] = []
    /// Instant (UTC seconds) of each entry.
    var times: [Int64] = []
    /// 64 slots per entry.
    var slots: [UInt16] = []

    /// Number of entries.
    var count: Int { rows.count }

    /// Signs each of `candidates` (store rows) whose normalised text has at least `minWords` words.
    ///
    /// The candidates are read in the order given (row order reads the text arena front to
    /// back); candidate `i` becomes entry number `positions[i]` before the short texts are
    /// dropped (`positions` is a permutation of the candidates' indices; nil: keep the order).
    static func build(_ posts: PostStore, candidates: [Int], positions: [Int]? = nil, minWords: Int,
                      isCancelled: @Sendable () -> Bool) -> SignatureTable {
        let n = candidates.count
        let positions = positions ?? Array(0..<n)
        var rowAt = [Int](repeating: 0, count: n)
        for i in 0..<n { rowAt[positions[i]] = candidates[i] }
        let k = MinHashSigner.slots
        var slots = [UInt16](repeating: 0, count: n * k)
        var keep = [Bool](repeating: false, count: n)
        let chunk = 4096
        let chunks = (n + chunk - 1) / chunk
        slots.withUnsafeMutableBufferPointer { sp in
            keep.withUnsafeMutableBufferPointer { kp in
                posts.text.bytes.withUnsafeBufferPointer { arena in
                  posts.text.ends.withUnsafeBufferPointer { ends in
                    let out = SharedPointers(slots: sp, keep: kp, arena: arena, ends: ends)
                    let next = ChunkCounter()
                    let workers = max(1, min(chunks, SignatureTable.workerCount))
                    DispatchQueue.concurrentPerform(iterations: workers) { _ in
                        var normalizer = TextNormalizer()
                        var mins = [UInt64](repeating: .max, count: k)
                        while true {
                            let c = next.take()
                            if c >= chunks || isCancelled() { return }
                            for i in (c * chunk)..<min(n, (c + 1) * chunk) {
                                let row = candidates[i]
                                let p = positions[i]
                                let lo = row == 0 ? 0 : out.ends[row - 1]
                                let text = UnsafeBufferPointer(rebasing: out.arena[lo..<out.ends[row]])
                                let words = normalizer.normalize(text)
                                guard words >= minWords else { continue }
                                MinHashSigner.sign(normalizer.normalized, into: out.slots.baseAddress.unsafelyUnwrapped + p * k, mins: &mins)
                                out.keep[p] = true
                            }
                        }
                    }
                  }
                }
            }
        }
        // Compact the kept entries in place, preserving order.
        var table = SignatureTable()
        var w = 0
        for i in 0..<n where keep[i] {
            if w != i {
                for s in 0..<k { slots[w * k + s] = slots[i * k + s] }
            }
            table.rows.append(rowAt[i])
            table.times.append(posts.createdSeconds[rowAt[i]])
            w += 1
        }
        slots.removeLast(slots.count - w * k)
        table.slots = slots
        return table
    }

    /// Threads to use: the machine's active processors.
    static var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The estimated similarity of entries `a` and `b`.
    func similarity(_ a: Int, _ b: Int) -> Double {
        slots.withUnsafeBufferPointer { s in
            let base = s.baseAddress.unsafelyUnwrapped
            return MinHashSigner.similarity(base + a * MinHashSigner.slots, base + b * MinHashSigner.slots)
        }
    }
}

/// Buffers shared by the signing threads; each thread writes only its own entries.
private struct SharedPointers: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<UInt16>
    let keep: UnsafeMutableBufferPointer<Bool>
    let arena: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>
}
