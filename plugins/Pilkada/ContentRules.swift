import JagaSDK

/// `pilkada.politik-uang`: money or goods tied to a vote (or to staying home), offered,
/// organised or accepted; not campaigns against it, arrests, law education or everyday uses.
struct PolitikUangLogic: RuleLogic {
    /// First words of a report hit that make it a question of law, not a report (`boleh`, `legal`).
    static let reportWords: WordSet = ["boleh", "itu", "legal", "ilegal"]
    var cancellingStances: [Stance.Label] { [.refutes, .warns] }
    /// Words that name vote buying by themselves.
    static let inherent: Set<String> = ["serangan fajar", "serangan subuh", "serangan duha", "amplop", "sangu", "uang rokok",
                                        "uang transport", "uang transportasi", "uang bensin", "salam tempel", "wani piro", "npwp"]

    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard a.hasAny([.money, .goods]) else { return nil }
        // Campaigns against it, law education, arrests and trials, and debunks are not offers.
        if a.hasUnnegated([.against]) || a.hasAny([.education, .enforcement]) { return nil }
        if a.containsWord(Words.appeals) { return nil }
        // Shops and caterers ("promo: pilih nomor 2 dapat es teh") are not vote buyers.
        if a.containsWord(Words.commerce), !a.containsWord(Words.campaignTeams) { return nil }
        // Reporting it to the supervisors ("lapor ke gue" inside an offer is organising, not reporting).
        if a.containsWord(Words.reportsToSupervisors) { return nil }
        if a.has(.report) && a.stance == .asks { return nil }
        if a.hits(.report).contains(where: { a.token($0.first, in: Self.reportWords) }) { return nil }
        if a.has(.news) && a.has(.report) { return nil }
        for h in a.hits where h.cues & (Cue.money.bit | Cue.goods.bit) != 0 {
            // "gak ada serangan fajar", "teu aya nu bagi amplop": none was given ("belum kebagian amplop" still offers).
            if a.deniedExistence(h) { continue }
            let around = [h.sentence, h.sentence - 1, h.sentence + 1].filter { $0 >= 0 && $0 < a.sentenceCount }
            // Wedding envelopes, arisan, promos, prizes and football, unless tied to a side right there.
            if a.sentence(h.sentence, has: [.unrelatedBenefit, .sport]), !a.sentence(h.sentence, has: [.candidate, .abstain, .organise]) { continue }
            var link: PostAnalysis.Hit?
            var ballot: Int?
            for s in around {
                if link == nil { link = a.hits.first { $0.sentence == s && $0.cues & (Cue.voteVerb.bit | Cue.voteAgainst.bit | Cue.abstain.bit | Cue.organise.bit | Cue.candidate.bit) != 0 && !a.negated($0, window: 3) } }
                if ballot == nil { ballot = a.ballots(in: s).first }
            }
            guard link != nil || ballot != nil else { continue }
            // The benefit must be given, promised or taken, not only mentioned.
            // "tra terima uang dari tim mana pun": a refused benefit is no exchange ("belum dapet" still is one).
            if a.hits.contains(where: { $0.has(.exchange) && $0.sentence == h.sentence && $0.last < h.first && h.first - $0.last <= 4 && a.refused($0) }) { continue }
            var exchange: PostAnalysis.Hit?
            for s in around where exchange == nil { exchange = a.hit([.exchange, .abstain], in: s) }
            // Some words are vote buying by themselves; a sum next to a vote verb is an offer too.
            let phrase = a.phrase(h.first, h.last)
            let strong = Self.inherent.contains(phrase) || Self.inherent.contains(a.text(h.first))
            let sumForVote = h.has(.amount) && (ballot != nil || a.hit([.voteVerb], in: h.sentence) != nil)
            guard exchange != nil || strong || sumForVote else { continue }
            var evidence = [a.span(h)]
            // The sum itself ("100rb") when the benefit named is another word ("transfer").
            if !h.has(.amount), let sum = a.hits.first(where: { $0.has(.amount) && $0.has(.money) && around.contains($0.sentence) }) {
                evidence.append(a.span(sum))
            }
            if let link { evidence.append(a.span(link)) } else if let b = ballot { evidence.append(a.span(b, b)) }
            if let exchange, exchange.first != h.first { evidence.append(a.span(exchange)) }
            return Judgement(evidence: evidence,
                             reason: "Money or goods are offered, organised or taken in exchange for votes (or for not voting).",
                             score: exchange != nil ? 0.85 : 0.7)
        }
        return nil
    }
}

