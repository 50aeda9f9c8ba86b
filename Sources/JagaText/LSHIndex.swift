/// Locality-sensitive hashing over MinHash signatures: finds candidate near-duplicates without comparing all pairs.
///
/// A signature is cut into `bands` bands of `rows` values; two items are candidates when
/// some band is identical. Pairs with Jaccard similarity `s` become candidates with
/// probability `1 - (1 - s^rows)^bands` (the threshold is near `(1/bands)^(1/rows)`:
/// 16 bands × 8 rows ≈ 0.7). Signatures need at least `bands * rows` values; extra values are
/// ignored. Results are in insertion order, so they are deterministic.
public struct LSHIndex<ID: Hashable & Sendable>: Sendable {
    /// The number of bands.
    public let bands: Int
    /// The number of signature values per band.
    public let rows: Int
    private var ids: [ID] = []
    private var buckets: [[UInt64: [Int]]]

    /// Makes an empty index of `bands` × `rows`.
    public init(bands: Int = 16, rows: Int = 8) {
        self.bands = max(1, bands)
        self.rows = max(1, rows)
        buckets = Array(repeating: [:], count: self.bands)
    }

    /// The number of items inserted.
    public var count: Int { ids.count }

    private func key(_ signature: [UInt64], band: Int) -> UInt64? {
        let start = band * rows
        guard start + rows <= signature.count else { return nil }
        var h = StableHash.offsetBasis ^ UInt64(band)
        for v in signature[start..<(start + rows)] {
            h = (h ^ v) &* StableHash.prime
            h = StableHash.mix(h)
        }
        return h
    }

    /// Adds an item with its MinHash signature.
    public mutating func insert(_ id: ID, signature: [UInt64]) {
        let index = ids.count
        ids.append(id)
        for b in 0..<bands {
            guard let k = key(signature, band: b) else { continue }
            buckets[b][k, default: []].append(index)
        }
    }

    /// The items sharing at least one band with `signature`, in insertion order.
    public func candidates(for signature: [UInt64]) -> [ID] {
        var found = Set<Int>()
        for b in 0..<bands {
            guard let k = key(signature, band: b), let members = buckets[b][k] else { continue }
            found.formUnion(members)
        }
        return found.sorted().map { ids[$0] }
    }

    /// Every pair of inserted items that share a band, each once, ordered by insertion.
    public func candidatePairs() -> [(ID, ID)] {
        var pairs = Set<UInt64>()
        for b in 0..<bands {
            for members in buckets[b].values where members.count > 1 {
                for x in 0..<members.count {
                    for y in (x + 1)..<members.count {
                        pairs.insert(UInt64(members[x]) << 32 | UInt64(members[y]))
                    }
                }
            }
        }
        return pairs.sorted().map { (ids[Int($0 >> 32)], ids[Int($0 & 0xFFFF_FFFF)]) }
    }
}
