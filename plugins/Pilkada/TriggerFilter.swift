import JagaSDK

/// A byte-level test that rejects, before any tokenising, the posts no checker could flag.
///
/// Every checker needs some cue before it can judge: money or goods, a group word, a violence
/// word, an official, a child, a place of worship or education or a government asset — and,
/// on the days a time rule applies (the quiet period, before the campaign, voting day), a
/// campaign word, a survey or a quick count. The filter knows the raw spellings that normalise
/// to the first word of any such phrase (slang included) and scans the post's bytes once.
///
/// Conservative by construction: whatever it cannot judge cheaply sends the post to the full
/// analysis — accented or non-Latin letters, invisible characters inside words, digits mixed
/// into letters (`4mpl0p`), runs of one-letter words (`a m p l o p`), long one-case hashtags.
/// Stretched letters are compared squeezed on both sides, and word endings (`amplopnya`) are
/// stripped as the analysis does. A test checks that it never rejects a post the analysis flags.
struct TriggerFilter: Sendable {
    /// What a post needs to be looked at, by when it was posted.
    struct Need: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let content = Need(rawValue: 1)
        static let campaign = Need(rawValue: 2)
        static let survey = Need(rawValue: 4)
        static let quickCount = Need(rawValue: 8)
    }

    /// Squeezed word hash → the groups (bits of ``Group``) it belongs to.
    private let words: WordTable<UInt32>

    /// Groups of cues whose co-occurrence a checker needs before it can fire.
    enum Group: Int, CaseIterable {
        case benefit, exchange, number, link, groupWord, slur, saraContext, violence, violenceContext, accusation, spread, official,
             campaign, child, childCampaign, place, survey, quickCount, result

        var bit: UInt32 { 1 << UInt32(rawValue) }

        /// The cues of the group.
        var cues: [Cue] {
            switch self {
            case .benefit: [.money, .goods, .amount]
            case .exchange: [.exchange]
            case .number: []
            case .link: [.voteVerb, .voteAgainst, .strongVoteVerb, .abstain, .organise, .candidate, .numberIntro, .fingerSign]
            case .groupWord: [.group, .identityVote]
            case .slur: [.slur]
            case .saraContext: [.insult, .voteAgainst, .voteVerb, .leader, .against]
            case .violence: [.violence, .riot]
            case .violenceContext: [.violenceTarget, .incite]
            case .accusation: [.accusation]
            case .spread: [.spreadCall]
            case .official: [.official]
            case .campaign: [.voteVerb, .strongVoteVerb, .voteAgainst, .campaignEvent, .jingle, .fingerSign, .numberIntro,
                             .slogan, .officialAction, .rallyInvite]
            case .child: [.child]
            case .childCampaign: [.childCampaign]
            case .place: [.worshipPlace, .worshipEvent, .school, .govFacility]
            case .survey: [.survey]
            case .quickCount: [.quickCount]
            case .result: [.result, .percent]
            }
        }
    }

    init(phrases: [(words: [String], cues: UInt64)], slang: SlangTable = .builtin) {
        func groups(_ cues: UInt64) -> UInt32 {
            var g: UInt32 = 0
            for group in Group.allCases where group.cues.contains(where: { cues & $0.bit != 0 }) { g |= group.bit }
            return g
        }
        var byWord: [String: UInt32] = [:]
        // One-word phrases first; a longer phrase needs one of its words only (all of them must be
        // there for it to match): one that is already in the group, else the least common one.
        for p in phrases where p.words.count == 1 { let g = groups(p.cues); if g != 0 { byWord[p.words[0], default: 0] |= g } }
        // In a fixed order (the phrases come from a dictionary), those whose best word is most
        // common first: a common word they must add anyway then stands for the later phrases
        // that contain it, which add no word of their own. Fewer words, fewer posts let through.
        let longer = phrases.filter { $0.words.count > 1 }.map { (p: $0, rank: Self.rank(Self.rarest($0.words))) }
            .sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.p.words.lexicographicallyPrecedes($1.p.words) }
        for (p, _) in longer {
            let g = groups(p.cues)
            guard g != 0 else { continue }
            if p.words.contains(where: { (byWord[$0] ?? 0) & g == g }) { continue }
            byWord[Self.rarest(p.words), default: 0] |= g
        }
        // Informal spellings the normaliser turns into a trigger word.
        for (informal, formal) in slang.entries {
            let g = formal.reduce(UInt32(0)) { $0 | (byWord[$1] ?? 0) }
            if g != 0 { byWord[informal, default: 0] |= g }
        }
        var words: [UInt64: UInt32] = [:]
        for (w, g) in byWord { words[Self.hash(Array(w.utf8)), default: 0] |= g }
        self.words = WordTable(words, empty: 0)
    }

    /// True when the groups found can satisfy some checker that applies at `need`.
    static func enough(_ g: UInt32, need: Need) -> Bool {
        func has(_ x: Group) -> Bool { g & x.bit != 0 }
        // Content rules: politik-uang, sara, hasutan, netralitas, pelibatan-anak, fasilitas.
        // ("kasih 100": a bare sum after a giving word is money too.)
        if (has(.benefit) || (has(.exchange) && has(.number))) && has(.link) { return true }
        if has(.slur) || (has(.groupWord) && has(.saraContext)) { return true }
        if has(.violence) && has(.violenceContext) { return true }
        if has(.accusation) && has(.spread) { return true }
        if has(.official) && has(.campaign) { return true }
        if has(.child) && has(.childCampaign) { return true }
        if has(.place) && has(.campaign) { return true }
        if need.contains(.campaign) && has(.campaign) { return true }
        if need.contains(.survey) && has(.survey) && has(.result) { return true }
        if need.contains(.quickCount) && has(.quickCount) && has(.result) { return true }
        return false
    }

    /// Words too common in posts to stand for a phrase.
    static let common: Set<String> = ["pilih", "memilih", "coblos", "mencoblos", "nomor", "no", "suara", "tps", "pilkada", "paslon",
                                      "calon", "warga", "orang", "bapak", "ibu", "kampung", "desa", "kota", "politik", "harga",
                                      "program", "tim", "semua", "bawa", "aman", "ada", "hari", "jam", "baru", "kasih", "dapat"]

    /// How unlikely `w` is in an ordinary post (greater: less likely): stopwords, then common
    /// words, then by length.
    static func rank(_ w: String) -> (Int, Int, Int) {
        (Stopwords.contains(w) ? 0 : 1, common.contains(w) ? 0 : 1, w.utf8.count)
    }

    /// The word of a phrase least likely in an ordinary post: not a stopword, not common, then the longest.
    static func rarest(_ words: [String]) -> String {
        var best = words[0]
        for w in words.dropFirst() where rank(w) > rank(best) { best = w }
        return best
    }

    /// What the post at `context` needs under the calendar.
    static func need(_ context: ItemContext, facts: CalendarFacts) -> Need {
        var need: Need = .content
        let day = TimeFacts.dayOrdinal(context)
        if facts.inMasaTenang(day) { need.formUnion([.campaign, .survey]) }
        if facts.beforeCampaign(day) { need.insert(.campaign) }
        if facts.onVotingDay(day) { need.insert(.quickCount) }
        return need
    }

    /// False only when no checker could flag a post with this text and transcript.
    func mayTrigger(text: String, transcript: String?, need: Need) -> Bool {
        var found: UInt32 = 0
        if !text.isEmpty {
            var copy = text
            if copy.withUTF8({ scan($0, need: need, found: &found) }) { return true }
        }
        if var t = transcript, !t.isEmpty {
            if t.withUTF8({ scan($0, need: need, found: &found) }) { return true }
        }
        return Self.enough(found, need: need)
    }

    // MARK: - Scanning

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { let l = b | 0x20; return l >= 0x61 && l <= 0x7A }
    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// FNV-1a of the lower-cased bytes with runs of one repeated letter squeezed to one.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        var last: UInt8 = 0
        for raw in bytes {
            let b = lower(raw)
            if b == last && isLetter(b) { continue }
            last = b
            h = (h ^ UInt64(b)) &* 0x100000001b3
        }
        return h
    }


    /// Checks one word (lower-case letters only, squeezed when hashed), and its forms without an ending.
    @inline(__always) private func check(_ w: UnsafeBufferPointer<UInt8>, _ found: inout UInt32) {
        check(w, hash: Self.hash(w), &found)
    }

    /// ``check(_:_:)`` of a word whose ``hash(_:)`` is `h`.
    @inline(__always) private func check(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt64, _ found: inout UInt32) {
        if let m = words[h] { found |= m }
        if w.count > 5, PostAnalysis.mayEndInEnding(Self.lower(w[w.count - 1])) {
            // The last two and three bytes, packed as the endings are.
            let c = w.count
            let tail2 = UInt32(Self.lower(w[c - 2])) | UInt32(Self.lower(w[c - 1])) << 8
            let tail3 = UInt32(Self.lower(w[c - 3])) | tail2 << 8
            let endings = PostAnalysis.endingsByLast, start = PostAnalysis.endingStart
            let letter = Int(Self.lower(w[c - 1]) &- 0x61)
            for g in start[letter]..<start[letter + 1] {
                let (packed, length) = endings[g]
                guard c > length + 3 && (length == 3 ? tail3 : tail2) == packed else { continue }
                if let m = words[Self.hash(UnsafeBufferPointer(rebasing: w[0..<(c - length)]))] { found |= m }
            }
        }
    }

    /// Adds the groups of the words of `b` to `found`; true when the text needs the full analysis
    /// whatever it contains (spellings the filter cannot follow), or as soon as the groups found
    /// are ``enough(_:need:)`` (groups only add up, so the rest of the text cannot change that).
    private func scan(_ b: UnsafeBufferPointer<UInt8>, need: Need, found: inout UInt32) -> Bool {
        let n = b.count
        let ballot = Group.link.bit | Group.campaign.bit
        var i = 0
        var singleRun = 0          // consecutive one-letter words
        var seen = found           // the groups when `enough` was last asked
        while i < n {
            let c = b[i]
            if c >= 0x80 {
                // ✌ (E2 9C 8C), ☝ (E2 98 9D): ballot signs; 🔪 (F0 9F 94 AA): a knife.
                if c == 0xE2, i + 2 < n {
                    if b[i + 1] == 0x9C && b[i + 2] == 0x8C { found |= ballot }
                    if b[i + 1] == 0x98 && b[i + 2] == 0x9D { found |= ballot }
                    // Zero-width characters and word joiners may hide a word: let the analysis see it.
                    if b[i + 1] == 0x80 && (b[i + 2] >= 0x8B && b[i + 2] <= 0x8D || b[i + 2] == 0xA2 || b[i + 2] == 0xAF) { return true }
                    if b[i + 1] == 0x81 && b[i + 2] == 0xA0 { return true }
                }
                if c == 0xF0, i + 3 < n, b[i + 1] == 0x9F, b[i + 2] == 0x94, b[i + 3] == 0xAA { found |= Group.violence.bit }
                // Accented and non-Latin letters fold into words the filter does not know how to spell.
                if c >= 0xC3 && c <= 0xDF && !(c == 0xC2) { return true }
                if c == 0xC2, i + 1 < n, b[i + 1] == 0xAD { return true }
                if c == 0xEF, i + 2 < n, b[i + 1] == 0xBC || b[i + 1] == 0xBD { return true }   // full-width forms
                i += 1
                continue
            }
            guard Self.isLetter(c) || Self.isDigit(c) else {
                if c == 0x25 { found |= Group.result.bit }   // '%'
                if c == 0x23 { // '#': a hashtag
                    var j = i + 1
                    while j < n, Self.isLetter(b[j]) || Self.isDigit(b[j]) || b[j] == 0x5F { j += 1 }
                    if j > i + 1, hashtag(UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), &found) { return true }
                    i = j
                    singleRun = 0
                    if found != seen { seen = found; if Self.enough(found, need: need) { return true } }
                    continue
                }
                i += 1
                continue
            }
            // A word of letters and digits, possibly glued by one . - _ * ' | / ~ to more parts.
            var j = i
            var letters = 0, digits = 0, mixedInside = false
            // ``hash(_:)`` of the word, made on the way (used when it is letters only).
            var h: UInt64 = 0xcbf29ce484222325
            var last: UInt8 = 0
            while j < n {
                let x = b[j]
                if Self.isLetter(x) {
                    let l = x | 0x20
                    if l != last { h = (h ^ UInt64(l)) &* 0x100000001b3; last = l }
                    letters += 1; j += 1; continue
                }
                if Self.isDigit(x) {
                    if j > i, Self.isLetter(b[j - 1]), j + 1 < n, Self.isLetter(b[j + 1]) { mixedInside = true }
                    digits += 1; j += 1; continue
                }
                break
            }
            let word = UnsafeBufferPointer(rebasing: b[i..<j])
            if letters > 0 && digits > 0 {
                // Digits for letters (`4mpl0p`, `p1l1h`) cannot be ruled out cheaply.
                if mixedInside || (Self.isDigit(word[0]) && letters > digits) { return true }
                // Otherwise the analysis splits it into runs (`100rb`, `bagi2`): check each letter run.
                var k = 0
                while k < word.count {
                    var e = k
                    let isL = Self.isLetter(word[k])
                    while e < word.count, Self.isLetter(word[e]) == isL { e += 1 }
                    if isL { check(UnsafeBufferPointer(rebasing: word[k..<e]), &found) }
                    if !isL, e - k == 2, word[k] == 0x30 { found |= ballot }
                    if !isL, e - k >= 2 { found |= Group.number.bit }
                    k = e
                }
            } else if letters > 0 {
                check(word, hash: h, &found)
                // Glued parts: `amp.lop`, `bagi-bagi`, `s.e.r.a.n.g.a.n`.
                if j + 1 < n, [0x2E, 0x2D, 0x5F, 0x2A, 0x27, 0x7C, 0x2F, 0x7E].contains(b[j]), Self.isLetter(b[j + 1]) || Self.isDigit(b[j + 1]) {
                    var e = j + 1
                    while e < n, Self.isLetter(b[e]) || Self.isDigit(b[e]) || ([0x2E, 0x2D, 0x5F, 0x2A, 0x27, 0x7C, 0x2F, 0x7E].contains(b[e]) && e + 1 < n && Self.isLetter(b[e + 1])) { e += 1 }
                    var joined: [UInt8] = []
                    for x in b[i..<e] where Self.isLetter(x) || Self.isDigit(x) { joined.append(x) }
                    if joined.contains(where: Self.isDigit) { return true }
                    joined.withUnsafeBufferPointer { check($0, &found) }
                    // Dotted single letters (`S.E.R.A.N.G.A.N`): three one-letter parts in a row.
                    var run = 0, partLen = 0, dotted = false
                    for x in b[i..<e] {
                        if Self.isLetter(x) || Self.isDigit(x) { partLen += 1; continue }
                        run = partLen == 1 ? run + 1 : 0
                        if run >= 2 { dotted = true }
                        partLen = 0
                    }
                    if partLen == 1 && run >= 2 { dotted = true }
                    if dotted { return true }
                }
            } else if digits > 0 {
                if word.count == 2, word[0] == 0x30 { found |= ballot }      // `01`..`09`: a ballot number
                if word.count >= 2 { found |= Group.number.bit }
            }
            // Runs of one-letter words (`a m p l o p`) are joined by the analysis.
            if letters == 1 && digits == 0 {
                singleRun += 1
                if singleRun >= 3 { return true }
            } else {
                singleRun = 0
            }
            i = j
            if found != seen { seen = found; if Self.enough(found, need: need) { return true } }
        }
        return false
    }

    /// A hashtag, cut as the normaliser cuts it: with both cases and a case change or a
    /// letter/digit boundary, at those (each part checked); otherwise it may be split into
    /// vocabulary words, so a long one is sent to the analysis. True: analyse the post.
    private func hashtag(_ t: UnsafeBufferPointer<UInt8>, _ found: inout UInt32) -> Bool {
        @inline(__always) func upper(_ x: UInt8) -> Bool { x &- 0x41 < 26 }
        @inline(__always) func lower(_ x: UInt8) -> Bool { x &- 0x61 < 26 }
        @inline(__always) func digit(_ x: UInt8) -> Bool { x &- 0x30 < 10 }
        if t.contains(0x5F) { return true }   // `#Tolak_Politik_Uang`: not an ASCII word the filter follows
        /// True when the hashtag is cut before position `k`.
        @inline(__always) func cut(_ k: Int) -> Bool {
            let prev = t[k - 1], cur = t[k]
            let next: UInt8 = k + 1 < t.count ? t[k + 1] : 0
            return (!upper(prev) && !digit(prev) && upper(cur)) || (upper(prev) && upper(cur) && lower(next)) || (digit(prev) != digit(cur))
        }
        let hasCuts = t.count > 1 && (1..<t.count).contains(where: cut)
        let hasCase = t.contains(where: upper) && t.contains(where: lower)
        if hasCase && hasCuts {
            var a = 0
            for b in 1...t.count where b == t.count || cut(b) {
                let part = UnsafeBufferPointer(rebasing: t[a..<b])
                if digit(part[0]) {
                    found |= Group.number.bit
                    if part.count == 2 && part[0] == 0x30 { found |= Group.link.bit | Group.campaign.bit }
                    if part.count <= 2 { found |= Group.link.bit | Group.campaign.bit }   // #Coblos2, #Coblos02
                } else {
                    check(part, &found)
                }
                a = b
            }
            return false
        }
        if t.count > 8 { return true }   // `#tolakpolitikuang`: the normaliser may split it into words
        if t.contains(where: digit) { return true }
        check(t, &found)
        return false
    }
}

