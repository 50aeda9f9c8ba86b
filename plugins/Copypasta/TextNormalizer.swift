import JagaSDK

/// Reduces a post's UTF-8 text to the words that matter for comparing copies, byte by byte.
///
/// The output is the folded words (case, accents and width folded as ``TextFolding`` does)
/// separated by single spaces: URLs (`http://`, `https://`, `www.` up to the next white
/// space) and @mentions are dropped, `#` is dropped but the hashtag's words are kept,
/// punctuation, symbols and emoji separate words, and runs of one repeated ASCII letter or
/// digit shrink to one (`pilihhhh` → `pilih`). No `String` is made per post: one instance
/// per thread keeps a cache of folded non-ASCII scalars.
struct TextNormalizer {
    /// Folded forms of each non-ASCII scalar seen, for scalars below `0x3000`
    /// (index into `entryStarts` plus one; 0 = not yet folded).
    private var small = [Int32](repeating: 0, count: 0x3000)
    /// The same for other scalars (emoji, CJK, ...).
    private var large: [UInt32: Int32] = [:]
    /// Folded forms back to back: empty = ignore the scalar, one space = a separator, else word bytes.
    private var entryBytes: [UInt8] = []
    /// Where each folded form starts in `entryBytes`; one more element marks the end.
    private var entryStarts: [Int] = [0]
    /// The output of the last call (owned memory, reused).
    private let output = OutputBuffer()

    init() {}

