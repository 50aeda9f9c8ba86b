/// One-permutation MinHash of a text's byte 5-grams, densified, with 16-bit slots.
///
/// Each 5-gram of the normalised text is hashed once (splitmix64 with a fixed seed); the top
/// six bits pick one of 64 bins and the rest compete for the bin's minimum. Empty bins borrow
/// the value of a non-empty bin chosen by a fixed probe sequence ("optimal densification",
/// Shrivastava 2017), so two texts agree on a slot with probability close to the Jaccard
/// similarity of their 5-gram sets. A slot keeps the low 16 bits of its minimum.
enum MinHashSigner {
    /// Slots per signature.
    static let slots = 64
    /// Bytes per shingle.
    static let gram = 5
    private static let seed: UInt64 = 0x243F_6A88_85A3_08D3
    private static let probeSeed: UInt64 = 0x1319_8A2E_0370_7344
    private static let valueMask: UInt64 = (1 << 58) - 1

    /// Calls `body` with the hash of every shingle of `text` (one for a text shorter than a shingle).
    @inline(__always) static func forEachShingle(_ text: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        let n = text.count
        guard n > 0 else { return }
        var x: UInt64 = 0
        if n < gram {
            for b in text { x = x << 8 | UInt64(b) }
            body(StableHash.mix(x ^ seed))
            return
        }
        for i in 0..<n {
            x = (x << 8 | UInt64(text[i])) & 0xFF_FFFF_FFFF
            if i >= gram - 1 { body(StableHash.mix(x ^ seed)) }
        }
    }

    /// Writes the 64-slot signature of normalised `text` to `out`; `mins` is scratch of 64 values.
    static func sign(_ text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt16>, mins: inout [UInt64]) {
        for i in 0..<slots { mins[i] = .max }
        var any = false
        mins.withUnsafeMutableBufferPointer { m in
            forEachShingle(text) { h in
                let bin = Int(truncatingIfNeeded: h >> 58)
                let v = h & valueMask
                if v < m[bin] { m[bin] = v }
                any = true
            }
        }
        guard any else {
            for i in 0..<slots { out[i] = 0 }
            return
        }
        for i in 0..<slots {
            var v = mins[i]
            var attempt: UInt64 = 1
            while v == .max {
                let j = Int(truncatingIfNeeded: StableHash.mix(probeSeed ^ UInt64(i) << 32 ^ attempt) >> 58)
                v = mins[j]
                attempt += 1
                if attempt > 4096 { v = mins.first(where: { $0 != .max }) ?? 0 }
            }
            out[i] = UInt16(truncatingIfNeeded: v)
        }
    }

    /// The share of equal slots of two signatures (an estimate of their Jaccard similarity).
    @inline(__always) static func similarity(_ a: UnsafePointer<UInt16>, _ b: UnsafePointer<UInt16>) -> Double {
        // Four slots per 64-bit word: a lane of `x` is non-zero exactly when its top bit ends up set in `y`.
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        let low: UInt64 = 0x7FFF_7FFF_7FFF_7FFF
        var differing = 0
        for w in 0..<(slots / 4) {
            let x = ra.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self) ^ rb.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
            let y = ((x & low) &+ low) | x
            differing &+= (y & ~low).nonzeroBitCount
        }
        return Double(slots &- differing) / Double(slots)
    }

    /// The sorted, distinct shingle hashes of normalised `text` (for exact Jaccard similarity).
    static func shingleSet(_ text: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.count)
        forEachShingle(text) { hashes.append($0) }
        hashes.sort()
        var out: [UInt64] = []
        out.reserveCapacity(hashes.count)
        for h in hashes where out.last != h { out.append(h) }
        return out
    }

    /// The Jaccard similarity of two sorted, distinct hash sets.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(a.count + b.count - common)
    }
}
