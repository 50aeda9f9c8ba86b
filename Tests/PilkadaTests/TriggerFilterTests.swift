import Foundation
import Testing
import JagaSDK
import JagaPlugins
import JagaCalendar
@testable import Pilkada

/// The trigger filter must never reject a post some checker would flag on the full analysis:
/// checked on every labelled case (main and held-out sets), obfuscated spellings, and — with
/// `JAGA_BENCH_POSTS=FILE.jsonl` — on generated posts.
@Suite struct TriggerFilterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The rules that flag `item` on the full analysis (no filter).
    static func unfiltered(_ item: ContentItem, context: ItemContext) -> [String] {
        let a = PostAnalysis(item, lexicon: .builtin)
        let c = CampaignContent(a)
        return PilkadaRule.allCases.filter { rule in
            PilkadaChecker(rule: rule, calendars: CalendarStore())
                .verdict(a, campaign: c, context: context, facts: CalendarFacts(CalendarFile.builtin)) != nil
        }.map(\.id)
    }

    /// Items the filter rejects although the full analysis flags them, with the rules.
    static func misses(_ items: [ContentItem]) -> [(String, [String])] {
        var out: [(String, [String])] = []
        for item in items {
            let context = ItemContext(item: item)
            let need = TriggerFilter.need(context, facts: CalendarFacts(CalendarFile.builtin))
            if PilkadaLexicon.builtin.filter.mayTrigger(text: item.text, transcript: item.transcript, need: need) { continue }
            let rules = unfiltered(item, context: context)
            if !rules.isEmpty { out.append((item.text, rules)) }
        }
        return out
    }

    static let obfuscated = [
        "4mpl0p 100rb buat yg c0bl0s 02", "a m p l o p ready, pilih nomor 2", "amp.lop buat yg pilih 02",
        "s e r a n g a n  f a j a r buat pemilih 01", "S.E.R.A.N.G.A.N F.A.J.A.R ready, coblos 3",
        "pilihhhh nomor 2 dapet 50rb", "#TolakPolitikUang #Coblos02 amplop", "#serangan fajar buat yg nyoblos 01",
        "sérangan fajár buat pemilih 02", "se\u{200B}rangan fajar buat yg coblos 02", "ＡＭＰＬＯＰ buat yg pilih 02",
        "Bakar kantor KPU 🔪 kalau 01 kalah", "kades pose ✌️ dukung paslon", "p1l1h n0 2 d4p4t 100rb",
        "amplopnya udah dibagi, coblos 02 ya", "#MenangkanDaengRustam", "#menangkandaengrustam coblos",
    ]

    @Test func neverRejectsAFlaggedCase() throws {
        var items: [ContentItem] = []
        for dir in ["Tests/EvalSets", "Tests/EvalSets/heldout", "Tests/EvalSets/heldout2"] {
            let url = Self.root.appendingPathComponent(dir)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            for f in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where f.hasPrefix("pilkada-") {
                items += try LabelledCaseReader.read(path: url.appendingPathComponent(f).path).map(\.item)
            }
        }
        #expect(items.count > 1500)
        // Each obfuscated text on a campaign day, in the quiet period and on voting day.
        for (k, t) in Self.obfuscated.enumerated() {
            for when in ["2024-11-10T10:00:00+07:00", "2024-11-25T10:00:00+08:00", "2024-11-27T10:00:00+09:00"] {
                if let ts = Timestamp(rfc3339: when) { items.append(ContentItem(id: "o\(k)", text: t, createdAt: ts)) }
            }
        }
        let missed = Self.misses(items)
        for (text, rules) in missed { print("filter rejected a flagged post (\(rules.joined(separator: ", "))): \(text)") }
        #expect(missed.isEmpty)
    }

    /// The filter is the same whatever order its phrases come in (they come from a dictionary,
    /// whose order changes from run to run): the same posts pass on every run.
    @Test func sameDecisionsWhateverThePhraseOrder() throws {
        let phrases = BuiltinLexicon.entries.sorted { $0.key.rawValue < $1.key.rawValue }.flatMap { cue, list in
            list.map { (words: $0.split(separator: " ").map(String.init), cues: cue.bit) }
        }
        // As given, backwards, and every third phrase first (a fixed shuffle).
        let thirds = (0..<3).flatMap { k in stride(from: k, to: phrases.count, by: 3).map { phrases[$0] } }
        let orders = [phrases, Array(phrases.reversed()), thirds]
        let filters = orders.map { TriggerFilter(phrases: $0) }
        var texts = Self.obfuscated
        let url = Self.root.appendingPathComponent("Tests/EvalSets")
        for f in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where f.hasPrefix("pilkada-") {
            texts += try LabelledCaseReader.read(path: url.appendingPathComponent(f).path).map(\.item.text)
        }
        var passed = 0
        for t in texts {
            for need: TriggerFilter.Need in [.content, [.content, .campaign, .survey], [.content, .quickCount]] {
                let answers = filters.map { $0.mayTrigger(text: t, transcript: nil, need: need) }
                #expect(Set(answers).count == 1, "\(t)")
                if answers[0] { passed += 1 }
            }
        }
        // Not every text passes: the filter rejects some.
        #expect(passed > 0 && passed < texts.count * 3)
    }

    /// With `JAGA_BENCH_POSTS` set: the same check on generated posts (slow in debug builds).
    @Test func neverRejectsAFlaggedGeneratedPost() throws {
        guard let path = ProcessInfo.processInfo.environment["JAGA_BENCH_POSTS"] else { return }
        var items: [ContentItem] = []
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = o["text"] as? String, let at = o["created_at"] as? String, let ts = Timestamp(rfc3339: at) else { continue }
            items.append(ContentItem(id: o["id"] as? String ?? "", text: text, createdAt: ts, region: o["region"] as? String,
                                     transcript: o["transcript"] as? String))
        }
        let missed = Self.misses(items)
        for (text, rules) in missed.prefix(30) { print("filter rejected a flagged post (\(rules.joined(separator: ", "))): \(text)") }
        print("generated posts: \(items.count), missed \(missed.count)")
        #expect(missed.isEmpty)
    }
}

