import JagaSDK

/// What counts as campaign content in a post: the one analysis `masa-tenang`, `di-luar-jadwal`,
/// `netralitas`, `fasilitas` and `pelibatan-anak` share.
///
/// Campaign content (taxonomy.md) is asking people to vote for or against a candidate or pair,
/// a ballot number shown as a call to vote, campaign slogans, jingles and rally invitations.
/// Found per sentence:
/// - a vote verb (`pilih`, `coblos`, `dukung`, `menangkan`, `nyoblos`, `pilihen`, ...) near a
///   ballot number (`no 2`, `nomor urut 02`, `coblos02`, `nomer loro`, `✌`) or a name;
/// - a call against (`jangan pilih`, `ojo milih`, `ulah milih`) with a number, candidate or name;
/// - a ballot number with a call word or slogan (`jangan lupa nomor 2 ya`, `02 nomor juara`);
/// - a rally invitation (`hadiri kampanye akbar`, `ramaikan konvoi`), a jingle or yel-yel of a
///   pair, or a campaign slogan with a number (`menang satu putaran`, `lanjutkan`).
/// Neutral civic calls (`ayo ke TPS`, `jangan golput`, `pilih pemimpin yang amanah`) name no
/// side and are not campaign content. Whether a *post* is campaigning also depends on its frame
/// (news, reminders, reports, debunks): that is ``CampaignContent/framedAsOther(_:registration:)``.
public final class CampaignContent: @unchecked Sendable {
    /// One reason a sentence is campaign content, with the words that show it.
    public struct Signal: Sendable {
        /// What kind of campaigning, in words (`call to vote for ballot number 2`).
        public var kind: String
        /// The sentence it is in.
        public var sentence: Int
        /// Token ranges of the evidence.
        public var parts: [(Int, Int)]
    }

    public private(set) var signals: [Signal] = []

    /// Particles that turn a mention into a call (`nomor 2 dong`, `nomor 1 ji`, `yo`).
    static let boxes: WordSet = ["kotak", "kolom"]
    static let candidateWords: WordSet = ["paslon", "pasangan", "calon", "cagub", "cabup", "cawalkot"]
    static let pronouns: WordSet = ["dia", "beliau", "mereka", "ia"]
    static let ketua: WordSet = ["ketua"]
    /// Offices whose `ketua` is no election (`ketua kelas`, `ketua rt`).
    static let smallOffices: WordSet = ["kelas", "rt", "rw", "osis"]
    static let callParticles: WordSet = ["dong", "ya", "yo", "mi", "ji", "nah", "sudah", "e", "yuk", "lah"]

    /// Campaign events one can be invited to (props like `baliho` or `spanduk` are not events).
    static let events: WordSet = ["kampanye", "rapat", "orasi", "konvoi", "pawai", "arak", "deklarasi", "blusukan",
                                      "jalan", "senam", "konser", "panggung", "posko", "sosialisasi"]

    /// True when the post has at least one campaign signal.
    public var isCampaign: Bool { !signals.isEmpty }

