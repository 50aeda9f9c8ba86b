import Testing

@testable import JagaText

@Suite("TerminalSanitizer")
struct TerminalSanitizerTests {
    private func clean(_ s: String, keepNewlines: Bool = false) -> String {
        TerminalSanitizer.sanitize(s, keepNewlines: keepNewlines)
    }

    @Test("ordinary text, including non-ASCII and emoji, is unchanged")
    func ordinaryText() {
        let samples = [
            "", "Coblos nomor 2! Jangan lupa tanggal 27 November 🗳️",
            "Sélamat pagi, warga Jakarta — \"hoaks\" [cek fakta] #Pilkada2024 ‎mark", "日本語 العربية עברית",
            "100% valid ~ `code` {json: [1, 2]}",
        ]
        for s in samples {
            #expect(clean(s) == s)
            #expect(clean(s, keepNewlines: true) == s)
            #expect(TerminalSanitizer.isClean(s))
        }
    }

    @Test("OSC window-title and hyperlink sequences are removed")
    func osc() {
        #expect(clean("\u{1B}]0;pwned\u{07}hello") == "hello")
        #expect(clean("a\u{1B}]2;title\u{1B}\\b") == "ab")
        #expect(clean("\u{1B}]8;;http://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\") == "click")
        #expect(clean("\u{1B}]52;c;ZXZpbA==\u{07}copy") == "copy")
        #expect(TerminalSanitizer.isClean("\u{1B}]0;pwned\u{07}") == false)
    }

    @Test("an unterminated OSC loses its introducer but keeps its text visible")
    func unterminatedOSC() {
        #expect(clean("\u{1B}]0;title") == "0;title")
        // An ESC inside the string ends it and is handled as a sequence of its own.
        #expect(clean("\u{1B}]0;t\u{1B}[2Jx") == "x")
    }

    @Test("CSI sequences are removed")
    func csi() {
        #expect(clean("\u{1B}[2J\u{1B}[Hok") == "ok")
        #expect(clean("\u{1B}[31mred\u{1B}[0m") == "red")
        #expect(clean("\u{1B}[?1049h\u{1B}[1;1H\u{1B}[38;5;196mX") == "X")
        #expect(clean("é\u{1B}[31mü") == "éü")
        // A malformed CSI stops at the first byte that cannot belong to it.
        #expect(clean("\u{1B}[12\u{01}abc") == "abc")
        #expect(clean("\u{1B}[") == "")
    }

    @Test("C1 controls are removed, and C1 CSI/OSC introducers take their sequences with them")
    func c1() {
        #expect(clean("\u{9B}31mred") == "red")
        #expect(clean("\u{9D}0;t\u{9C}x") == "x")
        #expect(clean("\u{9D}0;t\u{07}x") == "x")
        #expect(clean("a\u{85}b\u{80}c\u{9F}") == "abc")
        #expect(clean("a\u{90}q\u{1B}\\b") == "ab")
    }

    @Test("other escape sequences and lone ESCs are removed")
    func otherEscapes() {
        #expect(clean("\u{1B}cX") == "X")
        #expect(clean("\u{1B}(Bx") == "x")
        #expect(clean("\u{1B}#8y") == "y")
        #expect(clean("\u{1B}7a\u{1B}8") == "a")
        #expect(clean("x\u{1B}") == "x")
        #expect(clean("x\u{1B}\u{1B}[0my") == "xy")
        #expect(clean("\u{1B}é") == "é")
        #expect(clean("\u{1B}P1$r\u{1B}\\z") == "z")
        #expect(clean("\u{1B}_apc\u{07}z") == "z")
    }

    @Test("C0 controls and DEL are removed; tabs become spaces")
    func c0() {
        #expect(clean("ab\u{08}\u{08}cd") == "abcd")
        #expect(clean("a\u{00}b\u{07}c\u{7F}d") == "abcd")
        #expect(clean("a\tb") == "a b")
        #expect(clean("safe\u{0B}\u{0C}text") == "safetext")
    }

    @Test("line breaks become spaces, or newlines when kept")
    func newlines() {
        #expect(clean("a\nb") == "a b")
        #expect(clean("a\nb", keepNewlines: true) == "a\nb")
        #expect(clean("a\r\nb") == "a b")
        #expect(clean("a\r\nb", keepNewlines: true) == "a\nb")
        // A carriage return could overwrite the start of the line; it becomes a break.
        #expect(clean("safe\rEVIL") == "safe EVIL")
        #expect(clean("a\u{2028}b", keepNewlines: true) == "a\nb")
        #expect(clean("a\u{2029}b") == "a b")
    }

    @Test("bidi overrides and isolates are removed, ordinary marks kept")
    func bidi() {
        #expect(clean("invoice\u{202E}fdp.exe") == "invoicefdp.exe")
        for scalar in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let s = "a" + String(String.UnicodeScalarView([Unicode.Scalar(UInt16(scalar))].compactMap { $0 })) + "b"
            #expect(s.unicodeScalars.count == 3)
            #expect(clean(s) == "ab")
        }
        // Neighbouring characters in the same block are untouched.
        for scalar in [0x2027, 0x202F, 0x2065, 0x206A, 0x200E, 0x200F] {
            let s = "a" + String(String.UnicodeScalarView([Unicode.Scalar(UInt16(scalar))].compactMap { $0 })) + "b"
            #expect(s.unicodeScalars.count == 3)
            #expect(clean(s) == s)
        }
    }

    @Test("no output ever contains an escape, control, C1 or bidi character")
    func randomisedHostileInput() {
        let pieces = [
            "\u{1B}", "[", "]", "0;", "\u{07}", "\\", "\u{9B}", "\u{9D}", "\u{9C}", "\u{85}", "\u{202E}", "\u{2066}",
            "\n", "\r", "\t", "\u{00}", "\u{7F}", "m", "2J", "é", "😀", "a", " ", "P", "_", "(", "#", "\u{2028}",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<2000 {
            var s = ""
            for _ in 0..<(next() % 24) { s += pieces[next() % pieces.count] }
            for keep in [false, true] {
                let out = clean(s, keepNewlines: keep)
                let bad = out.unicodeScalars.filter { scalar in
                    let v = scalar.value
                    if v == 0x0A { return !keep }
                    return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                        || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
                }
                #expect(bad.isEmpty, "input \(s.debugDescription) gave \(out.debugDescription)")
                #expect(TerminalSanitizer.isClean(out) || (keep && out.contains("\n")))
                #expect(clean(out, keepNewlines: keep) == out)
            }
        }
    }
}
