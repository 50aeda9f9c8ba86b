import Testing
@testable import JagaText

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct PropertyTests {
    static let asciiPieces = [
        "serangan", "fajar", "Serangan", "FAJAR", "SeRaNgAn", "fajarnya", "se", "rangan", "serang", "an",
        "fa", "jar", "fajar2", "2", "no", "ss", "x", "gan", "a", "n",
        " ", " ", " ", "  ", "-", ".", "!", "(", ")", "\n", "_", "'", ",", "",
    ]
    static let unicodePieces = ["serangán", "ｆａｊａｒ", "fájar", "😀", "é", "ß", "Ñ", "—", "\u{00A0}", "東京", "ж", "\u{200B}", "✌️"]
    static let phrases = ["serangan fajar", "fajar", "serangan", "an", "fajar2", "ss", "2", "a n", "no 2", "jar fa", "東京", "fájar"]
    static let needles = ["gan fa", "fajar", "an", "ss", "n-f", "a", "jar!", "fájar", "ｊａｒ", "東", " ", "rangan fajar"]

    static func rows(count: Int, seed: UInt64) -> [String] {
        var g = SplitMix(state: seed)
        var rows: [String] = []
        for _ in 0..<count {
            let pieces = Int.random(in: 0...(Bool.random(using: &g) ? 6 : 60), using: &g)
            let unicode = Int.random(in: 0..<4, using: &g) == 0
            var s = ""
            for _ in 0..<pieces {
                if unicode && Int.random(in: 0..<5, using: &g) == 0 {
                    s += unicodePieces.randomElement(using: &g) ?? ""
                } else {
                    s += asciiPieces.randomElement(using: &g) ?? ""
                }
            }
            rows.append(s)
        }
        return rows
    }

    @Test(arguments: [1, 2, 3])
    func scansAgreeWithTheReference(seed: UInt64) {
        let rows = Self.rows(count: 1500, seed: seed)
        let arena = TestArena(rows)
        for phrase in Self.phrases {
            let q = PhraseQuery(phrase)
            let expected = rows.indices.filter { Reference.has(rows[$0], phrase) }.map { Int32($0) }
            #expect(arena.has(q) == expected, "has \(phrase)")
            #expect(arena.has(q, forceSlow: true) == expected, "has \(phrase), Unicode path")
            #expect(arena.has(q, rows: 100..<900) == expected.filter { (100..<900).contains($0) }, "has \(phrase), sub-range")
            let single = rows.indices.filter { q.matches(rows[$0]) }.map { Int32($0) }
            #expect(single == expected, "matches(_:) \(phrase)")
        }
        for needle in Self.needles {
            let q = SubstringQuery(needle)
            let expected = rows.indices.filter { Reference.contains(rows[$0], needle) }.map { Int32($0) }
            #expect(arena.contains(q) == expected, "contains \(needle)")
            #expect(arena.contains(q, forceSlow: true) == expected, "contains \(needle), Unicode path")
            let cs = SubstringQuery(needle, caseSensitive: true)
            let expectedCS = rows.indices.filter { rows[$0].utf8.count >= needle.utf8.count && Array(rows[$0].utf8).firstRange(of: Array(needle.utf8)) != nil }.map { Int32($0) }
            #expect(arena.contains(cs) == expectedCS, "contains_cs \(needle)")
        }
    }

    @Test func invalidUTF8AgreesWithReplacementCharacters() {
        var g = SplitMix(state: 77)
        let junk: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0xC3, 0xA1]]
        var raw: [[UInt8]] = []
        for _ in 0..<600 {
            var row: [UInt8] = []
            for _ in 0..<Int.random(in: 0...25, using: &g) {
                if Int.random(in: 0..<4, using: &g) == 0 {
                    row += junk.randomElement(using: &g) ?? []
                } else {
                    row += Array((Self.asciiPieces.randomElement(using: &g) ?? "").utf8)
                }
            }
            raw.append(row)
        }
        let arena = TestArena(rawRows: raw)
        let texts = raw.map { String(decoding: $0, as: UTF8.self) }
        for phrase in ["serangan fajar", "fajar", "an", "a n"] {
            let expected = texts.indices.filter { Reference.has(texts[$0], phrase) }.map { Int32($0) }
            #expect(arena.has(PhraseQuery(phrase)) == expected, "has \(phrase)")
        }
        for needle in ["gan fa", "fajar", "an", "á"] {
            let expected = texts.indices.filter { Reference.contains(texts[$0], needle) }.map { Int32($0) }
            #expect(arena.contains(SubstringQuery(needle)) == expected, "contains \(needle)")
        }
    }

    @Test func firstMatchPointsAtAMatch() {
        let rows = Self.rows(count: 800, seed: 9)
        for phrase in ["serangan fajar", "fajar", "an"] {
            let q = PhraseQuery(phrase)
            for row in rows {
                guard let r = q.firstMatch(in: row) else { #expect(!q.matches(row)); continue }
                let piece = String(decoding: Array(row.utf8)[r], as: UTF8.self)
                #expect(TextFolding.tokens(piece) == q.tokens, "\(row) -> \(piece)")
            }
        }
        for needle in ["gan fa", "fajar", "ss"] {
            let q = SubstringQuery(needle)
            for row in rows {
                guard let r = q.firstMatch(in: row) else { #expect(!q.matches(row)); continue }
                let piece = String(decoding: Array(row.utf8)[r], as: UTF8.self)
                #expect(Reference.contains(piece, needle), "\(row) -> \(piece)")
            }
        }
    }

    @Test func matchesAreThreadSafe() async {
        let rows = Self.rows(count: 4000, seed: 5)
        let arena = TestArena(rows)
        let q = PhraseQuery("serangan fajar")
        let whole = arena.has(q)
        let halves = await withTaskGroup(of: (Int, [Int32]).self) { group in
            for (i, range) in [0..<2000, 2000..<4000].enumerated() {
                group.addTask { (i, arena.has(q, rows: range)) }
            }
            var parts: [(Int, [Int32])] = []
            for await p in group { parts.append(p) }
            return parts.sorted { $0.0 < $1.0 }.flatMap { $0.1 }
        }
        #expect(halves == whole)
    }
}
