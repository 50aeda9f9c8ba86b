/// The folded forms of one Unicode scalar, as UTF-8 bytes in a shared pool.
///
/// A plain value without references, so lookups in a hot loop cost no
/// reference counting. Ranges index the pool of the `FoldCache` that made it.
struct ScalarFold: Sendable {
    /// Case-, accent- and width-folded scalars (`contains`).
    var foldedStart: Int32
    var foldedCount: Int32
    /// Word form of the folded scalars: word scalars as UTF-8, every other
    /// scalar as a space (`has`).
    var wordsStart: Int32
    var wordsCount: Int32
    /// Word form of the scalar itself, unfolded (`has_cs`).
    var exactStart: Int32
    var exactCount: Int32
}

/// The three folded forms of one scalar as byte arrays, before they enter a pool.
struct ScalarFoldBytes: Sendable {
    var folded: [UInt8]
    var words: [UInt8]
    var exact: [UInt8]
}
