import Foundation

/// A deliberately naive implementation of the matching rules, string-level, for comparison.
enum Reference {
    static func dropped(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// NFKD, drop marks and format characters, case-fold, drop marks again.
    static func fold(_ s: String) -> String {
        let nfkd = s.decomposedStringWithCompatibilityMapping
        let kept = String(String.UnicodeScalarView(nfkd.unicodeScalars.filter { !dropped($0) }))
        let folded = kept.folding(options: [.caseInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !dropped($0) }))
    }

    static func isWord(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func tokens(_ s: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for u in fold(s).unicodeScalars {
            if isWord(u) { cur.append(u) } else if !cur.isEmpty { out.append(String(cur)); cur = .init() }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }

    static func has(_ text: String, _ phrase: String) -> Bool {
        let p = tokens(phrase)
        let t = tokens(text)
        guard !p.isEmpty, t.count >= p.count else { return false }
        for i in 0...(t.count - p.count) where Array(t[i..<(i + p.count)]) == p { return true }
        return false
    }

    static func contains(_ text: String, _ needle: String) -> Bool {
        let n = Array(fold(needle).utf8)
        let t = Array(fold(text).utf8)
        if n.isEmpty { return true }
        guard t.count >= n.count else { return false }
        for i in 0...(t.count - n.count) where Array(t[i..<(i + n.count)]) == n { return true }
        return false
    }
}
