/// Approximate terminal column widths of text: wide East Asian characters and emoji take two.
public enum TextWidth {
    /// The number of terminal columns `s` occupies.
    public static func of(_ s: String) -> Int {
        var w = 0
        for u in s.unicodeScalars { w += width(u) }
        return w
    }

    /// The longest prefix of `s` that fits in `width` columns.
    public static func prefix(_ s: String, width: Int) -> String {
        var w = 0
        var out = ""
        for ch in s {
            let cw = ch.unicodeScalars.reduce(0) { $0 + TextWidth.width($1) }
            if w + cw > width { break }
            w += cw
            out.append(ch)
        }
        return out
    }

    static func width(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x300 { return 1 }
        // Combining marks, zero-width joiners and variation selectors take no column.
        if (0x300...0x36F).contains(v) || v == 0x200D || v == 0x200B || (0xFE00...0xFE0F).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }
}
