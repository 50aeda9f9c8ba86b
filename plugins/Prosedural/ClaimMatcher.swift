import JagaSDK

/// Finds the false statements of the fact base in one analysed text.
///
/// A pattern matches in a sentence that does not ask a question and has none of the pattern's
/// blockers, when a topic cue and a claim cue lie within the pattern's window, in the same chunk
/// or in chunks joined by a condition or continuation, and (for plain claim words) no negation
/// stands just before the claim. Time cues are judged in `localZone` (hours east of UTC).
struct ClaimMatcher {
    /// A cue found in the text: words `lo..<hi`, with a description for time claims.
    struct Hit {
        var lo: Int
        var hi: Int
        var says: String?
        /// A detail added to the pattern's description ("voting from 07:00").
        var detail: String?
        /// True for a time of day.
        var timed = false
    }

    /// A matched pattern: the fact, the pattern, the words it spans and a score.
    struct Match {
        var fact: ProceduralFact
        var pattern: ClaimPattern
        var lo: Int
        var hi: Int
        var score: Double
        var says: String
        /// True when the claim is a time of day, judged in the post's zone.
        var timed: Bool
    }

    let text: ProseduralText
    let localZone: Int

    private var words: [ProseduralText.Word] { text.words }

    /// The quick tests of one pattern (``ClaimPattern/context``, ``ClaimPattern/topicMask``,
    /// ``ClaimPattern/claimMask``) as plain values, so that most patterns are ruled out without
    /// copying a fact or a pattern.
    struct Gate {
        var fact: Int
        var pattern: Int
        var hasContext: Bool
        var context: (UInt64, UInt64)
        var topic: (UInt64, UInt64)
        var claim: (UInt64, UInt64)
    }

    /// The gates of every pattern of `facts`, in fact and pattern order.
    static func gates(_ facts: [ProceduralFact]) -> [Gate] {
        var out: [Gate] = []
        for (f, fact) in facts.enumerated() {
            for (p, pattern) in fact.patterns.enumerated() {
                out.append(Gate(fact: f, pattern: p, hasContext: pattern.context != nil, context: pattern.context ?? (0, 0),
                                topic: pattern.topicMask, claim: pattern.claimMask))
            }
        }
        return out
    }

    /// The best match of each enabled fact, in fact order.
    func matches(facts: [ProceduralFact]) -> [Match] {
        matches(facts: facts, gates: Self.gates(facts))
    }

    /// The best match of each enabled fact, in fact order; `gates` are ``gates(_:)`` of `facts`.
    func matches(facts: [ProceduralFact], gates: [Gate]) -> [Match] {
        var out: [Match] = []
        let bonus = text.has(.spread) || text.has(.hearsay) ? 0.05 : 0
        var best: Match?
        var current = -1
        for g in gates {
            if g.fact != current {
                if let b = best { out.append(b) }
                best = nil
                current = g.fact
            }
            if g.hasContext, !text.hasAny(g.context) { continue }
            guard text.hasAny(g.topic), text.hasAny(g.claim) else { continue }
            let fact = facts[g.fact]
            let pattern = fact.patterns[g.pattern]
            for s in text.sentences where !s.isQuestion && !s.range.isEmpty {
                if let m = match(pattern, fact: fact, in: s.range, bonus: bonus), m.score > (best?.score ?? -1) {
                    best = m
                }
            }
        }
        if let b = best { out.append(b) }
        return out
    }

