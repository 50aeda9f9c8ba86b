/// Makes untrusted text (post bodies, names, file names) safe to print on a terminal.
///
/// Posts are attacker-controlled. Printed raw, they can retitle the window
/// (`ESC ] 0 ; … BEL`), clear the screen (`ESC [ 2 J`), move the cursor to
/// overwrite earlier output, reset the terminal (`ESC c`), or reorder what the
/// moderator sees with bidirectional overrides. `sanitize` removes:
/// - escape sequences: CSI (`ESC [` … final byte), OSC, DCS, SOS, PM and APC
///   strings (up to BEL, `ESC \` or U+009C), and other `ESC` sequences;
/// - C0 controls and DEL; newline and tab are turned into spaces (newlines are kept
///   with `keepNewlines`; `\r\n` and a lone `\r` count as one newline);
/// - C1 controls U+0080–U+009F (U+009B and U+009D start sequences like `ESC [` and `ESC ]`);
/// - bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069;
/// - U+2028/U+2029 line and paragraph separators, treated as newlines.
///
/// An unterminated OSC/DCS/SOS/PM/APC string loses only its introducer, so the
/// rest stays visible to the moderator (and is harmless once the ESC is gone).
/// Text without any of these is returned unchanged, without copying.
public enum TerminalSanitizer {
    /// Returns `s` without control characters, escape sequences and bidi controls.
    ///
    /// - Parameters:
    ///   - s: untrusted text.
    ///   - keepNewlines: keep line breaks as `"\n"` (detail views); otherwise each
    ///     line break becomes one space (table cells).
    public static func sanitize(_ s: String, keepNewlines: Bool = false) -> String {
        var s = s
        return s.withUTF8 { bytes in
            guard let first = firstUnsafeIndex(bytes) else { return nil }
            return clean(bytes, from: first, keepNewlines: keepNewlines)
        } ?? s
    }

    /// True when `s` contains nothing that `sanitize` would change.
    public static func isClean(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { firstUnsafeIndex($0) == nil }
    }

    // MARK: - Scanning

    /// Index of the first byte that starts something to remove or replace, or nil.
    private static func firstUnsafeIndex(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x20 || c == 0x7F { return i }
            if c == 0xC2, i + 1 < n, b[i + 1] >= 0x80, b[i + 1] <= 0x9F { return i }
            if c == 0xE2, i + 2 < n, isBidiOrSeparator(b[i + 1], b[i + 2]) { return i }
            i += 1
        }
        return nil
    }

    /// True for the UTF-8 tails (after E2) of U+202A–U+202E, U+2066–U+2069, U+2028 and U+2029.
    @inline(__always)
    private static func isBidiOrSeparator(_ b1: UInt8, _ b2: UInt8) -> Bool {
        (b1 == 0x80 && b2 >= 0xA8 && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)
    }

    /// The kind of thing that starts at an ESC or a C1 introducer.
    private enum Introducer {
        case csi, string, other
    }

    // MARK: - Cleaning

    /// Copies `b[..<first]` and cleans the rest.
    private static func clean(_ b: UnsafeBufferPointer<UInt8>, from first: Int, keepNewlines: Bool) -> String {
        let n = b.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        out.append(contentsOf: b[0..<first])
        let newline: UInt8 = keepNewlines ? 0x0A : 0x20
        var i = first
        while i < n {
            let c = b[i]
            switch c {
            case 0x0A:
                out.append(newline)
                i += 1
            case 0x0D:
                out.append(newline)
                i += (i + 1 < n && b[i + 1] == 0x0A) ? 2 : 1
            case 0x09:
                out.append(0x20)
                i += 1
            case 0x1B:
                guard i + 1 < n else {
                    i += 1
                    continue
                }
                let next = b[i + 1]
                switch next {
                case UInt8(ascii: "["):
                    i = skipCSI(b, from: i + 2)
                case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
                    i = skipString(b, from: i + 2) ?? (i + 2)
                case 0x20...0x2F:
                    // nF sequence: intermediates, then one final byte.
                    var j = i + 1
                    while j < n, b[j] >= 0x20, b[j] <= 0x2F { j += 1 }
                    if j < n, b[j] >= 0x30, b[j] <= 0x7E { j += 1 }
                    i = j
                case 0x30...0x7E:
                    i += 2  // two-byte sequence: ESC 7, ESC c, ESC D, ...
                default:
                    i += 1  // lone ESC
                }
            case 0xC2 where i + 1 < n && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F:
                let control = b[i + 1]
                switch control {
                case 0x9B:
                    i = skipCSI(b, from: i + 2)
                case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                    i = skipString(b, from: i + 2) ?? (i + 2)
                default:
                    i += 2
                }
            case 0xE2 where i + 2 < n && isBidiOrSeparator(b[i + 1], b[i + 2]):
                if b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { out.append(newline) }
                i += 3
            case 0x00..<0x20, 0x7F:
                i += 1
            default:
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Skips the parameter, intermediate and final bytes of a CSI sequence starting at `start`.
    ///
    /// Stops early (without consuming) at a byte that cannot be part of a CSI, so a
    /// malformed sequence never swallows ordinary text.
    private static func skipCSI(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var j = start
        let n = b.count
        while j < n, b[j] >= 0x30, b[j] <= 0x3F { j += 1 }  // parameters
        while j < n, b[j] >= 0x20, b[j] <= 0x2F { j += 1 }  // intermediates
        if j < n, b[j] >= 0x40, b[j] <= 0x7E { j += 1 }  // final
        return j
    }

    /// Index just past the terminator of an OSC/DCS/SOS/PM/APC string whose payload starts
    /// at `start`, or nil when the string is not terminated.
    ///
    /// Terminators: BEL, `ESC \`, U+009C. Another ESC or C1 introducer ends the string
    /// without being consumed, as terminals abort the string there.
    private static func skipString(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var j = start
        let n = b.count
        while j < n {
            let c = b[j]
            if c == 0x07 { return j + 1 }
            if c == 0x1B { return (j + 1 < n && b[j + 1] == UInt8(ascii: "\\")) ? j + 2 : j }
            if c == 0xC2, j + 1 < n, b[j + 1] >= 0x80, b[j + 1] <= 0x9F { return b[j + 1] == 0x9C ? j + 2 : j }
            j += 1
        }
        return nil
    }
}