/// `pilkada.sara`: insults against a religion, ethnicity, race or group, or against a
/// candidate on those grounds, or urging people not to vote for someone because of them.
struct SaraLogic: RuleLogic {
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard a.hasAny([.group, .slur, .identityVote]) else { return nil }
        // "Saya gak rasis tapi ..." is not a tolerance appeal: negated cues do not count.
        if a.hasUnnegated([.tolerance, .condemn]) || a.hasAny([.news, .enforcement, .education]) { return nil }
        // Reports and complaints about SARA remarks (not every word of the report list: "jangan tertipu" warns *with* the slur).
        if a.containsWord(Words.saraReports) { return nil }
        for s in 0..<a.sentenceCount {
            let near = [s, s - 1, s + 1].filter { $0 >= 0 && $0 < a.sentenceCount }
            if let slur = a.hit([.slur], in: s) {
                return Judgement(evidence: [a.span(slur)], reason: "Demeaning words about a religion, ethnicity, race or group (SARA).", score: 0.8)
            }
            if let pref = a.hit([.identityVote], in: s), let v = near.lazy.compactMap({ a.hit([.voteVerb, .voteAgainst], in: $0) }).first {
                return Judgement(evidence: [a.span(v), a.span(pref)],
                                 reason: "Urges people to vote by religion, ethnicity or origin rather than for a candidate (SARA).", score: 0.75)
            }
            guard let g = a.hit([.group], in: s) else { continue }
            if let insult = near.lazy.compactMap({ a.hit([.insult], in: $0) }).first {
                return Judgement(evidence: [a.span(g), a.span(insult)],
                                 reason: "Insults a religion, ethnicity, race or group, or a candidate because of it (SARA).", score: 0.8)
            }
            if let against = near.lazy.compactMap({ a.hit([.voteAgainst], in: $0) }).first {
                return Judgement(evidence: [a.span(against), a.span(g)],
                                 reason: "Urges people not to vote for someone because of religion, ethnicity or race (SARA).", score: 0.8)
            }
            if a.sentence(s, has: [.leader]), a.sentence(s, has: [.against, .insult]) {
                return Judgement(evidence: [a.span(g)], reason: "Rejects a leader because of religion, ethnicity or race (SARA).", score: 0.7)
            }
        }
        return nil
    }
}

/// `pilkada.hasutan`: calls to violence or riot against candidates, organisers, polling
/// stations or groups; not reports of violence, condemnations, or football talk.
struct HasutanLogic: RuleLogic {
    /// None: "fitnah" and "palsu" are often the accusation itself; condemnations are cues of their own.
    var cancellingStances: [Stance.Label] { [] }
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard a.hasAny([.violence, .riot, .accusation]) else { return nil }
        // Not the toolkit's stance here: "fitnah" and "palsu" are the accusations themselves.
        if a.hasAny([.condemn, .sport, .news, .report, .education, .enforcement]) { return nil }
        for h in a.hits where h.cues & (Cue.violence.bit | Cue.riot.bit) != 0 {
            let s = h.sentence
            // "bakar semangat", "serbu lapak gorengan", "habisi raja lawan": figures of speech.
            if a.hits.contains(where: { $0.first > h.last && $0.first <= h.last + 5 && $0.sentence == s && $0.has(.figurative) }) { continue }
            if a.negated(h, window: 2) { continue }
            let target = a.hit([.violenceTarget], in: s) ?? a.hit([.violenceTarget], in: s + 1) ?? a.hit([.violenceTarget], in: s - 1)
            let incite = a.hit([.incite], in: s) ?? a.hit([.incite], in: s - 1)
            guard target != nil || (h.has(.riot) && incite != nil) || (incite != nil && a.ballots(in: s).count > 0) else { continue }
            if a.questions.contains(s), incite == nil { continue }
            var evidence = [a.span(h)]
            if let t = target, t.first != h.first { evidence.append(a.span(t)) }
            return Judgement(evidence: evidence,
                             reason: "Calls for violence or riot against election organisers, candidates, polling stations or groups.",
                             score: incite != nil ? 0.85 : 0.7)
        }
        // Slander pushed to spread: a grave accusation against a candidate or organiser, plus "viralkan".
        if a.has(.spreadCall), a.hasAny([.candidate, .violenceTarget]) || !a.ballots.isEmpty, let acc = a.hits(.accusation).first {
            return Judgement(evidence: [a.span(acc)] + a.hits(.spreadCall).prefix(1).map { a.span($0) },
                             reason: "Spreads a grave accusation against a candidate or election organiser and urges others to share it (black campaign).",
                             score: 0.7)
        }
        return nil
    }
}