    /// The best pair of topic and claim of `pattern` in one sentence.
    private func match(_ pattern: ClaimPattern, fact: ProceduralFact, in r: Range<Int>, bonus: Double) -> Match? {
        let claims = pattern.claim.flatMap { hits($0, in: r) }
        if claims.isEmpty { return nil }
        let topics = pattern.topic.flatMap { hits($0, in: r) }
        if topics.isEmpty { return nil }
        if !pattern.chunkBlockers {
            for b in pattern.blockers where !hits(b, in: r).isEmpty { return nil }
        }
        var hedged = false
        for i in r where words[i].lex == .hedge { hedged = true }
        var best: Match?
        for c in claims {
            for t in topics {
                let gap = t.hi <= c.lo ? c.lo - t.hi : (c.hi <= t.lo ? t.lo - c.hi : 0)
                guard gap <= pattern.window, text.linked(t.lo, c.lo) else { continue }
                if pattern.topicFirst, t.lo > c.lo || words[t.lo].chunk != words[c.lo].chunk { continue }
                if pattern.checksNegation, negated(claim: c, topic: t) { continue }
                if pattern.chunkBlockers, blocked(pattern, from: min(t.lo, c.lo), to: max(t.hi, c.hi), in: r) { continue }
                var score = 0.9 + bonus
                if words[t.lo].chunk != words[c.lo].chunk { score -= 0.15 }
                if gap > 4 { score -= 0.1 }
                if hedged { score -= 0.2 }
                score = min(1, max(0, score))
                if score > (best?.score ?? -1) {
                    best = Match(fact: fact, pattern: pattern, lo: min(t.lo, c.lo), hi: max(t.hi, c.hi),
                                 score: score, says: c.says ?? (pattern.says + (c.detail.map { " (\($0))" } ?? "")), timed: c.timed)
                }
            }
        }
        return best
    }

    /// True when a blocker of `pattern` lies in the chunks spanned by words `lo..<hi`.
    private func blocked(_ pattern: ClaimPattern, from lo: Int, to hi: Int, in r: Range<Int>) -> Bool {
        var a = lo, b = hi
        while a > r.lowerBound, words[a - 1].chunk == words[lo].chunk { a -= 1 }
        while b < r.upperBound, words[b].chunk == words[hi - 1].chunk { b += 1 }
        return pattern.blockers.contains { !hits($0, in: a..<b).isEmpty }
    }

    /// True when a negation (or `jangan`) stands in the three words before the claim, after the topic.
    private func negated(claim c: Hit, topic t: Hit) -> Bool {
        var i = c.lo - 1
        var steps = 0
        while i >= 0, steps < 3, words[i].chunk == words[c.lo].chunk {
            if i >= t.lo && i < t.hi { i -= 1; continue }    // the topic's own words ("gak nyoblos")
            if words[i].lex == .neg || words[i].lex == .prohibit || words[i].lex == .negCan { return true }
            i -= 1
            steps += 1
        }
        return false
    }

    // MARK: - Cues

    private func lex(_ i: Int) -> Lex { i >= 0 && i < words.count ? words[i].lex : .other }

    /// The first word in `range` (clipped to the sentence `r`) of class `l`, or nil.
    private func any(_ l: Lex, _ range: Range<Int>, in r: Range<Int>) -> Int? {
        let lo = max(range.lowerBound, r.lowerBound), hi = min(range.upperBound, r.upperBound)
        guard lo < hi else { return nil }
        for i in lo..<hi where words[i].lex == l { return i }
        return nil
    }

    /// The negation within `n` words before word `i` in its chunk, or nil.
    private func negatedBefore(_ i: Int, within n: Int, in r: Range<Int>) -> Int? {
        var j = i - 1
        while j >= r.lowerBound, j >= i - n, words[j].chunk == words[i].chunk {
            if words[j].lex == .neg { return j }
            j -= 1
        }
        return nil
    }

