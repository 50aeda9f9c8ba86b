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
    /// Case-insensitive: the folded needle, for raw ASCII text and `FoldedStream`s
    /// alike. Case-sensitive: the raw needle, for raw text. Nil when empty.
    let scanner: ByteScanner?
    /// True when the (folded) needle is ASCII: only then can ASCII text match.
    let asciiPattern: Bool

    /// Prepares `needle`.
    public init(_ needle: String, caseSensitive: Bool = false) {
        self.needle = needle
        self.caseSensitive = caseSensitive
        pattern = caseSensitive ? Array(needle.utf8) : Array(TextFolding.fold(needle).utf8)
        asciiPattern = pattern.allSatisfy { $0 < 0x80 }
        scanner = ByteScanner(pattern, mode: caseSensitive ? .substringExact : .substring)
    }

    /// True when the needle is empty after folding (it matches everything).
    public var isEmpty: Bool { pattern.isEmpty }

    /// True when ASCII text (all text, when case-sensitive) takes the vectorised path.
    public var hasFastPath: Bool { scanner != nil && (caseSensitive || asciiPattern) }

    /// The scanner for raw arena rows: every row when case-sensitive, else ASCII rows
    /// when they can match at all.
    var fast: ByteScanner? { caseSensitive || asciiPattern ? scanner : nil }

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
        matchesRow(text, isASCII: ArenaScan.isASCII(text), scratch: FoldedStream())
    }

    /// The UTF-8 byte range in `text` of the first match, for highlighting evidence.
    /// A match inside a scalar that folds to several (`ﬁ` → `fi`) covers that whole scalar.
    public func firstMatch(in text: String) -> Range<Int>? {
        var text = text
        return text.withUTF8 { firstMatch(utf8: $0) }
    }

    /// The byte range of the first match in UTF-8 `text` (see `firstMatch(in:)`).
    public func firstMatch(utf8 text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let scanner else { return 0..<0 }
        if caseSensitive { return scanner.find(in: text) }
        if ArenaScan.isASCII(text) { return asciiPattern ? scanner.find(in: text) : nil }
        let folded = FoldedStream()
        folded.buildTracked(text, form: .folded)
        guard let m = scanner.find(in: folded.bytes), !m.isEmpty else { return nil }
        return folded.sourceStarts[m.lowerBound]..<folded.sourceEnds[m.upperBound - 1]
    }

    /// Tests one row; `scratch` is reused across rows by scans.
    func matchesRow(_ row: UnsafeBufferPointer<UInt8>, isASCII: Bool, scratch: FoldedStream) -> Bool {
        guard let scanner else { return true }
        if caseSensitive { return scanner.find(in: row) != nil }
        if isASCII { return asciiPattern && scanner.find(in: row) != nil }
        scratch.build(row, form: .folded)
        return scanner.find(in: scratch.bytes) != nil
    }
}
