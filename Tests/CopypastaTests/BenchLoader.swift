import Foundation
import JagaSDK

/// Builds big stores for the benchmark without the importers.
enum BenchLoader {
    /// Appends the posts of canonical JSON Lines (fields `id`, `text`, `created_at`, `author`).
    static func load(_ bytes: [UInt8], into store: inout PostStore) {
        bytes.withUnsafeBufferPointer { b in
            var lineStart = 0
            while lineStart < b.count {
                var end = lineStart
                while end < b.count, b[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: b[lineStart..<end])
                lineStart = end + 1
                guard let id = field("id", in: line), let text = field("text", in: line),
                      let created = field("created_at", in: line),
                      let at = Timestamp(rfc3339: String(decoding: created, as: UTF8.self)) else { continue }
                let author = field("author", in: line)
                id.withUnsafeBufferPointer { ip in
                    text.withUnsafeBufferPointer { tp in
                        var p = RawPost(id: ip, text: tp, createdAt: at)
                        if let author {
                            author.withUnsafeBufferPointer { ap in
                                p.author = ap
                                store.append(p)
                            }
                        } else {
                            store.append(p)
                        }
                    }
                }
            }
        }
    }

    /// The unescaped string value of `"name":"..."` in one JSON line, or nil.
    static func field(_ name: String, in line: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let key = Array("\"\(name)\":\"".utf8)
        guard line.count >= key.count else { return nil }
        var i = 0
        search: while i + key.count <= line.count {
            for k in 0..<key.count where line[i + k] != key[k] { i += 1; continue search }
            break
        }
        guard i + key.count <= line.count else { return nil }
        var j = i + key.count
        var out: [UInt8] = []
        while j < line.count {
            let c = line[j]
            if c == UInt8(ascii: "\"") { return out }
            if c == UInt8(ascii: "\\"), j + 1 < line.count {
                let e = line[j + 1]
                j += 2
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "u"):
                    guard j + 4 <= line.count, let v = UInt32(String(decoding: line[j..<(j + 4)], as: UTF8.self), radix: 16) else { return nil }
                    j += 4
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(v) ?? "?")).utf8))
                default: out.append(e)
                }
                continue
            }
            out.append(c)
            j += 1
        }
        return nil
    }

    /// Appends `count` posts of random words from a fixed vocabulary (splitmix64, seed 42).
    static func generate(count: Int, into store: inout PostStore) {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let syllables = ["ka", "ma", "pi", "lih", "su", "ra", "ta", "ng", "jo", "wa", "ba", "ru", "di", "se", "lo", "an", "me", "tu"]
        let vocabulary: [String] = (0..<3000).map { _ in (0..<(2 + Int(next() % 2))).map { _ in syllables[Int(next() % UInt64(syllables.count))] }.joined() }
        for n in 0..<count {
            let words = (0..<(8 + Int(next() % 25))).map { _ in vocabulary[Int(next() % UInt64(vocabulary.count))] }
            var item = ContentItem(id: "g\(n)", text: words.joined(separator: " "),
                                   createdAt: Timestamp(seconds: 1_725_000_000 + Int64(next() % 10_000_000), offsetSeconds: 25200))
            item.author = "user\(next() % 60_000)"
            store.append(item)
        }
    }

    /// Appends `count` campaigns: one text each, posted by `accounts` accounts within 40 minutes with small edits.
    static func injectCampaigns(_ count: Int, accounts: Int, into store: inout PostStore) {
        let edits: [(String) -> String] = [
            { $0 }, { $0 + " 🔥🔥" }, { $0.uppercased() }, { "Setuju! " + $0 }, { $0.replacingOccurrences(of: "yang", with: "yg") },
            { $0 + " #Pilkada2024" }, { $0.replacingOccurrences(of: "!", with: "!!") }, { $0.lowercased() },
        ]
        for c in 0..<count {
            let text = "Kampanye \(c): warga kota \(c % 37) yang peduli sudah memilih paslon nomor \(c % 4 + 1), program jelas dan tanpa janji palsu. Ayo coblos tanggal 27 November! #Gerakan\(c)"
            for k in 0..<accounts {
                var item = ContentItem(id: "cp\(c)-\(k)", text: edits[k % edits.count](text),
                                       createdAt: Timestamp(seconds: 1_730_000_000 + Int64(c) * 50_000 + Int64(k) * 300, offsetSeconds: 25200))
                item.author = "campaign\(c)_acc\(k)"
                store.append(item)
            }
        }
    }
}