    /// The normalised bytes of the last ``normalize(_:)`` call; valid until the next call.
    var normalized: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: output.pointer, count: output.count) }

    /// Normalises `text` into ``normalized``; returns the word count.
    mutating func normalize(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        let n = text.count
        output.reserve(n + 16)
        var out = output.pointer
        var capacity = output.capacity
        var pos = 0
        var words = 0
        var lastASCII: UInt8 = 0x20  // last byte written when it was ASCII, else 0
        var i = 0
        while i < n {
            let b = text[i]
            if b < 0x80 {
                if TextNormalizer.isWordByte(b) {
                    let atWordStart = lastASCII == 0x20
                    if atWordStart, (b | 0x20) == UInt8(ascii: "h") || (b | 0x20) == UInt8(ascii: "w"),
                       let skip = TextNormalizer.urlLength(text, at: i) {
                        i += skip
                        continue
                    }
                    let lower = b &- 0x41 < 26 ? b | 0x20 : b
                    i += 1
                    if lower == lastASCII { continue }
                    if atWordStart { words += 1 }
                    out[pos] = lower
                    pos += 1
                    lastASCII = lower
                } else if b == UInt8(ascii: "@"), i + 1 < n, TextNormalizer.isHandleByte(text[i + 1]) {
                    i += 1
                    while i < n, TextNormalizer.isHandleByte(text[i]) { i += 1 }
                    if lastASCII != 0x20 && pos > 0 { out[pos] = 0x20; pos += 1 }
                    lastASCII = 0x20
                } else {
                    if lastASCII != 0x20 && pos > 0 { out[pos] = 0x20; pos += 1 }
                    lastASCII = 0x20
                    i += 1
                }
                continue
            }
            // A non-ASCII scalar: decode it (invalid bytes separate words).
            guard let (scalar, length) = TextNormalizer.decode(text, at: i) else {
                if lastASCII != 0x20 && pos > 0 { out[pos] = 0x20; pos += 1 }
                lastASCII = 0x20
                i += 1
                continue
            }
            i += length
            let e = entry(for: scalar)
            let lo = entryStarts[e], hi = entryStarts[e + 1]
            if pos + (hi - lo) + (n - i) + 16 > capacity {
                output.count = pos
                output.reserve(2 * capacity + (hi - lo))
                out = output.pointer
                capacity = output.capacity
            }
            for k in lo..<hi {
                let f = entryBytes[k]
                if f == 0x20 {
                    if lastASCII != 0x20 && pos > 0 { out[pos] = 0x20; pos += 1 }
                    lastASCII = 0x20
                } else {
                    if lastASCII == 0x20 { words += 1 }
                    out[pos] = f
                    pos += 1
                    lastASCII = 0
                }
            }
        }
        if pos > 0 && out[pos - 1] == 0x20 { pos -= 1 }
        output.count = pos
        return words
    }

    /// Normalises `text` and copies the result into `out`; returns the word count (for tests).
    mutating func normalize(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Int {
        let words = normalize(text)
        out = Array(normalized)
        return words
    }

    /// The index of the folded form of a non-ASCII scalar, computed once per normaliser.
    private mutating func entry(for u: UInt32) -> Int {
        if u < 0x3000 {
            let e = small[Int(u)]
            if e > 0 { return Int(e) - 1 }
        } else if let e = large[u] {
            return Int(e) - 1
        }
        let bytes = Unicode.Scalar(u).map(TextNormalizer.fold) ?? [0x20]
        entryBytes.append(contentsOf: bytes)
        entryStarts.append(entryBytes.count)
        let index = entryStarts.count - 2
        if u < 0x3000 { small[Int(u)] = Int32(index + 1) } else { large[u] = Int32(index + 1) }
        return index
    }

    /// Folds one scalar with ``TextFolding``: ignorable, a separator, or its word bytes.
    static func fold(_ u: Unicode.Scalar) -> [UInt8] {
        let s = String(Character(u))
        if TextFolding.fold(s).isEmpty { return [] }
        let tokens = TextFolding.tokens(s)
        if tokens.isEmpty { return [0x20] }
        return Array(tokens.joined(separator: " ").utf8)
    }

    /// Decodes the UTF-8 scalar starting at `i`; nil for an invalid sequence.
    @inline(__always) static func decode(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let b0 = UInt32(t[i])
        let n = t.count
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let c = t[i + k]
            return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
        }
        if b0 & 0xE0 == 0xC0 {
            guard let c1 = cont(1) else { return nil }
            let v = (b0 & 0x1F) << 6 | c1
            return v >= 0x80 ? (v, 2) : nil
        }
        if b0 & 0xF0 == 0xE0 {
            guard let c1 = cont(1), let c2 = cont(2) else { return nil }
            let v = (b0 & 0x0F) << 12 | c1 << 6 | c2
            return v >= 0x800 && !(0xD800...0xDFFF).contains(v) ? (v, 3) : nil
        }
        if b0 & 0xF8 == 0xF0 {
            guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return nil }
            let v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            return v >= 0x10000 && v <= 0x10FFFF ? (v, 4) : nil
        }
        return nil
    }

    /// The length of a URL starting at `i` (up to the next white space), or nil when none starts there.
    static func urlLength(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        func has(_ prefix: StaticString) -> Bool {
            let p = prefix.utf8Start
            let len = prefix.utf8CodeUnitCount
            guard i + len <= t.count else { return false }
            for k in 0..<len where (t[i + k] | 0x20) != p[k] { return false }
            return true
        }
        guard has("http://") || has("https://") || has("www.") else { return nil }
        var j = i
        while j < t.count, t[j] != 0x20, t[j] != 0x09, t[j] != 0x0A, t[j] != 0x0D { j += 1 }
        return j - i
    }

    /// True for ASCII letters and digits.
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }

    /// True for bytes of an @handle: ASCII letters, digits, `_` and `.`.
    @inline(__always) static func isHandleByte(_ b: UInt8) -> Bool {
        isWordByte(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
    }
}

/// Memory the normaliser writes into, grown on demand and freed with it.
final class OutputBuffer {
    private(set) var pointer: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// Bytes in use (kept across a growth).
    var count = 0

    init() {
        capacity = 1024
        pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit { pointer.deallocate() }

    /// Makes room for at least `size` bytes, keeping the first `count`.
    func reserve(_ size: Int) {
        guard size > capacity else { return }
        var c = capacity
        while c < size { c *= 2 }
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        p.update(from: pointer, count: count)
        pointer.deallocate()
        pointer = p
        capacity = c
    }
}
