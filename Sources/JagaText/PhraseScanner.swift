/// Finds the rows of a text arena that match a `PhraseQuery` (`has`).
///
/// The arena is one UTF-8 buffer; row `i` spans `ends[i-1]..<ends[i]` (row 0
/// starts at 0). Rows the caller flags as non-ASCII go through the Unicode path
/// (folded per row); all other rows are scanned as raw bytes by the vectorised
/// C scanner in one pass, so `nonASCII` must be true for every row that holds a
/// byte ≥ 0x80. Pure and thread-safe: split `rows` across threads and concatenate.
public enum PhraseScanner {
    /// Indices of rows in `rows` whose text matches `query`, ascending.
    /// Rows outside `ends` are ignored; offsets beyond the arena are clamped.
    public static func matchingRows(arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, rows: Range<Int>,
                                    nonASCII: (Int) -> Bool, query: PhraseQuery) -> [Int32] {
        guard !query.isEmpty else { return [] }
        let scratch = FoldedStream()
        return ArenaScan.run(arena: arena, ends: ends, rows: rows, nonASCII: nonASCII, fast: query.fast) { row in
            query.matchesRow(row, isASCII: false, scratch: scratch)
        }
    }

    /// The rows among `candidates` whose text matches `query`, in the given order
    /// (for filtering an earlier result; indices outside `ends` are dropped).
    public static func matchingRows(arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, candidates: [Int32],
                                    nonASCII: (Int) -> Bool, query: PhraseQuery) -> [Int32] {
        guard !query.isEmpty else { return [] }
        let scratch = FoldedStream()
        return ArenaScan.filter(candidates, arena: arena, ends: ends) { r, row in
            query.matchesRow(row, isASCII: !nonASCII(r), scratch: scratch)
        }
    }
}
