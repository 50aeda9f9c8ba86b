/// A `contains` query: a substring, case- and accent-insensitive by default.
///
/// Both needle and text are folded (see `TextFolding`) and compared byte for
/// byte, without word boundaries: `"fajar"` is found in `"FAJARNYA"` and
/// `"fajár"`. Spaces and punctuation in the needle must match exactly.
/// Case-sensitive queries (`contains_cs`) compare the raw UTF-8 bytes.
/// An empty needle (or one that folds to nothing) matches every text.
public struct SubstringQuery: Sendable, Hashable {
    /// The needle as written.
    public let needle: String
    /// True for `contains_cs`: raw bytes, no folding.
    public let caseSensitive: Bool
    /// The bytes searched for: folded needle, or the raw needle when case-sensitive.
    let pattern: [UInt8]
    /// Scanner over raw text: every row when case-sensitive, ASCII rows otherwise;
    /// nil when the folded needle is not ASCII (ASCII text cannot match then) or empty.
    let fast: ByteScanner?
    /// Exact scanner over the folded stream of non-ASCII text (case-insensitive only).
    let stream: ByteScanner?

    /// Prepares `needle`.
    public init(_ needle: String, caseSensitive: Bool = false) {
        self.needle = needle
        self.caseSensitive = caseSensitive
        if caseSensitive {
            pattern = Array(needle.utf8)
            fast = ByteScanner(pattern, mode: .substringExact)
            stream = nil
        } else {
            pattern = Array(TextFolding.fold(needle).utf8)
            fast = pattern.allSatisfy({ $0 < 0x80 }) ? ByteScanner(pattern, mode: .substring) : nil
            stream = ByteScanner(pattern, mode: .substringExact)
        }
    }

    /// True when the needle is empty after folding (it matches everything).
    public var isEmpty: Bool { pattern.isEmpty }

    /// True when every row can take the vectorised path (case-sensitive) or ASCII rows can.
    public var hasFastPath: Bool { fast != nil }

    public static func == (a: SubstringQuery, b: SubstringQuery) -> Bool {
        a.needle == b.needle && a.caseSensitive == b.caseSensitive
    }

    public func hash(into h: inout Hasher) {
        h.combine(needle)
        h.combine(caseSensitive)
    }

    /// True when `text` contains the needle.
    public func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches(utf8: $0) }
    }

    /// True when the UTF-8 bytes contain the needle (invalid UTF-8 is tolerated).
    public func matches(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        var scratch = FoldedStream()
        return matchesRow(text, isASCII: ArenaScan.isASCII(text), scratch: &scratch)
    }

    /// The UTF-8 byte range in `text` of the first match, for highlighting evidence.
    /// A match inside a scalar that folds to several (`ﬁ` → `fi`) covers that whole scalar.
    public func firstMatch(in text: String) -> Range<Int>? {
        var text = text
        return text.withUTF8 { firstMatch(utf8: $0) }
    }

    /// The byte range of the first match in UTF-8 `text` (see `firstMatch(in:)`).
    public func firstMatch(utf8 text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        if pattern.isEmpty { return 0..<0 }
        if caseSensitive || ArenaScan.isASCII(text) { return fast?.find(in: text) }
        guard let stream else { return nil }
        var folded = FoldedStream()
        folded.build(text, form: .folded, trackOffsets: true)
        return folded.bytes.withUnsafeBufferPointer { b -> Range<Int>? in
            guard let m = stream.find(in: b), !m.isEmpty else { return nil }
            return folded.sourceStarts[m.lowerBound]..<folded.sourceEnds[m.upperBound - 1]
        }
    }

    /// Tests one row; `scratch` is reused across rows by scans.
    func matchesRow(_ row: UnsafeBufferPointer<UInt8>, isASCII: Bool, scratch: inout FoldedStream) -> Bool {
        if pattern.isEmpty { return true }
        if caseSensitive || isASCII { return fast?.find(in: row) != nil }
        guard let stream else { return false }
        scratch.build(row, form: .folded)
        return scratch.bytes.withUnsafeBufferPointer { stream.find(in: $0) != nil }
    }
}
