/// The form a `FoldedStream` is built in.
enum StreamForm {
    /// Folded scalars, byte for byte (`contains`).
    case folded
    /// Folded words separated by single spaces, with a space at each end (`has`).
    case words
    /// Unfolded words separated by single spaces, with a space at each end (`has_cs`).
    case exactWords
}

/// A reusable buffer that turns UTF-8 text into a folded byte stream.
///
/// In the word forms every run of separators becomes one space and the stream
/// starts and ends with a space, so a phrase `a b` occurs at word boundaries
/// exactly when the stream contains ` a b `. Invalid UTF-8 decodes to U+FFFD
/// (a separator) one byte at a time. Optionally records, for each stream byte,
/// the UTF-8 range of the scalar it came from.
struct FoldedStream {
    private var cache = FoldCache()
    /// The stream of the last `build` call.
    private(set) var bytes: [UInt8] = []
    /// Start offset in the source text of each stream byte's scalar (when tracked).
    private(set) var sourceStarts: [Int] = []
    /// End offset in the source text of each stream byte's scalar (when tracked).
    private(set) var sourceEnds: [Int] = []

    /// Replaces the stream with `text` in `form`.
    mutating func build(_ text: UnsafeBufferPointer<UInt8>, form: StreamForm, trackOffsets: Bool = false) {
        // Work on locals (moved out of self, so still uniquely referenced) to keep the loop tight.
        var out = bytes, starts = sourceStarts, ends = sourceEnds, cache = self.cache
        bytes = []; sourceStarts = []; sourceEnds = []; self.cache = FoldCache()
        defer { bytes = out; sourceStarts = starts; sourceEnds = ends; self.cache = cache }
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(text.count + 2)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        let words = form != .folded
        let lowered = form != .exactWords
        var lastWasSeparator = true
        // Appends one byte of the form, collapsing separators in the word forms.
        @inline(__always) func emit(_ c: UInt8, _ from: Int, _ to: Int) {
            if words {
                if c == 0x20 {
                    if lastWasSeparator { return }
                    lastWasSeparator = true
                } else {
                    lastWasSeparator = false
                }
            }
            out.append(c)
            if trackOffsets { starts.append(from); ends.append(to) }
        }
        if words { emit(0x20, 0, 0); lastWasSeparator = true }
        let n = text.count
        var i = 0
        while i < n {
            let b = text[i]
            if b < 0x80 {
                if words {
                    emit(TextFolding.isASCIIWordByte(b) ? (lowered ? TextFolding.asciiLower(b) : b) : 0x20, i, i + 1)
                } else {
                    emit(TextFolding.asciiLower(b), i, i + 1)
                }
                i += 1
                continue
            }
            let (v, length) = FoldedStream.decode(text, at: i)
            let f = cache.fold(v)
            let start: Int32, count: Int32
            switch form {
            case .folded: start = f.foldedStart; count = f.foldedCount
            case .words: start = f.wordsStart; count = f.wordsCount
            case .exactWords: start = f.exactStart; count = f.exactCount
            }
            var k = Int(start)
            let stop = k + Int(count)
            while k < stop {
                emit(cache.pool[k], i, i + length)
                k += 1
            }
            i += length
        }
        if words && !lastWasSeparator { emit(0x20, n, n) }
    }

    /// Decodes the scalar at `i` (which must be < text.count): its value and byte length.
    /// Malformed or truncated sequences give U+FFFD with length 1.
    @inline(__always) static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let n = p.count
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xC2 { return (0xFFFD, 1) }
        @inline(__always) func cont(_ j: Int) -> UInt32? {
            guard j < n, p[j] & 0xC0 == 0x80 else { return nil }
            return UInt32(p[j] & 0x3F)
        }
        if b0 < 0xE0 {
            guard let c1 = cont(i + 1) else { return (0xFFFD, 1) }
            return ((b0 & 0x1F) << 6 | c1, 2)
        }
        if b0 < 0xF0 {
            guard let c1 = cont(i + 1), let c2 = cont(i + 2) else { return (0xFFFD, 1) }
            let v = (b0 & 0x0F) << 12 | c1 << 6 | c2
            if v < 0x800 || (0xD800...0xDFFF).contains(v) { return (0xFFFD, 1) }
            return (v, 3)
        }
        if b0 < 0xF5 {
            guard let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) else { return (0xFFFD, 1) }
            let v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if v < 0x10000 || v > 0x10FFFF { return (0xFFFD, 1) }
            return (v, 4)
        }
        return (0xFFFD, 1)
    }
}
