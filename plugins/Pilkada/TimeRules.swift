import JagaSDK

/// `pilkada.masa-tenang`: campaign content on a local day of the `masa-tenang` period.
///
/// Vote buying for a side and calls to vote by religion or ethnicity are campaigning too: in
/// the quiet period they break this rule as well as their own.
struct MasaTenangLogic: RuleLogic {
    var cancellingStances: [Stance.Label] { [.refutes, .warns] }
    static func campaigningByOtherMeans(_ a: PostAnalysis, campaign c: CampaignContent, context: ItemContext,
                                        facts: CalendarFacts) -> (String, [EvidenceSpan])? {
        let side = !a.ballots.isEmpty || a.has(.candidate) || a.has(.organise) || (0..<a.sentenceCount).contains { a.name(in: $0) != nil }
        if side, let j = PolitikUangLogic().verdict(a, campaign: c, context: context, facts: facts) {
            return ("vote buying for a side", j.evidence)
        }
        if a.hasAny([.voteVerb, .voteAgainst]), let j = SaraLogic().verdict(a, campaign: c, context: context, facts: facts) {
            return ("a call to vote by religion or ethnicity", j.evidence)
        }
        return nil
    }

    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard facts.inMasaTenang(TimeFacts.dayOrdinal(context)), let period = facts.masaTenang else { return nil }
        let c = campaign()
        var kind: String
        var evidence: [EvidenceSpan]
        if c.isCampaign, !CampaignContent.framedAsOther(a), let first = c.signals.first,
           !a.questions.contains(first.sentence) || a.ballots(in: first.sentence).count > 0 {
            kind = first.kind
            evidence = c.evidence(a)
        } else if let j = Self.campaigningByOtherMeans(a, campaign: c, context: context, facts: facts) {
            (kind, evidence) = j
        } else {
            return nil
        }
        var d = TimeFacts.details(context, calendar: facts.calendar, period: period.name)
        d["signal"] = .string(kind)
        return Judgement(evidence: evidence,
                         reason: "Campaign content (\(kind)) posted at \(TimeFacts.localString(context)), inside the quiet period \(period.from.map(\.description) ?? "")–\(period.to.map(\.description) ?? "") in local time.",
                         score: 0.85, details: d)
    }
}

/// `pilkada.di-luar-jadwal`: campaign content before the first day of the `campaign` period.
struct DiLuarJadwalLogic: RuleLogic {
    var cancellingStances: [Stance.Label] { [.refutes, .warns] }
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard facts.beforeCampaign(TimeFacts.dayOrdinal(context)), let start = facts.campaignStart else { return nil }
        let c = campaign()
        guard c.isCampaign, !CampaignContent.framedAsOther(a) else { return nil }
        // Registration and ballot-draw news ("dapat nomor urut 1") is not campaigning unless the post
        // also calls people to vote ("Ayo coblos nomor 1!").
        let explicit = c.signals.filter { $0.kind.hasPrefix("call to vote") && a.sentence($0.sentence, has: [.callWord, .rallyInvite]) }
        if a.has(.registration) && explicit.isEmpty { return nil }
        guard let first = explicit.first ?? c.signals.first else { return nil }
        var d = TimeFacts.details(context, calendar: facts.calendar, period: "before-campaign")
        d["signal"] = .string(first.kind)
        return Judgement(evidence: c.evidence(a),
                         reason: "Campaign content (\(first.kind)) posted at \(TimeFacts.localString(context)), before the campaign period began on \(start) (local time).",
                         score: 0.8, details: d)
    }
}

/// `pilkada.survei-masa-tenang`: survey or electability results shared during the quiet period.
struct SurveiMasaTenangLogic: RuleLogic {
    var cancellingStances: [Stance.Label] { [.refutes, .warns] }
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard facts.inMasaTenang(TimeFacts.dayOrdinal(context)), let period = facts.masaTenang else { return nil }
        guard a.has(.survey), !a.has(.reminder), !a.has(.report) else { return nil }
        // A survey word with a result (a percentage, `unggul`, a number) in the same or next sentence.
        // About an election: its words, ballot numbers, or a person's name with a percentage.
        guard a.has(.election) || !a.ballots.isEmpty || a.namesWithPercent else { return nil }
        for h in a.hits(.survey) where !a.negated(h) {
            let s = h.sentence
            let resultHere = a.sentence(s, has: [.percent, .result]) || a.sentence(s + 1, has: [.percent, .result])
            guard resultHere else { continue }
            if a.questions.contains(s), !a.sentence(s, has: [.percent]) { continue }
            var evidence = [a.span(h)]
            if let r = a.hit([.percent], in: s) ?? a.hit([.result], in: s) ?? a.hit([.percent, .result], in: s + 1) { evidence.append(a.span(r)) }
            return Judgement(evidence: evidence,
                             reason: "Survey results shared at \(TimeFacts.localString(context)), inside the quiet period when publishing them is not allowed.",
                             score: 0.8, details: TimeFacts.details(context, calendar: facts.calendar, period: period.name))
        }
        return nil
    }
}

/// `pilkada.hitung-cepat-dini`: quick-count or exit-poll results on voting day before the
/// release moment (15:00 WIB everywhere: an instant, not a local clock time).
struct HitungCepatDiniLogic: RuleLogic {
    var cancellingStances: [Stance.Label] { [.refutes, .warns] }
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard facts.onVotingDay(TimeFacts.dayOrdinal(context)), let voting = facts.votingDay,
              let release = facts.quickCountRelease,
              release.isAfter(context.localTime, localOffset: context.zone.zone.offsetSeconds) else { return nil }
        guard a.has(.quickCount), !a.has(.reminder), !a.has(.report) else { return nil }
        for h in a.hits(.quickCount) where !a.negated(h) {
            let s = h.sentence
            // Announcements ("quick count tayang jam 15.00", "nanti sore") are not results.
            if a.sentence(s, has: [.announce]) && !a.sentence(s, has: [.percent]) { continue }
            let result = a.sentence(s, has: [.percent, .result]) || a.sentence(s + 1, has: [.percent, .result])
            guard result else { continue }
            if a.questions.contains(s), !a.sentence(s, has: [.percent]) { continue }
            var evidence = [a.span(h)]
            if let r = a.hit([.percent], in: s) ?? a.hit([.result], in: s) ?? a.hit([.percent, .result], in: s + 1) { evidence.append(a.span(r)) }
            var d = TimeFacts.details(context, calendar: facts.calendar, period: voting.name)
            let wib = context.localTime.inOffset(IndonesianTimeZone.wib.offsetSeconds).civil
            d["wib_time"] = .string("\(wib.dateString) \(wib.timeString.prefix(5)) WIB")
            d["release"] = .string(release.description)
            return Judgement(evidence: evidence,
                             reason: "Quick-count results published at \(wib.timeString.prefix(5)) WIB (\(TimeFacts.localString(context))), before they may be published at 15:00 WIB.",
                             score: 0.85, details: d)
        }
        return nil
    }
}
