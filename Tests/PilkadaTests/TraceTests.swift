import Foundation
import Testing
@testable import Pilkada
import JagaSDK

/// Prints how the shared analysis reads a text; runs only with `JAGA_TRACE_TEXT` set.
///
///     JAGA_TRACE_TEXT="pilih no 2 dapat 100rb" swift test --filter TraceTests
@Suite struct TraceTests {
    @Test func trace() {
        guard let text = ProcessInfo.processInfo.environment["JAGA_TRACE_TEXT"] else { return }
        let item = ContentItem(id: "t", text: text, createdAt: Timestamp(seconds: 1_732_000_000, offsetSeconds: 25200),
                               transcript: ProcessInfo.processInfo.environment["JAGA_TRACE_TRANSCRIPT"])
        let a = PostAnalysis(item, lexicon: .builtin)
        print("tokens:", a.tokens.enumerated().map { "\($0.offset):\(a.text($0.offset))@\($0.element.sentence)" }.joined(separator: " "))
        for h in a.hits {
            let names = Cue.allCases.filter { h.has($0) }.map(\.name).joined(separator: ",")
            print("  hit \(h.first)...\(h.last) s\(h.sentence) '\(a.phrase(h.first, h.last))': \(names)")
        }
        print("ballots:", a.ballots.map { a.text($0) }, "questions:", a.questions.sorted(), "stance:", a.stance)
        print("campaign:", CampaignContent(a).signals.map(\.kind))
    }
}

/// Lists lexicon phrases the normaliser rewrites (slang expansion can turn `nu` into `yang`);
/// runs only with `JAGA_TRACE_LEXICON=1`.
@Suite struct LexiconRewriteTests {
    @Test func rewrites() {
        guard ProcessInfo.processInfo.environment["JAGA_TRACE_LEXICON"] == "1" else { return }
        for (cue, list) in BuiltinLexicon.entries.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for p in list {
                let n = Normalizer.standard.tokens(p).map(\.text).joined(separator: " ")
                if n != p.lowercased() { print("\(cue.name): '\(p)' → '\(n)'") }
            }
        }
    }
}
