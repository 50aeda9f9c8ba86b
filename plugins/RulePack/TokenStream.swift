import JagaSDK

/// The words of one text, folded once, with their UTF-8 ranges in the original and their spellings.
///
/// A word is a run of word scalars (`TextFolding.isWordScalar`); combining marks and invisible
/// format characters inside a word are skipped (so `ser\u{AD}angan` is one word), everything else
/// separates words. Each word is folded with `TextFolding.fold` (ASCII words are lower-cased in
/// place). Besides its folded form a position offers alternative spellings that undo common
/// filter evasions (see indonesian-text.md), each with the position after it:
/// - digits for letters in a word that has both (`s3r4ng4n` → `serangan`, `4mpl0p` → `amplop`);
/// - two words glued by one `.`, `*`, `_`, `-`, `'`, `’`, `·`, `|` or zero-width space (`amp.lop` → `amplop`);
/// - three or more one-character words with one and the same separator between them, joined
///   (`a m p l o p` → `amplop`, `S.E.R.A.N.G.A.N F.A.J.A.R` → `serangan`, `fajar`).
/// A spelling with digits also has a digit shape (`100rb` → `#rb`) for `#` terms.
struct TokenStream {
    /// UTF-8 offset of each word's first byte in the original text.
    private(set) var starts: [Int] = []
    /// UTF-8 offset one past each word's last byte.
    private(set) var ends: [Int] = []
    /// Spellings of all positions, flat; position `i` owns `formStart[i]..<formStart[i + 1]`.
    private(set) var forms: [Form] = []
    private(set) var formStart: [Int] = [0]

    /// One spelling at a position: its folded text, where the next word starts, and its digit shape.
    struct Form {
        var text: String
        var next: Int
        var shape: String?
    }

    /// The number of words.
    var count: Int { starts.count }

    /// The spellings at word `i`.
    func forms(at i: Int) -> ArraySlice<Form> { forms[formStart[i]..<formStart[i + 1]] }

    /// Tokenises `text`; `shapes` asks for digit shapes (only needed when some term uses `#`).
    init(_ text: String, shapes: Bool) {
        var folded: [String] = []
        var singles: [Bool] = []
        /// The single separator scalar after each word, or nil when the gap is not exactly one scalar.
        var separator: [Unicode.Scalar?] = []

        var offset = 0
        var inWord = false
        var wordStart = 0, wordEnd = 0
        var raw: [UInt8] = []
        var ascii = true
        var scalars = 0
        var gapCount = 0
        var gapScalar: Unicode.Scalar?

        func finishWord() {
            starts.append(wordStart)
            ends.append(wordEnd)
            if ascii {
                folded.append(String(decoding: raw.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self))
            } else {
                folded.append(TextFolding.fold(String(decoding: raw, as: UTF8.self)))
            }
            singles.append(scalars == 1)
            raw.removeAll(keepingCapacity: true)
            ascii = true
            scalars = 0
            inWord = false
            gapCount = 0
            gapScalar = nil
        }

        for u in text.unicodeScalars {
            let width = UTF8.width(u)
            defer { offset += width }
            let isWord: Bool
            if u.isASCII {
                let b = UInt8(truncatingIfNeeded: u.value)
                isWord = (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
            } else {
                isWord = TextFolding.isWordScalar(u)
            }
            if isWord {
                if !inWord {
                    if !starts.isEmpty { separator.append(gapCount == 1 ? gapScalar : nil) }
                    inWord = true
                    wordStart = offset
                }
                wordEnd = offset + width
                scalars += 1
                if u.isASCII {
                    raw.append(UInt8(truncatingIfNeeded: u.value))
                } else {
                    ascii = false
                    UTF8.encode(u) { raw.append($0) }
                }
            } else if Self.isIgnorable(u) {
                if inWord { wordEnd = offset + width }
            } else {
                if inWord { finishWord() }
                gapCount += 1
                gapScalar = u
            }
        }
        if inWord { finishWord() }
        separator.append(nil)

        let n = starts.count
        // Runs of one-character words with one repeated one-scalar separator.
        var runEnd = [Int](repeating: -1, count: n)
        var i = 0
        while i < n {
            guard singles[i], let sep = separator[i] else { i += 1; continue }
            var j = i
            while j + 1 < n, singles[j + 1], separator[j] == sep { j += 1 }
            if j - i + 1 >= 3 { runEnd[i] = j + 1 }
            i = j + 1
        }

        forms.reserveCapacity(n + n / 4)
        formStart.reserveCapacity(n + 1)
        for i in 0..<n {
            add(folded[i], next: i + 1, shapes: shapes, deleet: true)
            if let sep = separator[i], Self.isGlue(sep), i + 1 < n {
                add(folded[i] + folded[i + 1], next: i + 2, shapes: shapes, deleet: true)
            }
            if runEnd[i] > 0 {
                add(folded[i..<runEnd[i]].joined(), next: runEnd[i], shapes: shapes, deleet: true)
            }
            formStart.append(forms.count)
        }
    }

    /// Adds a spelling, its digit shape, and its digits-as-letters reading when it mixes both.
    private mutating func add(_ text: String, next: Int, shapes: Bool, deleet: Bool) {
        var hasDigit = false, hasLetter = false
        for b in text.utf8 {
            if b &- 0x30 < 10 { hasDigit = true } else if b &- 0x61 < 26 { hasLetter = true }
        }
        forms.append(Form(text: text, next: next, shape: shapes && hasDigit ? Self.shape(text) : nil))
        if deleet, hasDigit, hasLetter {
            let read = String(decoding: text.utf8.map { Self.leet[Int($0)] }, as: UTF8.self)
            if read != text { forms.append(Form(text: read, next: next, shape: nil)) }
        }
    }

    /// `100rb` → `#rb`: each run of ASCII digits becomes one `#`.
    static func shape(_ text: String) -> String {
        var out: [UInt8] = []
        var inDigits = false
        for b in text.utf8 {
            if b &- 0x30 < 10 {
                if !inDigits { out.append(UInt8(ascii: "#")) }
                inDigits = true
            } else {
                out.append(b)
                inDigits = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Byte map for reading digits as letters: 0→o 1→i 3→e 4→a 5→s 7→t 8→b 9→g (2 and 6 stay).
    private static let leet: [UInt8] = {
        var t = (0...255).map { UInt8($0) }
        for (d, l) in zip("01345789".utf8, "oieastbg".utf8) { t[Int(d)] = l }
        return t
    }()

    /// True for scalars that folding drops: combining marks and invisible format characters
    /// (except the zero-width space, which separates words).
    static func isIgnorable(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII || u == "\u{200B}" { return false }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// Separators that evasions put inside one word (`amp.lop`, `ser-angan`, zero-width space).
    static func isGlue(_ u: Unicode.Scalar) -> Bool {
        switch u {
        case ".", "*", "_", "-", "'", "\u{2019}", "\u{00B7}", "|", "\u{200B}": return true
        default: return false
        }
    }
}
