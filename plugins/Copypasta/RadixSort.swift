/// A stable least-significant-digit radix sort of 64-bit keys by their high bits.
enum RadixSort {
    /// Sorts `keys` by bits `lowBit..<64`, keeping the input order among equal high bits.
    ///
    /// `scratch` is resized to the keys' count and used as the other buffer.
    static func sortHighBits(_ keys: inout [UInt64], from lowBit: Int, scratch: inout [UInt64]) {
        let n = keys.count
        guard n > 1 else { return }
        if scratch.count != n { scratch = [UInt64](repeating: 0, count: n) }
        let digitBits = 16
        var counts = [Int](repeating: 0, count: 1 << digitBits)
        var shift = lowBit
        while shift < 64 {
            let bits = min(digitBits, 64 - shift)
            let mask = (UInt64(1) << UInt64(bits)) - 1
            let buckets = 1 << bits
            for i in 0..<buckets { counts[i] = 0 }
            keys.withUnsafeBufferPointer { k in
                scratch.withUnsafeMutableBufferPointer { s in
                    counts.withUnsafeMutableBufferPointer { c in
                        for key in k { c[Int(truncatingIfNeeded: (key >> UInt64(shift)) & mask)] += 1 }
                        var total = 0
                        for i in 0..<buckets { let t = c[i]; c[i] = total; total += t }
                        for key in k {
                            let d = Int(truncatingIfNeeded: (key >> UInt64(shift)) & mask)
                            s[c[d]] = key
                            c[d] += 1
                        }
                    }
                }
            }
            swap(&keys, &scratch)
            shift += bits
        }
    }
}