/// `pilkada.netralitas`: a civil servant, TNI/Polri member or village official openly
/// supporting or opposing a side.
struct NetralitasLogic: RuleLogic {
    /// Former offices that are no civil service (`mantan dprd`, `mantan caleg`).
    static let formerOffices: WordSet = ["dprd", "caleg"]
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard a.has(.official) else { return nil }
        if a.hasAny([.report, .news, .supervisor, .reminder]) { return nil }
        // Officials urging people to vote without naming a side ("gunakan hak pilih").
        if a.has(.civicEducation), a.ballots.isEmpty, !a.has(.candidate) { return nil }
        // "ASN wajib netral" (unless asked mockingly: "harus netral? ah teori").
        if a.hits(.neutral).contains(where: { !a.questions.contains($0.sentence) && !a.negated($0, window: 2) }) { return nil }
        // The official must be the one taking the side: near it, not negated ("RT kan bukan ASN"), not
        // former or someone's relative ("pensiunan PNS", "suami saya polisi").
        let formers = a.hits(.former)
        let officials = a.hits(.official).filter { o in
            !a.negated(o, window: 2) && !formers.contains { $0.sentence == o.sentence && $0.last < o.first + 1 && o.first - $0.last <= 3 }
                && !formers.contains { $0.sentence == o.sentence && $0.has(.former) && a.token($0.first, in: Self.formerOffices) }
        }
        guard !officials.isEmpty else { return nil }
        func near(_ s: Int) -> PostAnalysis.Hit? { officials.first { abs($0.sentence - s) <= 1 } }
        let c = campaign()
        for sig in c.signals {
            if let official = near(sig.sentence) {
                return Judgement(evidence: [a.span(official)] + c.evidence(a),
                                 reason: "An official (\(a.text(official.first))) takes a side: \(sig.kind).", score: 0.8,
                                 details: ["signal": .string(sig.kind)])
            }
        }
        // An official with a ballot number and a candidate's name ("kami TNI ... hati sy buat Bang Rizal no 2").
        for b in a.ballots {
            let s = a.tokens[b].sentence
            if let official = near(s), a.nameBefore(b, window: 3) ?? a.nameAfter(b, window: 3) != nil {
                return Judgement(evidence: [a.span(official), a.span(b, b)],
                                 reason: "An official (\(a.text(official.first))) supports a candidate by ballot number.", score: 0.75)
            }
        }
        // An official at a campaign event of a side ("camat hadir di kampanye akbar paslon 01").
        for e in a.hits(.campaignEvent) {
            let s = e.sentence
            if let official = near(s), !a.ballots(in: s).isEmpty || a.sentence(s, has: [.candidate]) || a.name(in: s) != nil {
                return Judgement(evidence: [a.span(official), a.span(e)],
                                 reason: "An official (\(a.text(official.first))) takes part in a candidate's campaign.", score: 0.75)
            }
        }
        // An official action towards a side: a pose, an order or support with a ballot number, candidate or name.
        for h in a.hits where h.cues & (Cue.officialAction.bit | Cue.fingerSign.bit | Cue.voteVerb.bit) != 0 {
            let s = h.sentence
            guard let official = near(s) else { continue }
            let side = !a.ballots(in: s).isEmpty || a.sentence(s, has: [.candidate]) || a.nameAfter(h.last, window: 4) != nil
            if side {
                return Judgement(evidence: [a.span(official), a.span(h)],
                                 reason: "An official (\(a.text(official.first))) supports or opposes a candidate.", score: 0.75)
            }
        }
        return nil
    }
}

/// `pilkada.pelibatan-anak`: children used in a campaign.
struct PelibatanAnakLogic: RuleLogic {
    static let anak: WordSet = ["anak"]
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard a.has(.child), a.has(.childCampaign) else { return nil }
        if a.hasUnnegated([.childProtect]) || a.hasAny([.schoolSim, .report, .news, .supervisor]) { return nil }
        let campaignContext = !a.ballots.isEmpty || a.hasUnnegated([.candidate, .campaignEvent]) || campaign().isCampaign
        guard campaignContext else { return nil }
        let adults = a.hits(.adultAnak)
        if adults.contains(where: { !a.token($0.first, in: Self.anak) }) { return nil }
        for h in a.hits(.child) where !adults.contains(where: { $0.first == h.first }) {
            let s = h.sentence
            let acts = a.hits.filter { $0.has(.childCampaign) && ($0.sentence == s || $0.sentence == s + 1) && !a.negated($0, window: 2) }
            guard let act = acts.first else { continue }
            return Judgement(evidence: [a.span(h), a.span(act)],
                             reason: "Children are used in a campaign (campaign attributes, chants or rallies).", score: 0.75)
        }
        return nil
    }
}

