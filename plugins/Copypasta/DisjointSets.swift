/// Union-find over `0..<count` with path halving; the root of a set is its smallest element.
///
/// Rooting at the smallest element makes the partition's representatives independent of the
/// order unions happen in.
struct DisjointSets {
    private(set) var parent: [Int32]

    init(count: Int) {
        parent = (0..<count).map { Int32($0) }
    }

    /// The representative of `x`'s set.
    @inline(__always) mutating func find(_ x: Int) -> Int {
        var x = x
        while Int(parent[x]) != x {
            let p = Int(parent[x])
            parent[x] = parent[p]
            x = Int(parent[x])
        }
        return x
    }

    /// Joins the sets of `a` and `b`; returns false when they were already one set.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        if ra == rb { return false }
        if ra < rb { parent[rb] = Int32(ra) } else { parent[ra] = Int32(rb) }
        return true
    }
}
