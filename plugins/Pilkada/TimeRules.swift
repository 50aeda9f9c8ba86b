import JagaSDK

/// `pilkada.masa-tenang`: campaign content on a local day of the `masa-tenang` period.
struct MasaTenangLogic: RuleLogic {
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, calendar: ElectionCalendar) -> Judgement? {
        guard let period = calendar.period(named: "masa-tenang"), period.window.contains(TimeFacts.day(context)) else { return nil }
        let c = campaign()
        guard c.isCampaign, !CampaignContent.framedAsOther(a) else { return nil }
        guard let first = c.signals.first, !a.questions.contains(first.sentence) || a.ballots(in: first.sentence).count > 0 else { return nil }
        var d = TimeFacts.details(context, calendar: calendar, period: period.name)
        d["signal"] = .string(first.kind)
        return Judgement(evidence: c.evidence(a),
                         reason: "Campaign content (\(first.kind)) posted at \(TimeFacts.localString(context)), inside the quiet period \(period.from.map(\.description) ?? "")–\(period.to.map(\.description) ?? "") in local time.",
                         score: 0.85, details: d)
    }
}

/// `pilkada.di-luar-jadwal`: campaign content before the first day of the `campaign` period.
struct DiLuarJadwalLogic: RuleLogic {
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, calendar: ElectionCalendar) -> Judgement? {
        guard let start = calendar.period(named: "campaign")?.from, TimeFacts.day(context) < start else { return nil }
        let c = campaign()
        guard c.isCampaign, !CampaignContent.framedAsOther(a, registration: true) else { return nil }
        guard let first = c.signals.first else { return nil }
        var d = TimeFacts.details(context, calendar: calendar, period: "before-campaign")
        d["signal"] = .string(first.kind)
        return Judgement(evidence: c.evidence(a),
                         reason: "Campaign content (\(first.kind)) posted at \(TimeFacts.localString(context)), before the campaign period began on \(start) (local time).",
                         score: 0.8, details: d)
    }
}

/// `pilkada.survei-masa-tenang`: survey or electability results shared during the quiet period.
struct SurveiMasaTenangLogic: RuleLogic {
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, calendar: ElectionCalendar) -> Judgement? {
        guard let period = calendar.period(named: "masa-tenang"), period.window.contains(TimeFacts.day(context)) else { return nil }
        guard a.has(.survey), !a.has(.reminder), !a.has(.report) else { return nil }
        guard a.stance != .refutes, a.stance != .warns else { return nil }
        // A survey word with a result (a percentage, `unggul`, a number) in the same or next sentence.
        // About an election: its words, ballot numbers, or a person's name with a percentage.
        guard a.has(.election) || !a.ballots.isEmpty || a.namesWithPercent else { return nil }
        for h in a.hits(.survey) where !a.negated(h) {
            let s = h.sentence
            let resultHere = a.sentence(s, has: [.percent, .result]) || a.sentence(s + 1, has: [.percent, .result])
            guard resultHere else { continue }
            if a.questions.contains(s), !a.sentence(s, has: [.percent]) { continue }
            var evidence = [a.span(h)]
            if let r = a.hit([.percent, .result], in: s) ?? a.hit([.percent, .result], in: s + 1) { evidence.append(a.span(r)) }
            return Judgement(evidence: evidence,
                             reason: "Survey results shared at \(TimeFacts.localString(context)), inside the quiet period when publishing them is not allowed.",
                             score: 0.8, details: TimeFacts.details(context, calendar: calendar, period: period.name))
        }
        return nil
    }
}

/// `pilkada.hitung-cepat-dini`: quick-count or exit-poll results on voting day before the
/// release moment (15:00 WIB everywhere: an instant, not a local clock time).
struct HitungCepatDiniLogic: RuleLogic {
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, calendar: ElectionCalendar) -> Judgement? {
        guard let voting = calendar.period(named: "voting-day"), voting.window.contains(TimeFacts.day(context)),
              let release = calendar.moment(named: "quick-count-release"),
              release.isAfter(context.localTime, localOffset: context.zone.zone.offsetSeconds) else { return nil }
        guard a.has(.quickCount), !a.has(.reminder), !a.has(.report) else { return nil }
        guard a.stance != .refutes, a.stance != .warns else { return nil }
        for h in a.hits(.quickCount) where !a.negated(h) {
            let s = h.sentence
            // Announcements ("quick count tayang jam 15.00", "nanti sore") are not results.
            if a.sentence(s, has: [.announce]) && !a.sentence(s, has: [.percent]) { continue }
            let result = a.sentence(s, has: [.percent, .result]) || a.sentence(s + 1, has: [.percent, .result])
            guard result else { continue }
            if a.questions.contains(s), !a.sentence(s, has: [.percent]) { continue }
            var evidence = [a.span(h)]
            if let r = a.hit([.percent, .result], in: s) ?? a.hit([.percent, .result], in: s + 1) { evidence.append(a.span(r)) }
            var d = TimeFacts.details(context, calendar: calendar, period: voting.name)
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
