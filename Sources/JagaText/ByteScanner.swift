internal import CJagaText

/// A prepared byte pattern for the vectorised C scanner.
///
/// Immutable after creation, so one instance serves any number of threads.
final class ByteScanner: @unchecked Sendable {
    /// How pattern bytes compare with text bytes.
    enum Mode {
        /// Substring; ASCII letters case-insensitive.
        case substring
        /// Substring; bytes exact.
        case substringExact
        /// Word phrase (tokens joined by single spaces); ASCII letters case-insensitive.
        case words
        /// Word phrase; bytes exact.
        case wordsExact
        /// Word phrase over a `FoldedStream` (bytes ≥ 0x80 are word bytes); ASCII letters case-insensitive.
        case wordsUnicode
        /// Word phrase over a `FoldedStream`; bytes exact.
        case wordsUnicodeExact

        var raw: Int32 {
            switch self {
            case .substring: JG_SCAN_SUBSTRING
            case .substringExact: JG_SCAN_SUBSTRING_CS
            case .words: JG_SCAN_WORDS
            case .wordsExact: JG_SCAN_WORDS_CS
            case .wordsUnicode: JG_SCAN_WORDS_UNICODE
            case .wordsUnicodeExact: JG_SCAN_WORDS_UNICODE_CS
            }
        }
    }

    // @unchecked Sendable: the C scanner is read-only after creation.
    private let raw: OpaquePointer

    /// Prepares `pattern`; nil when it is empty or not valid for `mode`.
    init?(_ pattern: [UInt8], mode: Mode) {
        let made = pattern.withUnsafeBufferPointer { jg_scanner_create($0.baseAddress, $0.count, mode.raw) }
        guard let made else { return nil }
        raw = made
    }

    deinit { jg_scanner_free(raw) }

    /// The first match in `text` at or after `from`, as byte offsets.
    func find(in text: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Range<Int>? {
        var start = 0, end = 0
        guard from >= 0, jg_scanner_find(raw, text.baseAddress, text.count, from, &start, &end) == 1 else { return nil }
        return start..<end
    }

    /// Indices of rows in `rows` containing a match, ascending (rows must be valid indices of `ends`).
    func scanRows(arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, rows: Range<Int>) -> [Int32] {
        var hits: [Int32] = []
        var buffer = [Int32](repeating: 0, count: 4096)
        scanRows(arena: arena, ends: ends, rows: rows, into: &hits, buffer: &buffer)
        return hits
    }

    /// Appends the indices of rows in `rows` containing a match to `hits`, using
    /// `buffer` (not empty) as the C side's output chunk.
    func scanRows(arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, rows: Range<Int>,
                  into hits: inout [Int32], buffer: inout [Int32]) {
        guard !rows.isEmpty, !buffer.isEmpty, let endsBase = ends.baseAddress else { return }
        var cursor = jg_scan_cursor()
        while cursor.done == 0 {
            let n = buffer.withUnsafeMutableBufferPointer { out in
                jg_scanner_scan_rows(raw, arena.baseAddress, arena.count, endsBase,
                                     rows.lowerBound, rows.upperBound, &cursor, out.baseAddress, out.count)
            }
            hits.append(contentsOf: buffer[0..<n])
        }
    }
}