/// `pilkada.fasilitas`: campaigning with government facilities or budgets, or in places of
/// worship or education.
struct FasilitasLogic: RuleLogic {
    /// Words right before a place that put the campaigning in it or make it use it.
    static let markers: WordSet = ["di", "dalam", "ke", "pakai", "pake", "memakai", "menggunakan", "gunakan", "naik",
                                       "dari", "dipakai", "dipake", "digunakan", "lewat", "via", "halaman", "aula", "ruang",
                                       "gedung", "lapangan", "mimbar", "bareng", "bersama", "isi", "paket", "karung", "dengan"]
    /// Verbs after a place or budget that say it is being used for the campaign.
    static let useVerbs: WordSet = ["dipakai", "dipake", "jadi", "dadi", "dipinjam", "digunakan", "dijadikan", "numpang",
                                        "dibagi", "dibagikan", "dibungkus", "bergambar", "berstiker", "ditempeli", "disulap",
                                        "dialihkan", "dipinjamkan", "pinjamkan", "menjadi", "dimanfaatkan", "terpasang", "ditempel"]
    /// Government assets and budgets whose mere use in a campaign is the violation.
    static let usedAsIs: Set<String> = ["mobil dinas", "plat merah", "pelat merah", "kendaraan dinas", "motor dinas",
                                        "fasilitas negara", "fasilitas pemerintah", "fasilitas desa", "rumah dinas",
                                        "aula kantor", "truk damkar", "bantuan pemerintah", "ambulans desa", "mobil siaga",
                                        "sound desa", "tenda milik", "mobil operasional", "mobil operasional dinas", "milik pemda", "milik pemkab", "milik pemprov", "aset daerah", "aset desa"]

    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard a.hasAny([.worshipPlace, .worshipEvent, .school, .govFacility]) else { return nil }
        if a.hasAny([.report, .news, .reminder, .supervisor]) { return nil }
        let c = campaign()
        guard c.isCampaign || a.hasUnnegated([.campaignEvent]) else { return nil }
        if a.has(.civicEducation) && !c.isCampaign && !a.containsWord(Words.kampanye) { return nil }
        let placeCues = Cue.worshipPlace.bit | Cue.worshipEvent.bit | Cue.school.bit | Cue.govFacility.bit
        // The place must be where the campaigning happens or what it uses: "di masjid", "pakai mobil
        // dinas", a sermon or sermon-like event; a programme about schools or clinics is not.
        for place in a.hits where place.cues & placeCues != 0 && !a.negated(place, window: 2) {
            let s = place.sentence
            let inherent = place.has(.worshipEvent) || Self.usedAsIs.contains(a.phrase(place.first, place.last))
            let located = place.first > 0 && a.tokens[place.first - 1].sentence == s && a.token(place.first - 1, in: Self.markers)
            // "Balai desa dipakai kampanye", "musholla dadi posko", "bansos dibungkus karung bergambar paslon".
            let used = (place.last + 1...min(a.tokens.count - 1, place.last + 4)).contains { j in
                j > place.last && a.tokens[j].sentence == s && a.token(j, in: Self.useVerbs)
            }
            // "Kampanye di auditorium", "kampanye ... balai desa": the event right next to the place.
            let beside = a.hits.contains { $0.has(.campaignEvent) && $0.sentence == s && abs($0.first - place.first) <= 3 && $0.first != place.first && !a.negated($0, window: 3) }
            guard inherent || located || used || beside else { continue }
            // The campaigning must be there too: a signal or a campaign event in the same or next sentence (or the transcript).
            let here = c.signals.contains { abs($0.sentence - s) <= 1 } ||
                a.hits.contains { $0.has(.campaignEvent) && abs($0.sentence - s) <= 1 && !a.negated($0, window: 2) } ||
                a.tokens.contains { $0.field == 1 } && c.isCampaign
            guard here else { continue }
            return Judgement(evidence: [a.span(place)] + c.evidence(a),
                             reason: "Campaigning with a government facility or budget, or in a place of worship or education (\(a.phrase(place.first, place.last))).",
                             score: 0.75, details: c.signals.first.map { ["signal": .string($0.kind)] } ?? [:])
        }
        return nil
    }
}

