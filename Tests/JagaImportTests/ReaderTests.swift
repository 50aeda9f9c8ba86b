import Foundation
import Testing
@testable import JagaImport

/// A small deterministic random generator (SplitMix64), so failures reproduce.
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

@Suite("Line and CSV readers")
struct ReaderTests {
    @Test("LineReader hands out the same lines and offsets as splitting the file", arguments: [1, 2, 3])
    func lines(seed: UInt64) throws {
        var rng = SplitMix(state: seed)
        var bytes: [UInt8] = []
        var expected: [(String, Int)] = []
        for _ in 0..<400 {
            let n = Int.random(in: 0...(Bool.random(using: &rng) ? 80 : 9000), using: &rng)
            let offset = bytes.count
            let line = (0..<n).map { _ in UInt8.random(in: 0x20...0x7E, using: &rng) }
            bytes += line
            expected.append((String(decoding: line, as: UTF8.self), offset))
            bytes += Bool.random(using: &rng) ? [0x0D, 0x0A] : [0x0A]
        }
        if seed == 2 { bytes.removeLast(); if bytes.last == 0x0D { bytes.removeLast() } }  // no final newline
        let dir = TempDir()
        let file = dir.write("l.txt", bytes: bytes)
        var reader = try LineReader(path: file, chunkBytes: 4096, maxLineBytes: 1 << 20)
        var got: [(String, Int, Int)] = []
        try reader.forEachLine { line, info in
            got.append((String(decoding: line, as: UTF8.self), info.offset, info.number))
            #expect(info.capacity >= line.count + JSONParser.padding)
        }
        #expect(got.count == expected.count)
        for (k, (g, e)) in zip(got, expected).enumerated() {
            #expect(g.0 == e.0 && g.1 == e.1 && g.2 == k + 1, "line \(k + 1)")
        }
        #expect(reader.bytesRead == bytes.count)
    }

    @Test("CSVReader reads back what an RFC 4180 writer wrote, with the line each record starts on", arguments: [7, 8])
    func csv(seed: UInt64) throws {
        var rng = SplitMix(state: seed)
        let pieces = ["a", "b c", ",", "\"", "\n", "\r\n", "é", "🙂", "x,y", "  ", "\"\""]
        var text = ""
        var expected: [([String], Int)] = []
        var line = 1
        for _ in 0..<500 {
            let fields = (0..<3).map { _ in (0..<Int.random(in: 0...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
            if fields.allSatisfy(\.isEmpty) { continue }
            expected.append((fields, line))
            let quoted = fields.map { f -> String in
                let needs = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r") || f.hasPrefix(" ")
                return needs ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
            }
            let record = quoted.joined(separator: ",")
            text += record + (Bool.random(using: &rng) ? "\r\n" : "\n")
            line += record.filter { $0 == "\n" || $0 == "\r\n" }.count + 1
        }
        let dir = TempDir()
        let file = dir.write("f.csv", text)
        var reader = try CSVReader(path: file, chunkBytes: 1024)
        var got: [([String], Int)] = []
        try reader.forEachRecord { r in
            #expect(r.error == nil)
            got.append(((0..<r.count).map { r.string($0) }, r.line))
        }
        #expect(got.count == expected.count)
        for (g, e) in zip(got, expected) {
            #expect(g.0 == e.0, "fields of the record on line \(e.1)")
            #expect(g.1 == e.1)
        }
    }
}
