import JagaSDK

/// The parts of an election calendar the time rules ask about for every post, looked up once
/// (a class: every checker reads it for every post, and a reference is one retain).
public final class CalendarFacts: Sendable {
    /// The calendar itself.
    public let calendar: ElectionCalendar
    /// The `masa-tenang` period.
    public let masaTenang: CalendarPeriod?
    /// The first day of the `campaign` period.
    public let campaignStart: LocalDay?
    /// The `voting-day` period.
    public let votingDay: CalendarPeriod?
    /// The `quick-count-release` moment.
    public let quickCountRelease: CalendarMoment?

    /// The local days (``LocalDay/ordinal``) of the quiet period and of voting day, and the
    /// first campaign day: what every post is checked against, as plain numbers (no period copied).
    let masaTenangDays: ClosedRange<Int64>?
    let votingDays: ClosedRange<Int64>?
    let campaignStartDay: Int64?

    public init(_ calendar: ElectionCalendar) {
        self.calendar = calendar
        masaTenang = calendar.period(named: "masa-tenang")
        campaignStart = calendar.period(named: "campaign")?.from
        votingDay = calendar.period(named: "voting-day")
        quickCountRelease = calendar.moment(named: "quick-count-release")
        func days(_ p: CalendarPeriod?) -> ClosedRange<Int64>? {
            guard let p else { return nil }
            let from = p.from?.ordinal ?? .min, to = p.to?.ordinal ?? .max
            return from <= to ? from...to : nil
        }
        masaTenangDays = days(masaTenang)
        votingDays = days(votingDay)
        campaignStartDay = campaignStart?.ordinal
    }

    /// True when local day `day` (an ordinal) is in the quiet period.
    @inline(__always) func inMasaTenang(_ day: Int64) -> Bool { masaTenangDays?.contains(day) ?? false }
    /// True when local day `day` is voting day.
    @inline(__always) func onVotingDay(_ day: Int64) -> Bool { votingDays?.contains(day) ?? false }
    /// True when local day `day` is before the campaign period.
    @inline(__always) func beforeCampaign(_ day: Int64) -> Bool { campaignStartDay.map { day < $0 } ?? false }
}
