/// Finds the rows of a text arena that match a `SubstringQuery` (`contains`, `contains_cs`).
///
/// Same arena layout and contract as `PhraseScanner`: rows flagged non-ASCII
/// are folded and searched one by one, the rest are scanned as raw bytes by the
/// vectorised C scanner. Case-sensitive queries scan every row as raw bytes.
/// Pure and thread-safe.
public enum SubstringScanner {
    /// Indices of rows in `rows` whose text contains `query`'s needle, ascending.
    public static func matchingRows(arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, rows: Range<Int>,
                                    nonASCII: (Int) -> Bool, query: SubstringQuery) -> [Int32] {
        let rows = ArenaScan.clamp(rows, ends: ends)
        if query.isEmpty { return rows.map { Int32(truncatingIfNeeded: $0) } }
        if query.caseSensitive {
            return query.fast?.scanRows(arena: arena, ends: ends, rows: rows) ?? []
        }
        let scratch = FoldedStream()
        return ArenaScan.run(arena: arena, ends: ends, rows: rows, nonASCII: nonASCII, fast: query.fast) { row in
            query.matchesRow(row, isASCII: false, scratch: scratch)
        }
    }

    /// The rows among `candidates` whose text contains the needle, in the given order.
    public static func matchingRows(arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, candidates: [Int32],
                                    nonASCII: (Int) -> Bool, query: SubstringQuery) -> [Int32] {
        let scratch = FoldedStream()
        return ArenaScan.filter(candidates, arena: arena, ends: ends) { r, row in
            query.matchesRow(row, isASCII: !nonASCII(r), scratch: scratch)
        }
    }
}