    /// Every occurrence of `cue` in the sentence `r`.
    func hits(_ cue: Cue, in r: Range<Int>) -> [Hit] {
        var out: [Hit] = []
        switch cue {
        case .word(let l):
            for i in r where words[i].lex == l { out.append(Hit(lo: i, hi: i + 1)) }
        case .plainWord(let l):
            for i in r where words[i].lex == l && (i == r.lowerBound || words[i - 1].lex != .neg) {
                out.append(Hit(lo: i, hi: i + 1))
            }
        case .wordValue(let l, let v):
            for i in r where words[i].lex == l && words[i].value == v { out.append(Hit(lo: i, hi: i + 1)) }
        case .emptyBox:
            for i in r where words[i].lex == .kotak || words[i].lex == .kolom {
                if words[i].value == 1 { out.append(Hit(lo: i, hi: i + 1)) }    // "kokos"
                else if lex(i + 1) == .kosong && i + 1 < r.upperBound { out.append(Hit(lo: i, hi: i + 2)) }
            }
        case .abstain:
            for i in r {
                if words[i].lex == .golput { out.append(Hit(lo: i, hi: i + 1)); continue }
                if words[i].lex == .neg, lex(i + 1) != .can {
                    for j in (i + 1)...(i + 2) where j < r.upperBound {
                        if lex(j) == .coblos || lex(j) == .choose { out.append(Hit(lo: i, hi: j + 1)); break }
                        // "tidak datang ke TPS"
                        if lex(j) == .queue, let k = any(.tps, (j + 1)..<(j + 4), in: r) { out.append(Hit(lo: i, hi: k + 1)); break }
                    }
                }
            }
        case .cannotVote:
            for i in r {
                let l = words[i].lex
                if l == .neg || l == .negCan {
                    // "bukan berarti gak bisa nyoblos" says the opposite.
                    if (lex(i - 1) == .means && lex(i - 2) == .neg) || lex(i - 1) == .still { continue }
                    var j = i + 1
                    if l == .neg, lex(j) == .can { j += 1 } else if l == .neg, lex(j) == .still { continue }
                    let limit = min(r.upperBound, j + 3)
                    while j < limit {
                        if [.coblos, .choose, .election, .pemungutan].contains(lex(j)) { out.append(Hit(lo: i, hi: j + 1)); break }
                        if lex(j) == .neg || lex(j) == .still { break }
                        j += 1
                    }
                } else if l == .choose, let k = any(.invalid, (i + 1)..<(i + 3), in: r) {
                    out.append(Hit(lo: i, hi: k + 1))    // hak pilih hangus
                } else if l == .invalid, words[i].value == -1, let k = any(.tps, (i + 1)..<(i + 4), in: r) {
                    out.append(Hit(lo: i, hi: k + 1))    // percuma ke TPS
                }
            }
        case .invalid:
            for i in r {
                if words[i].lex == .invalid, negatedBefore(i, within: 2, in: r) == nil {
                    out.append(Hit(lo: i, hi: i + 1))
                } else if words[i].lex == .valid, let n = negatedBefore(i, within: 2, in: r) {
                    out.append(Hit(lo: n, hi: i + 1))
                }
            }
        case .valid:
            for i in r {
                if words[i].lex == .valid, negatedBefore(i, within: 2, in: r) == nil {
                    out.append(Hit(lo: i, hi: i + 1))
                } else if words[i].lex == .invalid, let n = negatedBefore(i, within: 2, in: r) {
                    out.append(Hit(lo: n, hi: i + 1))
                }
            }
        case .multiMark:
            for i in r where words[i].lex == .times {
                if words[i].value >= 2 { out.append(Hit(lo: i, hi: i + 1)); continue }
                if i > r.lowerBound, words[i - 1].lex == .number, words[i - 1].value >= 2, words[i - 1].value <= 20,
                   lex(i + 1) != .candidate {
                    out.append(Hit(lo: i - 1, hi: i + 1))
                }
            }
        case .manyCandidates:
            for i in r where words[i].lex == .candidate {
                if i > r.lowerBound, (words[i - 1].lex == .number && words[i - 1].value >= 2) || words[i - 1].lex == .all {
                    out.append(Hit(lo: i - 1, hi: i + 1))
                }
            }
        case .allMarked:
            for i in r where words[i].lex == .coblos {
                var j = i + 1
                while j < min(r.upperBound, i + 4) {
                    if words[j].lex == .all { out.append(Hit(lo: i, hi: j + 1)); break }
                    if words[j].lex != .enough && words[j].lex != .candidate && words[j].lex != .other { break }
                    j += 1
                }
            }
            for i in r where words[i].lex == .all && lex(i + 1) == .candidate {
                if let k = any(.coblos, (i + 2)..<(i + 5), in: r) { out.append(Hit(lo: i, hi: k + 1)) }
            }
        case .onlineChannel:
            // A strong word ("online") after "bisa", "lewat", "sekarang"…; a weak one ("WA") after "lewat".
            for i in r where words[i].lex == .channel || (words[i].lex == .choose && lex(i - 1) == .ePrefix) {
                let strong = words[i].value == 1 || words[i].lex == .choose    // "online", "e-voting"
                let before = max(r.lowerBound, i - (strong ? 4 : 2))..<i
                let ok: Set<Lex> = strong ? [.via, .can, .since, .now, .enough] : [.via, .since]
                if let v = before.last(where: { ok.contains(words[$0].lex) }) { out.append(Hit(lo: v, hi: i + 1)) }
            }
        case .wrongDate:
            var hasDay27 = false
            for i in r where words[i].lex == .number && words[i].value == 27 { hasDay27 = true }
            if hasDay27 { break }
            for i in r where words[i].lex == .number && words[i].isDigits {
                let v = words[i].value
                guard v >= 1 && v <= 31 && v != 27 else { continue }
                if lex(i + 1) == .month && i + 1 < r.upperBound {
                    out.append(Hit(lo: i, hi: i + 2))
                } else if i > r.lowerBound && words[i - 1].lex == .dateWord {
                    out.append(Hit(lo: i - 1, hi: i + 1))
                } else if words[i].sepAfter == UInt8(ascii: "/"), i + 1 < r.upperBound, words[i + 1].value == 11 {
                    out.append(Hit(lo: i, hi: i + 2))
                }
            }
        case .votingDay:
            for i in r {
                if words[i].lex == .number, words[i].value == 27,
                   lex(i + 1) == .month || lex(i - 1) == .dateWord || words[i].sepAfter == UInt8(ascii: "/") {
                    out.append(Hit(lo: i, hi: i + 1))
                } else if words[i].lex == .day, let k = (i + 1..<min(r.upperBound, i + 3)).first(where: {
                    [.coblos, .pemungutan, .election, .hLetter, .choose].contains(words[$0].lex)
                }) {
                    out.append(Hit(lo: i, hi: k + 1))
                }
            }
        case .holidayStated:
            for i in r where words[i].lex == .holiday && negatedBefore(i, within: 2, in: r) == nil {
                out.append(Hit(lo: i, hi: i + 1))
            }
        case .notHoliday:
            for i in r {
                if words[i].lex == .holiday, let n = negatedBefore(i, within: 2, in: r) {
                    out.append(Hit(lo: n, hi: i + 1))
                } else if words[i].lex == .work {
                    let near = max(r.lowerBound, i - 2)..<min(r.upperBound, i + 3)
                    if near.contains(where: { words[$0].lex == .normal || words[$0].lex == .still }) {
                        out.append(Hit(lo: near.lowerBound, hi: near.upperBound))
                    }
                }
            }
        case .noMoreLetters:
            for i in r {
                switch words[i].lex {
                case .abolish:
                    out.append(Hit(lo: i, hi: i + 1))
                case .neg:
                    if let k = any(.again, (i + 1)..<(i + 6), in: r) { out.append(Hit(lo: i, hi: k + 1)) }
                    else if lex(i - 1) == .now || lex(i - 2) == .now, lex(i + 1) == .exist { out.append(Hit(lo: i - 1, hi: i + 2)) }
                case .only:
                    if let k = any(.channel, (i + 1)..<(i + 4), in: r) { out.append(Hit(lo: i, hi: k + 1)) }
                default: break
                }
            }
        case .guideAllowed:
            for i in r where words[i].lex == .guide {
                if let k = (max(r.lowerBound, i - 3)..<i).first(where: { words[$0].lex == .can || words[$0].lex == .only }) {
                    out.append(Hit(lo: k, hi: i + 1))
                }
            }
        case .photoID:
            for i in r where words[i].lex == .photo {
                if let k = any(.ktp, (i + 1)..<(i + 3), in: r) { out.append(Hit(lo: i, hi: k + 1)) }
                else if let k = any(.ktp, (i - 2)..<i, in: r) { out.append(Hit(lo: k, hi: i + 1)) }
            }
        case .benefitLoss:
            for i in r where words[i].lex == .revoke || words[i].lex == .abolish {
                let near = max(r.lowerBound, i - 2)..<min(r.upperBound, i + 3)
                if let k = near.first(where: { words[$0].lex == .benefit || words[$0].lex == .ktp }) {
                    out.append(Hit(lo: min(k, i), hi: max(k, i) + 1))
                }
            }
        case .deemedAbstain:
            for i in r where words[i].lex == .golput {
                if words[i].afterEquals { out.append(Hit(lo: i, hi: i + 1)); continue }
                if let k = (max(r.lowerBound, i - 2)..<i).first(where: { words[$0].lex == .same || words[$0].lex == .means }) {
                    out.append(Hit(lo: k, hi: i + 1))
                }
            }
        case .notRegistered:
            for i in r {
                if words[i].lex == .dpk { out.append(Hit(lo: i, hi: i + 1)) }
                else if words[i].lex == .dpt || words[i].lex == .registered, let n = negatedBefore(i, within: 3, in: r) {
                    out.append(Hit(lo: n, hi: i + 1))
                }
            }
        case .opensOther(let target):
            // Here "dari jam 7" alone is a start time too.
            for t in times(in: r) where !t.vague && (t.kind == .open || (t.kind == .none && lex(t.lo - 1) == .since)) {
                let local = t.minutes + (localZone - (t.zone ?? localZone)) * 60
                if local != target && (t.zone == nil || t.minutes != target) {
                    out.append(Hit(lo: t.marker, hi: t.hi, detail: "voting from \(Self.clock(t.minutes))", timed: true))
                }
            }
        case .closesWrong, .opensWrong:
            // A time with a zone is right when it is right in its own zone or, converted, in the
            // post's zone; "serentak"/"seluruh Indonesia" with a zone is wrong for some zone anyway.
            let nationwide = (r.lowerBound..<r.upperBound).contains { words[$0].lex == .nationwide }
            for t in times(in: r) {
                let local = t.minutes + (localZone - (t.zone ?? localZone)) * 60
                func wrong(_ target: Int) -> Bool {
                    guard t.zone != nil else { return local != target }
                    return nationwide || (t.minutes != target && local != target)
                }
                if cue == .closesWrong, t.kind == .close, wrong(13 * 60) {
                    out.append(Hit(lo: t.marker, hi: t.hi, says: t.vague
                        ? "polls stay open until the \(t.minutes >= 18 * 60 ? "night" : "late afternoon")"
                        : "polls close at \(Self.clock(t.minutes))\(t.zone.map { " " + Self.zoneName($0) } ?? "")", timed: true))
                } else if cue == .opensWrong, t.kind == .open, !t.vague, wrong(7 * 60) {
                    out.append(Hit(lo: t.marker, hi: t.hi,
                                   says: "polls open at \(Self.clock(t.minutes))\(t.zone.map { " " + Self.zoneName($0) } ?? "")", timed: true))
                }
            }
        }
        return out
    }

