import Foundation
import Testing
@testable import JagaText

/// The normaliser's memo must not change a single token: every labelled text of the eval sets
/// and a list of odd spellings, read twice (the second time from the memo), against a
/// normaliser that remembers nothing.
@Suite struct NormalizerMemoTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func texts() throws -> [String] {
        var out = ["#TolakPolitikUang #tolakpolitikuang #Coblos02 #PILKADA2024 #Pilkada2024", "pilihhhh nomor 2 😂✌️",
                   "4mpl0p p1lk4d4 s e r a n g a n  f a j a r amp.lop bagi2 Rp200rb 1.000.000", "#MenangkanDaengRustam kotaaak kosoooong",
                   "#KotakKosongTidakSah", "saat tinggi pilihh coblossss", "02menang #02Menang #HeRa02"]
        let dir = root.appendingPathComponent("Tests/EvalSets")
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where f.hasSuffix(".jsonl") {
            for line in try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8).split(separator: "\n") {
                guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                if let t = o["text"] as? String { out.append(t) }
                if let t = o["transcript"] as? String { out.append(t) }
            }
        }
        return out
    }

    @Test func memoKeepsEveryToken() throws {
        let plain = Normalizer(memoize: false)
        let memo = Normalizer(memoize: true)
        let texts = try Self.texts()
        #expect(texts.count > 1000)
        for round in 0..<2 {
            for t in texts {
                let a = plain.tokens(t), b = memo.tokens(t)
                #expect(a == b, "round \(round): \(t)")
            }
        }
    }
}
