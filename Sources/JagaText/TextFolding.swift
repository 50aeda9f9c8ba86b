internal import Foundation

/// Case-, accent- and width-insensitive folding of text, and its words.
///
/// Folding one scalar: compatibility decomposition (NFKD: full-width `Ｓ` → `S`,
/// `ﬁ` → `fi`, `𝐬` → `s`, `é` → `e` + U+0301), then removal of combining marks
/// (Mn, Me) and invisible format characters (Cf: zero-width spaces and joiners,
/// soft hyphens, bidi controls), then Unicode case folding (`ß` → `ss`), plus a
/// few stroked letters without a decomposition (`ł` → `l`, `ø` → `o`).
/// Folding a string folds each scalar, so every folded byte comes from exactly
/// one original scalar and matches can be mapped back to the original text.
///
/// A word character is a scalar that is alphabetic or numeric; everything else
/// (spaces, punctuation, symbols, emoji) separates words. In ASCII that is
/// `[A-Za-z0-9]`: underscores and apostrophes separate words.
public enum TextFolding {
    /// Returns `s` folded: lowercase, without diacritics, with width and compatibility forms unified.
    public static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            if u.isASCII {
                out.append(asciiLower(UInt8(truncatingIfNeeded: u.value)))
            } else {
                out.append(contentsOf: FoldTable.shared.bytes(for: u).folded)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Returns the folded words of `s` in order (`"Serangan-FAJAR!"` → `["serangan", "fajar"]`).
    public static func tokens(_ s: String) -> [String] {
        splitWords(s, exact: false)
    }

    /// Returns the words of `s` without folding (for case-sensitive phrases).
    static func exactTokens(_ s: String) -> [String] {
        splitWords(s, exact: true)
    }

    /// True when `u` is a word character: alphabetic or numeric.
    public static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII { return isASCIIWordByte(UInt8(truncatingIfNeeded: u.value)) }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    /// Splits the word form of `s` on its separators.
    private static func splitWords(_ s: String, exact: Bool) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func push(_ b: UInt8) {
            if b == 0x20 {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll() }
            } else {
                current.append(b)
            }
        }
        for u in s.unicodeScalars {
            if u.isASCII {
                let b = UInt8(truncatingIfNeeded: u.value)
                push(isASCIIWordByte(b) ? (exact ? b : asciiLower(b)) : 0x20)
            } else {
                let f = FoldTable.shared.bytes(for: u)
                for b in exact ? f.exact : f.words { push(b) }
            }
        }
        push(0x20)
        return words
    }

    // MARK: - Per-scalar folding (uncached; FoldTable caches it)

    /// Stroked and ligature letters that have no Unicode decomposition.
    private static let extraFolds: [UInt32: String] = [
        0x00F8: "o", 0x0142: "l", 0x0111: "d", 0x0127: "h", 0x0131: "i", 0x0167: "t",
        0x0180: "b", 0x0268: "i", 0x0289: "u", 0x00E6: "ae", 0x0153: "oe", 0x00F0: "d",
        0x00FE: "th", 0x0138: "k", 0x0140: "l",
    ]

    /// True for scalars folding removes: combining marks and invisible format characters.
    static func isIgnorable(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// Computes the three forms of one scalar (slow: goes through Foundation).
    static func computeFold(_ u: Unicode.Scalar) -> ScalarFoldBytes {
        if u.isASCII {
            let b = UInt8(truncatingIfNeeded: u.value)
            let word = isASCIIWordByte(b)
            return ScalarFoldBytes(folded: [asciiLower(b)], words: [word ? asciiLower(b) : 0x20], exact: [word ? b : 0x20])
        }
        // Unfolded word form: marks stay inside words, format characters vanish.
        let exact: [UInt8]
        switch u.properties.generalCategory {
        case .format: exact = []
        case .nonspacingMark, .spacingMark, .enclosingMark: exact = Array(String(u).utf8)
        default: exact = isWordScalar(u) ? Array(String(u).utf8) : [0x20]
        }
        // NFKD, drop marks, case-fold, map stroked letters, drop marks again.
        var kept = String.UnicodeScalarView()
        for s in String(u).decomposedStringWithCompatibilityMapping.unicodeScalars where !isIgnorable(s) {
            kept.append(s)
        }
        let caseFolded = String(kept).folding(options: [.caseInsensitive], locale: nil)
        var folded: [UInt8] = []
        var words: [UInt8] = []
        for s in caseFolded.unicodeScalars where !isIgnorable(s) {
            let piece = extraFolds[s.value] ?? String(s)
            for t in piece.unicodeScalars {
                let bytes = t.isASCII ? [asciiLower(UInt8(truncatingIfNeeded: t.value))] : Array(String(t).utf8)
                folded.append(contentsOf: bytes)
                if isWordScalar(t) { words.append(contentsOf: bytes) } else { words.append(0x20) }
            }
        }
        return ScalarFoldBytes(folded: folded, words: words, exact: exact)
    }

    @inline(__always) static func asciiLower(_ b: UInt8) -> UInt8 {
        b &- 0x41 < 26 ? b | 0x20 : b
    }

    @inline(__always) static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }
}