    // MARK: - Times

    /// A time of day stated in a sentence, and whether it is said to open or close voting.
    struct TimeExpr {
        enum Kind { case open, close, none }
        var lo: Int
        var hi: Int
        /// The word that says open/close (`tutup`, `sampai`), or `lo`.
        var marker: Int
        var minutes: Int
        /// The zone written with it (hours east of UTC), nil for local.
        var zone: Int?
        var vague: Bool
        var kind: Kind
    }

    /// The times of day in the sentence `r`: `jam 1`, `pukul 13.00 WITA`, `13:00`, `7 pagi`,
    /// `jam satu siang`, `jam setengah dua`, and `sampai sore` / `sampai malam` (vague).
    func times(in r: Range<Int>) -> [TimeExpr] {
        var out: [TimeExpr] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let t = time(at: i, in: r, after: out.last) {
                out.append(t)
                i = t.hi
            } else {
                i += 1
            }
        }
        // Kinds: after another time ("07.00-13.00", "dari jam 7 sampai 1") a time closes.
        for k in out.indices {
            var kind = TimeExpr.Kind.none
            var marker = out[k].lo
            var j = out[k].lo - 1
            let stop = max(r.lowerBound, out[k].lo - 5, k > 0 ? out[k - 1].hi : r.lowerBound)
            if k > 0, out[k].lo - out[k - 1].hi <= 1 { kind = .close }
            while kind == .none, j >= stop {
                switch words[j].lex {
                case .until, .close: kind = .close; marker = j
                case .open: kind = .open; marker = j
                case .since: if k + 1 < out.count { kind = .open; marker = j }
                default: break
                }
                j -= 1
            }
            var end = out[k].hi
            if kind == .none {
                // "Pukul 15.00 TPS baru ditutup".
                let limit = min(r.upperBound, out[k].hi + 5, k + 1 < out.count ? out[k + 1].lo : r.upperBound)
                let ahead = out[k].hi..<max(out[k].hi, limit)
                if let f = ahead.first(where: { words[$0].lex == .close }) { kind = .close; end = f + 1 }
                else if let f = ahead.first(where: { words[$0].lex == .open }) { kind = .open; end = f + 1 }
            }
            out[k].kind = kind
            out[k].marker = min(marker, out[k].lo)
            out[k].hi = end
        }
        return out
    }

    /// The time expression starting at word `i`, if any.
    private func time(at i: Int, in r: Range<Int>, after previous: TimeExpr?) -> TimeExpr? {
        var j = i
        var hour = -1, minute = 0, half = false, explicit = false
        let w = words[i]
        if w.lex == .hourWord {
            j += 1
            if j < r.upperBound, words[j].lex == .half { half = true; j += 1 }
            guard j < r.upperBound, words[j].lex == .number else { return nil }
            hour = Int(words[j].value)
            j += 1
            if !words[j - 1].isDigits, j < r.upperBound, words[j].lex == .teen { hour += 10; j += 1 }
            explicit = true
        } else if w.lex == .number, w.isDigits, w.digitCount <= 2, w.value <= 24 {
            hour = Int(w.value)
            j += 1
        } else if w.lex == .daypart, i > r.lowerBound, words[i - 1].lex == .until || words[i - 1].lex == .close {
            let minutes: Int
            switch w.value {
            case 2: minutes = 13 * 60
            case 3: minutes = 17 * 60
            case 4: minutes = 19 * 60
            default: return nil
            }
            return TimeExpr(lo: i, hi: i + 1, marker: i, minutes: minutes, zone: nil, vague: true, kind: .none)
        } else {
            return nil
        }
        // Minutes: "13.00", "13:00".
        if words[j - 1].isDigits, words[j - 1].sepAfter == UInt8(ascii: ":") || words[j - 1].sepAfter == UInt8(ascii: "."),
           j < r.upperBound, words[j].isDigits, words[j].digitCount == 2, words[j].value < 60 {
            minute = Int(words[j].value)
            j += 1
            explicit = true
        }
        var daypart: Int16 = -1
        if j < r.upperBound, words[j].lex == .daypart { daypart = words[j].value; j += 1; explicit = true }
        var zone: Int?
        if j < r.upperBound, words[j].lex == .zone { zone = Int(words[j].value); j += 1; explicit = true }
        else if j < r.upperBound, words[j].lex == .local { j += 1 }
        else if j + 1 < r.upperBound, words[j + 1].lex == .local { j += 2 }
        if !explicit {
            // A bare number is a time only right after "sampai" following another time.
            guard previous != nil, i > r.lowerBound, words[i - 1].lex == .until else { return nil }
        }
        guard hour >= 0, hour <= 24 else { return nil }
        if half { hour -= 1; minute = 30 }
        switch daypart {
        case 1: if hour == 12 { hour = 0 }
        case 2: if hour >= 1 && hour <= 5 { hour += 12 }
        case 3: if hour < 12 { hour += 12 }
        case 4: if hour < 12 { hour += 12 } else if hour == 12 { hour = 24 }
        default: if hour >= 1 && hour <= 6 { hour += 12 }
        }
        return TimeExpr(lo: i, hi: j, marker: i, minutes: hour * 60 + minute, zone: zone, vague: false, kind: .none)
    }

    /// `17:00`.
    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    /// `WIB`, `WITA`, `WIT` for an offset in hours.
    static func zoneName(_ hours: Int) -> String {
        switch hours {
        case 8: "WITA"
        case 9: "WIT"
        default: "WIB"
        }
    }
}
