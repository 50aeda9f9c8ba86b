import JagaText

/// Rows of text laid out like the post store: one UTF-8 arena with end offsets.
struct TestArena {
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var nonASCII: Set<Int> = []

    init(_ rows: [String]) {
        for r in rows { append(Array(r.utf8)) }
    }

    init(rawRows: [[UInt8]]) {
        for r in rawRows { append(r) }
    }

    mutating func append(_ row: [UInt8]) {
        if row.contains(where: { $0 >= 0x80 }) { nonASCII.insert(ends.count) }
        bytes.append(contentsOf: row)
        ends.append(bytes.count)
    }

    func has(_ q: PhraseQuery, rows: Range<Int>? = nil, forceSlow: Bool = false) -> [Int32] {
        bytes.withUnsafeBufferPointer { a in
            ends.withUnsafeBufferPointer { e in
                PhraseScanner.matchingRows(arena: a, ends: e, rows: rows ?? 0..<ends.count,
                                           nonASCII: { forceSlow || nonASCII.contains($0) }, query: q)
            }
        }
    }

    func has(_ q: PhraseQuery, candidates: [Int32]) -> [Int32] {
        bytes.withUnsafeBufferPointer { a in
            ends.withUnsafeBufferPointer { e in
                PhraseScanner.matchingRows(arena: a, ends: e, candidates: candidates,
                                           nonASCII: { nonASCII.contains($0) }, query: q)
            }
        }
    }

    func contains(_ q: SubstringQuery, rows: Range<Int>? = nil, forceSlow: Bool = false) -> [Int32] {
        bytes.withUnsafeBufferPointer { a in
            ends.withUnsafeBufferPointer { e in
                SubstringScanner.matchingRows(arena: a, ends: e, rows: rows ?? 0..<ends.count,
                                              nonASCII: { forceSlow || nonASCII.contains($0) }, query: q)
            }
        }
    }

    func matches(_ r: RegexPattern, rows: Range<Int>? = nil) -> [Int32] {
        bytes.withUnsafeBufferPointer { a in
            ends.withUnsafeBufferPointer { e in
                r.matchingRows(arena: a, ends: e, rows: rows ?? 0..<ends.count)
            }
        }
    }
}