    /// Finds the signals of `a`.
    public init(_ a: PostAnalysis) {
        let verbs: [Cue] = [.voteVerb, .strongVoteVerb]
        for s in 0..<a.sentenceCount {
            let ballots = a.ballots(in: s)
            // Read in place (a filtered copy per sentence was two allocations a post).
            let sentenceHits = a.hits.lazy.filter { $0.sentence == s }
            // Vote verb + ballot number / name.
            for h in sentenceHits where h.cues & (Cue.voteVerb.bit | Cue.strongVoteVerb.bit) != 0 {
                if let b = ballots.first(where: { abs($0 - h.last) <= 6 }) {
                    signals.append(Signal(kind: "call to vote for ballot number \(a.text(b))", sentence: s, parts: [(h.first, h.last), (b, b)]))
                    break
                }
                if let name = a.nameAfter(h.last) {
                    signals.append(Signal(kind: "call to vote for \(a.text(name).capitalized)", sentence: s, parts: [(h.first, name)]))
                    break
                }
                // "coblos kotak kosong": the empty box is on the ballot too.
                if let box = sentenceHits.first(where: { $0.has(.candidate) && $0.first > h.last && $0.first <= h.last + 2 &&
                    a.token($0.first, in: Self.boxes) }) {
                    signals.append(Signal(kind: "call to vote for the empty box", sentence: s, parts: [(h.first, box.last)]))
                    break
                }
                if h.has(.strongVoteVerb), let c = sentenceHits.first(where: { $0.has(.candidate) }) {
                    signals.append(Signal(kind: "campaign slogan", sentence: s, parts: [(h.first, h.last), (c.first, c.last)]))
                    break
                }
            }
            // A ballot number with a name: `nomor 2 Bang Dimas`, `Nomor 1 ji, Andi Baso`.
            // Only as a call: not "Paslon 2 Nyoman–Ayu sembahyang di Pura" (a reference), but "nomor 2 Bang
            // Dimas dong", "Nomor 1 ji, Andi Baso!" (a call word, a vote particle or an exclamation).
            if signals.last?.sentence != s, let b = ballots.first(where: { a.tokens[$0].kind != .emoji }),
               b > 0, !a.token(b - 1, in: Self.candidateWords),
               a.sentence(s, has: [.callWord, .slogan]) || a.exclamations.contains(s) || a.tokens.indices.contains(where: { a.tokens[$0].sentence == s && a.token($0, in: Self.callParticles) }),
               let n = a.nameAfter(b, window: 3) ?? a.nameBefore(b, window: 3), !a.sentence(s, has: [.news]) {
                signals.append(Signal(kind: "ballot number \(a.text(b)) with the candidate's name", sentence: s, parts: [(min(b, n), max(b, n))]))
            }
            // A vote verb pointing at a named candidate elsewhere in the sentence or post ("pilih dia", "menangkan beliau").
            if signals.last?.sentence != s, let v = sentenceHits.first(where: { $0.cues & (Cue.voteVerb.bit | Cue.strongVoteVerb.bit) != 0 }),
               v.last + 1 < a.tokens.count, a.token(v.last + 1, in: Self.pronouns),
               (0..<a.sentenceCount).contains(where: { a.name(in: $0) != nil }) {
                signals.append(Signal(kind: "call to vote for a named candidate", sentence: s, parts: [(v.first, v.last + 1)]))
            }
            if signals.last?.sentence != s, let v = sentenceHits.first(where: { $0.has(.strongVoteVerb) }), let n = a.name(in: s) {
                signals.append(Signal(kind: "campaign slogan for \(a.text(n).capitalized)", sentence: s, parts: [(v.first, v.last), (n, n)]))
            }
            // Call against a pair.
            for h in sentenceHits where h.has(.voteAgainst) {
                if let b = ballots.first(where: { abs($0 - h.last) <= 6 }) {
                    signals.append(Signal(kind: "call not to vote for ballot number \(a.text(b))", sentence: s, parts: [(h.first, h.last), (b, b)]))
                    break
                }
                if let c = sentenceHits.first(where: { $0.has(.candidate) && abs($0.first - h.last) <= 4 }) {
                    signals.append(Signal(kind: "call not to vote for a candidate", sentence: s, parts: [(h.first, h.last), (c.first, c.last)]))
                    break
                }
                if let name = a.nameAfter(h.last) {
                    signals.append(Signal(kind: "call not to vote for \(a.text(name).capitalized)", sentence: s, parts: [(h.first, name)]))
                    break
                }
            }
            // Ballot number with a call word or slogan.
            if signals.last?.sentence != s, let b = ballots.first(where: { a.tokens[$0].kind != .emoji }),
               let c = sentenceHits.first(where: { $0.cues & (Cue.callWord.bit | Cue.slogan.bit | Cue.fingerSign.bit) != 0 }) {
                signals.append(Signal(kind: "ballot number \(a.text(b)) as a call to vote", sentence: s, parts: [(c.first, c.last), (b, b)]))
            }
            // Finger sign with a call.
            if signals.last?.sentence != s, let f = sentenceHits.first(where: { $0.has(.fingerSign) }),
               sentenceHits.contains(where: { $0.cues & (Cue.callWord.bit | Cue.voteVerb.bit | Cue.candidate.bit) != 0 }) {
                signals.append(Signal(kind: "campaign hand sign", sentence: s, parts: [(f.first, f.last)]))
            }
            // Rally invitations and jingles.
            if signals.last?.sentence != s,
               let e = sentenceHits.first(where: { $0.has(.campaignEvent) && a.token($0.first, in: Self.events) }),
               let inv = sentenceHits.first(where: { $0.has(.rallyInvite) }),
               !ballots.isEmpty || sentenceHits.contains(where: { $0.has(.candidate) }) || a.nameAfter(e.last, window: 4) != nil || a.name(in: s) != nil {
                signals.append(Signal(kind: "invitation to a campaign event", sentence: s, parts: [(inv.first, inv.last), (e.first, e.last)]))
            }
            if signals.last?.sentence != s, let j = sentenceHits.first(where: { $0.has(.jingle) }),
               !ballots.isEmpty || sentenceHits.contains(where: { $0.has(.candidate) }) {
                signals.append(Signal(kind: "campaign jingle or chant", sentence: s, parts: [(j.first, j.last)]))
            }
            _ = verbs
        }
    }

    /// True when the post reports or reminds rather than campaigns: a news or report frame, an
    /// official reminder, a supervisor or the police, another election. (A refuting or warning
    /// stance is checked last, by the checker: it is the costliest question.)
    public static func framedAsOther(_ a: PostAnalysis, registration: Bool = false) -> Bool {
        if a.hasAny([.news, .report, .reminder, .supervisor, .enforcement]) { return true }
        // Other elections: student councils, neighbourhood heads.
        if a.containsWord(Words.otherElections) || a.tokens.indices.contains(where: { $0 + 1 < a.tokens.count && a.token($0, in: Self.ketua) && a.token($0 + 1, in: Self.smallOffices) }) { return true }
        if registration && a.has(.registration) { return true }
        return false
    }

    /// The evidence spans of the first signal (or all signals).
    public func evidence(_ a: PostAnalysis, all: Bool = false) -> [EvidenceSpan] {
        var out: [EvidenceSpan] = []
        for s in (all ? signals : Array(signals.prefix(1))) {
            for (f, l) in s.parts { out.append(a.span(min(f, l), max(f, l))) }
        }
        return out
    }
}

