/// The form a `FoldedStream` is built in.
enum StreamForm {
    /// Folded scalars (`contains`).
    case folded
    /// Folded word scalars, every other scalar as one space per folded scalar (`has`).
    case words
    /// Unfolded word scalars and spaces (`has_cs`).
    case exactWords
}

/// A reusable buffer that turns UTF-8 text into a byte stream the C scanner can search.
///
/// ASCII bytes are copied as they are (the scanner compares ASCII letters
/// case-insensitively where folding asks for it); each non-ASCII scalar is
/// replaced by its form from `FoldCache`. In the word forms, bytes ≥ 0x80 in the
/// stream therefore only ever belong to word characters, which is what the
/// scanner's Unicode word modes assume. Invalid UTF-8 decodes to U+FFFD (a
/// separator) one byte at a time.
///
/// One instance per scan and thread: it owns a growable raw buffer.
final class FoldedStream {
    private var cache = FoldCache()
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes of the stream in `buffer`.
    private(set) var count = 0
    /// Start offset in the source text of each stream byte's scalar (`buildTracked` only).
    private(set) var sourceStarts: [Int] = []
    /// End offset in the source text of each stream byte's scalar (`buildTracked` only).
    private(set) var sourceEnds: [Int] = []

    init() {
        capacity = 1024
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// The stream of the last build.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer, count: count) }

    /// Makes room for `needed` bytes in total, keeping the first `count`.
    private func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        var c = capacity
        while c < needed { c *= 2 }
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        b.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = b
        capacity = c
    }

    /// Replaces the stream with `text` in `form`.
    func build(_ text: UnsafeBufferPointer<UInt8>, form: StreamForm) {
        // A local copy avoids exclusivity checks on the class property in the loop.
        var cache = self.cache
        self.cache = FoldCache()
        defer { self.cache = cache }
        count = 0
        let n = text.count
        reserve(n)
        guard let p = text.baseAddress else { return }
        let raw = UnsafeRawPointer(p)
        var out = buffer
        var o = 0
        var i = 0
        // Invariant: o + (n - i) <= capacity, so an ASCII run always fits.
        while i < n {
            var j = i
            while j &+ 8 <= n && raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                j &+= 8
            }
            while j < n && p[j] < 0x80 { j &+= 1 }
            if j > i {
                (out + o).update(from: p + i, count: j &- i)
                o &+= j &- i
                i = j
                if i >= n { break }
            }
            let (v, length) = FoldedStream.decode(text, at: i)
            let f = cache.fold(v)
            let start: Int32, c: Int32
            switch form {
            case .folded: start = f.foldedStart; c = f.foldedCount
            case .words: start = f.wordsStart; c = f.wordsCount
            case .exactWords: start = f.exactStart; c = f.exactCount
            }
            let needed = o + Int(c) + (n - i)
            if needed > capacity {
                count = o
                reserve(needed)
                out = buffer
            }
            cache.copy(start: start, count: c, to: out + o)
            o &+= Int(c)
            i &+= length
        }
        count = o
    }

    /// Like `build`, and records the source range of every stream byte (slower; for highlighting).
    func buildTracked(_ text: UnsafeBufferPointer<UInt8>, form: StreamForm) {
        var cache = self.cache
        self.cache = FoldCache()
        defer { self.cache = cache }
        var all: [UInt8] = [], starts: [Int] = [], ends: [Int] = []
        let n = text.count
        var i = 0
        while i < n {
            let (v, length) = FoldedStream.decode(text, at: i)
            if v < 0x80 {
                all.append(UInt8(truncatingIfNeeded: v))
                starts.append(i)
                ends.append(i + 1)
            } else {
                let f = cache.fold(v)
                let piece: [UInt8]
                switch form {
                case .folded: piece = cache.slice(start: f.foldedStart, count: f.foldedCount)
                case .words: piece = cache.slice(start: f.wordsStart, count: f.wordsCount)
                case .exactWords: piece = cache.slice(start: f.exactStart, count: f.exactCount)
                }
                all.append(contentsOf: piece)
                starts.append(contentsOf: repeatElement(i, count: piece.count))
                ends.append(contentsOf: repeatElement(i + length, count: piece.count))
            }
            i += length
        }
        sourceStarts = starts
        sourceEnds = ends
        count = 0
        reserve(all.count)
        all.withUnsafeBufferPointer { a in
            if let base = a.baseAddress { buffer.update(from: base, count: a.count) }
        }
        count = all.count
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
